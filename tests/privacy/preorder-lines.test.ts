import { beforeEach, describe, expect, it } from "vitest";
import db from "../../app/db.server";
import type { CustomerRef } from "../../app/privacy/data-owner";
import { dataOwners } from "../../app/privacy/registry.server";

// A preorder line holds the customer's id, email, name and the locale they checked out in: a
// data request reports the line with its locale, a customers/redact deletes it, and another
// customer's or shop's lines stay.
const shop = "lumen-lamps.myshopify.com";
const owner = dataOwners.find((o) => o.model === "PreorderLine")!;

async function addLine(lineShop: string, lineItemId: string, customer: { id: string | null; email: string | null }) {
  const test = await db.preorderTest.create({
    data: {
      shop: lineShop,
      productId: "gid://shopify/Product/1",
      productTitle: "Aurora desk lamp",
      variantIds: "[]",
      draft: "{}",
      currency: "EUR",
      timeZone: "Europe/Berlin",
      shipDate: "2026-12-01",
      deadline: "2026-11-30",
    },
  });
  await db.preorderLine.create({
    data: {
      shop: lineShop,
      testId: test.id,
      orderId: `order-${lineItemId}`,
      orderName: `#${lineItemId}`,
      lineItemId,
      customerId: customer.id,
      customerEmail: customer.email,
      customerName: "Lena Hoffmann",
      customerLocale: "de-AT",
      quantity: 1,
      unitPrice: 49,
      depositAmount: 9.8,
      orderedAt: new Date("2026-11-01T10:00:00Z"),
    },
  });
}

const lena: CustomerRef = { shop, customerId: "11", email: "lena@example.de", phone: null, orderIds: [] };

describe("preorder lines under privacy requests", () => {
  beforeEach(async () => {
    await db.preorderLine.deleteMany({});
    await db.preorderTest.deleteMany({});
    await addLine(shop, "1001", { id: "11", email: "lena@example.de" });
    // A guest checkout of hers (no customer id), someone else, and the same id in another shop.
    await addLine(shop, "1002", { id: null, email: "lena@example.de" });
    await addLine(shop, "1003", { id: "12", email: "bob@example.com" });
    await addLine("other.myshopify.com", "1004", { id: "11", email: "lena@example.de" });
  });

  it("reports each of the customer's lines with the locale she checked out in", async () => {
    const records = await owner.customer!.export(db, lena);

    expect(records).toEqual(
      ["#1001", "#1002"].map((orderName) => ({
        orderName,
        quantity: 1,
        unitPrice: 49,
        depositAmount: 9.8,
        status: "active",
        orderedAt: new Date("2026-11-01T10:00:00Z"),
        customerLocale: "de-AT",
      })),
    );
  });

  it("deletes the customer's lines, locale and all, and no one else's", async () => {
    expect(await owner.customer!.delete(db, lena)).toBe(2);

    const left = await db.preorderLine.findMany({ orderBy: { lineItemId: "asc" } });
    expect(left.map((line) => [line.shop, line.lineItemId])).toEqual([
      [shop, "1003"],
      ["other.myshopify.com", "1004"],
    ]);
  });
});
