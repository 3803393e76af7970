import { beforeEach, describe, expect, it } from "vitest";
import db from "../../app/db.server";
import { pixelDataOwners } from "../../app/pixel/privacy.server";
import { productViewsSince, recordProductView, type ProductViewRecord } from "../../app/pixel/product-views.server";

// The product views table on the test database (SQLite, or PostgreSQL in npm test's second pass).
const shop = "fieldtest-views.myshopify.com";
const other = "neighbour.myshopify.com";
const since = new Date("2026-11-20T00:00:00Z");

function view(eventId: string, fields: Partial<ProductViewRecord> = {}): ProductViewRecord {
  return {
    shop,
    eventId,
    productId: "8001",
    variantId: "9001",
    visitor: "visitor-a",
    viewedAt: new Date("2026-11-21T10:00:00Z"),
    ...fields,
  };
}

beforeEach(async () => {
  await db.productView.deleteMany({});
});

describe("product views", () => {
  it("are recorded once per shop and event id", async () => {
    expect(await recordProductView(db, view("e1"))).toBe("recorded");
    expect(await recordProductView(db, view("e1", { visitor: "visitor-b" }))).toBe("duplicate");
    // The same event id in another shop is another event.
    expect(await recordProductView(db, view("e1", { shop: other }))).toBe("recorded");
    expect(await db.productView.count({ where: { shop } })).toBe(1);
  });

  it("count views and distinct visitors since a time, for one product of one shop", async () => {
    await recordProductView(db, view("e1"));
    await recordProductView(db, view("e2"));
    await recordProductView(db, view("e3", { visitor: "visitor-b", variantId: null }));
    await recordProductView(db, view("old", { viewedAt: new Date("2026-11-19T23:59:59Z") }));
    await recordProductView(db, view("edge", { visitor: "visitor-c", viewedAt: since }));
    await recordProductView(db, view("another-product", { productId: "8002" }));
    await recordProductView(db, view("another-shop", { shop: other }));

    expect(await productViewsSince(db, shop, "8001", since)).toEqual({ views: 4, visitors: 3 });
    expect(await productViewsSince(db, shop, "gid://shopify/Product/8001", since)).toEqual({ views: 4, visitors: 3 });
    expect(await productViewsSince(db, shop, "8003", since)).toEqual({ views: 0, visitors: 0 });
    expect(await productViewsSince(db, shop, "gid://shopify/Collection/8001", since)).toEqual({
      views: 0,
      visitors: 0,
    });
  });

  it("go with the shop on shop/redact", async () => {
    await recordProductView(db, view("e1"));
    await recordProductView(db, view("e1", { shop: other }));
    const [owner] = pixelDataOwners;
    expect(await owner.deleteShop(db, shop)).toBe(1);
    expect(await db.productView.count()).toBe(1);
  });
});
