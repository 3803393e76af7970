import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedState } from "../../../devstore/seed/seed";
import { markupProblems } from "./html";
import { Shopper, startStorefront, type RunningStorefront } from "./storefront-server";

// The demo runs on the seeded shop, not on the fixture: every seeded product must render.
let storefront: RunningStorefront;
let shopper: Shopper;

beforeAll(async () => {
  storefront = await startStorefront({
    state: () => seedState({ apiKey: "key", apiSecret: "secret", appUrl: "http://127.0.0.1:9", now: new Date() }),
  });
  shopper = new Shopper(storefront.url);
});
afterAll(() => storefront?.close());

describe("the storefront on the seeded shop", () => {
  it("renders every active product with its image, and hides drafts", async () => {
    for (const product of storefront.store.state.products) {
      const response = await shopper.get(`/products/${product.handle}`);
      if (product.status !== "ACTIVE") {
        expect(response.status, product.handle).toBe(404);
        continue;
      }
      expect(response.status, product.handle).toBe(200);
      expect(markupProblems(await response.text()), product.handle).toEqual([]);
      expect((await shopper.get(product.images[0].url)).headers.get("content-type"), product.handle).toBe(
        "image/svg+xml",
      );
    }
  });

  it("sells a seeded product end to end", async () => {
    const product = storefront.store.state.products.find((candidate) => candidate.status === "ACTIVE")!;
    const variant = product.variants.find((candidate) => candidate.inventoryQuantity > 0)!;
    const orders = storefront.store.state.orders.length;

    await shopper.submit("/cart/add", { id: variant.id, quantity: "1" });
    const placed = await shopper.submit("/checkout", {
      email: "visitor@example.com",
      country: "US",
      lastName: "Visitor",
      address1: "1 Main St",
      zip: "10001",
      city: "New York",
    });

    expect(placed.status).toBe(302);
    expect(storefront.store.state.orders).toHaveLength(orders + 1);
    expect(storefront.store.state.orders.at(-1)!.lines[0]).toMatchObject({
      variantId: variant.id,
      price: variant.price,
    });
  });
});
