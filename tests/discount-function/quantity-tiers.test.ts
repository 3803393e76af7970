import { describe, expect, it } from "vitest";
import { functionConfigurationMetafieldValue } from "../../storefront/tiered-discount/src/configuration-metafield";
import type { CartScenario, ScenarioLine } from "./support/cart-scenario";
import { runFunction } from "./support/run-function";
import {
  GIFT_CARD_PRODUCT,
  LAUNCH_PRODUCT,
  MUGS_COLLECTION,
  OTHER_PRODUCT,
  POSTERS_COLLECTION,
  mugsVolumeDiscount,
} from "./support/sample-configs";

// Selected: anything in the mugs collection, and OTHER_PRODUCT by id. Not: the launch product.
const mug = (line: number, quantity: number): ScenarioLine => ({
  id: `gid://shopify/CartLine/${line}`,
  quantity,
  unitPrice: "12.00",
  product: { id: `gid://shopify/Product/${9000 + line}`, collectionIds: [MUGS_COLLECTION, POSTERS_COLLECTION] },
});
const listedProduct = (line: number, quantity: number): ScenarioLine => ({
  id: `gid://shopify/CartLine/${line}`,
  quantity,
  unitPrice: "20.00",
  product: { id: OTHER_PRODUCT, collectionIds: [POSTERS_COLLECTION] },
});
const unselected = (line: number, quantity: number): ScenarioLine => ({
  id: `gid://shopify/CartLine/${line}`,
  quantity,
  unitPrice: "40.00",
  product: { id: LAUNCH_PRODUCT, collectionIds: [POSTERS_COLLECTION] },
});

function cart(lines: ScenarioLine[], extra: Partial<CartScenario> = {}): CartScenario {
  return {
    now: "2026-05-01T12:00:00",
    lines,
    discountClasses: ["PRODUCT"],
    metafield: functionConfigurationMetafieldValue(mugsVolumeDiscount),
    ...extra,
  };
}

function off(lineNumbers: number[], value: object, message: string) {
  return {
    operations: [
      {
        productDiscountsAdd: {
          candidates: [
            { message, targets: lineNumbers.map((n) => ({ cartLine: { id: `gid://shopify/CartLine/${n}` } })), value },
          ],
          selectionStrategy: "FIRST",
        },
      },
    ],
  };
}

const tenPercent = { percentage: { value: "10" } };
const twentyPercent = { percentage: { value: "20" } };
const fourFiftyEach = { fixedAmount: { amount: "4.50", appliesToEachItem: true } };

describe("quantity tiers: buy 2 save 10 %, buy 3 save 20 %, buy 5 take 4.50 off each", () => {
  it.each([
    [1, { operations: [] }],
    [2, off([1], tenPercent, "Buy 2, save 10%")],
    [3, off([1], twentyPercent, "Buy 3, save 20%")],
    [4, off([1], twentyPercent, "Buy 3, save 20%")],
    [5, off([1], fourFiftyEach, "Buy 5, 4.50 off each")],
    [6, off([1], fourFiftyEach, "Buy 5, 4.50 off each")],
  ])("%i selected items", (quantity, expected) => {
    expect(runFunction(cart([mug(1, quantity)]))).toEqual(expected);
  });

  it("counts the quantity across every selected line, by collection and by product, and discounts each", () => {
    expect(runFunction(cart([mug(1, 1), unselected(2, 4), listedProduct(3, 1), mug(4, 1)]))).toEqual(
      off([1, 3, 4], twentyPercent, "Buy 3, save 20%"),
    );
  });

  it("neither counts nor discounts lines outside the selection, however many", () => {
    expect(runFunction(cart([mug(1, 1), unselected(2, 10)]))).toEqual({ operations: [] });
    expect(runFunction(cart([unselected(1, 10)]))).toEqual({ operations: [] });
  });

  it("neither counts nor discounts gift cards, even in a selected collection", () => {
    const giftCard: ScenarioLine = {
      id: "gid://shopify/CartLine/9",
      quantity: 3,
      unitPrice: "25.00",
      product: { id: GIFT_CARD_PRODUCT, collectionIds: [MUGS_COLLECTION], isGiftCard: true },
    };

    expect(runFunction(cart([mug(1, 1), giftCard]))).toEqual({ operations: [] });
    expect(runFunction(cart([mug(1, 2), giftCard]))).toEqual(off([1], tenPercent, "Buy 2, save 10%"));
  });

  it("takes the fixed amount off in the cart's currency", () => {
    expect(runFunction(cart([mug(1, 5)], { presentmentCurrencyRate: "1.0837" }))).toEqual(
      off([1], { fixedAmount: { amount: "4.88", appliesToEachItem: true } }, "Buy 5, 4.50 off each"),
    );
    expect(runFunction(cart([mug(1, 5)], { presentmentCurrencyRate: "161.25" }))).toEqual(
      off([1], { fixedAmount: { amount: "725.63", appliesToEachItem: true } }, "Buy 5, 4.50 off each"),
    );
  });

  it("leaves percentages alone whatever the cart's currency", () => {
    expect(runFunction(cart([mug(1, 2)], { presentmentCurrencyRate: "161.25" }))).toEqual(
      off([1], tenPercent, "Buy 2, save 10%"),
    );
  });

  it("gives nothing when the discount was created without the PRODUCT class", () => {
    expect(runFunction(cart([mug(1, 5)], { discountClasses: ["ORDER"] }))).toEqual({ operations: [] });
  });
});
