import { describe, expect, it } from "vitest";
import { functionConfigurationMetafieldValue } from "../../storefront/tiered-discount/src/configuration-metafield";
import type { CartScenario, ScenarioLine } from "./support/cart-scenario";
import { runFunction } from "./support/run-function";
import { GIFT_CARD_PRODUCT, LAUNCH_PRODUCT, OTHER_PRODUCT, spendMoreSaveMore } from "./support/sample-configs";

function cart(lines: ScenarioLine[], extra: Partial<CartScenario> = {}): CartScenario {
  return {
    now: "2026-05-01T12:00:00",
    lines,
    discountClasses: ["PRODUCT", "ORDER", "SHIPPING"],
    metafield: functionConfigurationMetafieldValue(spendMoreSaveMore),
    ...extra,
  };
}

const item = (line: number, unitPrice: string, quantity = 1): ScenarioLine => ({
  id: `gid://shopify/CartLine/${line}`,
  quantity,
  unitPrice,
  product: { id: line % 2 ? LAUNCH_PRODUCT : OTHER_PRODUCT },
});
const giftCard: ScenarioLine = {
  id: "gid://shopify/CartLine/7",
  quantity: 1,
  unitPrice: "100.00",
  product: { id: GIFT_CARD_PRODUCT, isGiftCard: true },
};

function orderOff(value: object, message: string, excludedCartLineIds: string[] = []) {
  return {
    operations: [
      {
        orderDiscountsAdd: {
          candidates: [{ message, targets: [{ orderSubtotal: { excludedCartLineIds } }], value }],
          selectionStrategy: "FIRST",
        },
      },
    ],
  };
}

const fivePercent = orderOff({ percentage: { value: "5" } }, "Spend 50, save 5%");
const tenPercent = orderOff({ percentage: { value: "10" } }, "Spend 100, save 10%");
const thirtyOff = orderOff({ fixedAmount: { amount: "30.00" } }, "Spend 200, 30 off");

describe("spend tiers: spend 50 save 5 %, spend 100 save 10 %, spend 200 take 30 off the order", () => {
  it.each([
    ["49.99", { operations: [] }],
    ["50.00", fivePercent],
    ["50.01", fivePercent],
    ["99.99", fivePercent],
    ["100.00", tenPercent],
    ["199.99", tenPercent],
    ["200.00", thirtyOff],
    ["1250.00", thirtyOff],
  ])("an order of %s", (subtotal, expected) => {
    expect(runFunction(cart([item(1, subtotal)]))).toEqual(expected);
  });

  it("adds up every line, several items each, custom items included", () => {
    const customItem: ScenarioLine = { id: "gid://shopify/CartLine/5", quantity: 1, unitPrice: "0.01" };

    expect(runFunction(cart([item(1, "16.33", 3), item(2, "1.00")]))).toEqual({ operations: [] });
    expect(runFunction(cart([item(1, "16.33", 3), item(2, "1.01")]))).toEqual(fivePercent);
    expect(runFunction(cart([item(1, "33.33", 3), customItem]))).toEqual(tenPercent);
    expect(runFunction(cart([item(1, "33.33", 3)]))).toEqual(fivePercent);
  });

  it("leaves gift cards out of the subtotal and out of the discount", () => {
    expect(runFunction(cart([item(1, "40.00"), giftCard]))).toEqual({ operations: [] });
    expect(runFunction(cart([item(1, "60.00"), giftCard]))).toEqual(
      orderOff({ percentage: { value: "5" } }, "Spend 50, save 5%", ["gid://shopify/CartLine/7"]),
    );
  });

  it("converts thresholds and fixed amounts to the cart's currency, to the cent", () => {
    const rate = { presentmentCurrencyRate: "1.1" };

    expect(runFunction(cart([item(1, "54.99")], rate))).toEqual({ operations: [] });
    expect(runFunction(cart([item(1, "55.00")], rate))).toEqual(fivePercent);
    expect(runFunction(cart([item(1, "219.99")], rate))).toEqual(tenPercent);
    expect(runFunction(cart([item(1, "220.00")], rate))).toEqual(
      orderOff({ fixedAmount: { amount: "33.00" } }, "Spend 200, 30 off"),
    );
  });

  it("gives nothing when the discount was created without the ORDER class", () => {
    expect(runFunction(cart([item(1, "500.00")], { discountClasses: ["PRODUCT", "SHIPPING"] }))).toEqual({
      operations: [],
    });
  });
});
