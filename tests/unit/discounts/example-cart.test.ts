import { describe, expect, it } from "vitest";
import { exampleCarts, priced, type SampleProduct } from "../../../app/discounts/example-cart";
import type { TieredDiscountConfig } from "../../../storefront/tiered-discount/src/tiered-discount-config";

const tee: SampleProduct = { id: "gid://shopify/Product/1", title: "Tee", price: "19.99", inAnyCollection: false };

describe("the example carts, priced by running the Discount Function", () => {
  it("gives 2 × the product each time tier's percentage, at the tier's first minute", () => {
    const config: TieredDiscountConfig = {
      version: 1,
      kind: "time",
      appliesTo: "allProducts",
      tiers: [
        { startsAt: "2026-06-01T14:00:00", endsAt: "2026-06-01T15:00:00", percentage: 50, message: "Launch hour" },
        { startsAt: "2026-06-01T15:00:00", endsAt: "2026-06-01T17:00:00", percentage: 40, message: "Launch day" },
        { startsAt: "2026-06-01T18:00:00", endsAt: "2026-06-02T00:00:00", percentage: 30, message: "Evening" },
      ],
    };
    expect(exampleCarts(config, tee, "EUR")).toEqual([
      { quantity: 2, subtotal: 39.98, discount: 19.99, total: 19.99, message: "Launch hour" },
      { quantity: 2, subtotal: 39.98, discount: 15.99, total: 23.99, message: "Launch day" },
      { quantity: 2, subtotal: 39.98, discount: 11.99, total: 27.99, message: "Evening" },
    ]);
  });

  it("gives no discount when the Function gives none: a product the discount does not cover", () => {
    const config: TieredDiscountConfig = {
      version: 1,
      kind: "time",
      appliesTo: { productIds: ["gid://shopify/Product/2"], collectionIds: [] },
      tiers: [{ startsAt: "2026-06-01T14:00:00", endsAt: "2026-06-01T15:00:00", percentage: 50, message: "x" }],
    };
    expect(exampleCarts(config, tee, "EUR")).toEqual([
      { quantity: 2, subtotal: 39.98, discount: 0, total: 39.98, message: null },
    ]);
  });

  it("discounts a sample from one of the discount's collections", () => {
    const config: TieredDiscountConfig = {
      version: 1,
      kind: "quantity",
      appliesTo: { productIds: [], collectionIds: ["gid://shopify/Collection/7"] },
      tiers: [{ minimumQuantity: 2, value: { percentage: 10 }, message: "Buy 2" }],
    };
    expect(exampleCarts(config, { ...tee, inAnyCollection: true }, "EUR")).toEqual([
      { quantity: 2, subtotal: 39.98, discount: 4, total: 35.98, message: "Buy 2" },
    ]);
    expect(exampleCarts(config, tee, "EUR")[0].discount).toBe(0);
  });

  it("fills each quantity tier's minimum; an amount comes off every item", () => {
    const config: TieredDiscountConfig = {
      version: 1,
      kind: "quantity",
      appliesTo: "allProducts",
      tiers: [
        { minimumQuantity: 2, value: { percentage: 10 }, message: "Buy 2" },
        { minimumQuantity: 3, value: { amountOffEachItem: "5.00" }, message: "Buy 3" },
      ],
    };
    expect(exampleCarts(config, tee, "EUR")).toEqual([
      { quantity: 2, subtotal: 39.98, discount: 4, total: 35.98, message: "Buy 2" },
      { quantity: 3, subtotal: 59.97, discount: 15, total: 44.97, message: "Buy 3" },
    ]);
  });

  it("buys just enough to reach each spend tier; the order discount comes off the subtotal", () => {
    const config: TieredDiscountConfig = {
      version: 1,
      kind: "spend",
      tiers: [
        { minimumSubtotal: "50.00", value: { percentage: 10 }, message: "10 % over 50" },
        { minimumSubtotal: "100.00", value: { amountOffOrder: "30.00" }, message: "30 off over 100" },
      ],
    };
    expect(exampleCarts(config, tee, "EUR")).toEqual([
      { quantity: 3, subtotal: 59.97, discount: 6, total: 53.97, message: "10 % over 50" },
      { quantity: 6, subtotal: 119.94, discount: 30, total: 89.94, message: "30 off over 100" },
    ]);
  });

  it("never takes more than a line is worth", () => {
    const line = { id: "l", quantity: 1, cost: { subtotalAmount: { amount: "3.00" } }, merchandise: {} };
    const operation = {
      productDiscountsAdd: {
        selectionStrategy: "FIRST" as const,
        candidates: [
          {
            message: "m",
            targets: [{ cartLine: { id: "l" } }],
            value: { fixedAmount: { amount: "5.00", appliesToEachItem: true } },
          },
        ],
      },
    };
    expect(priced([line], [operation], "EUR")).toEqual({
      quantity: 1,
      subtotal: 3,
      discount: 3,
      total: 0,
      message: "m",
    });
  });
});
