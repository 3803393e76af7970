import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cartLinesDiscountsGenerateRun } from "../../storefront/tiered-discount/src/cart_lines_discounts_generate_run";
import type { CartLinesDiscountsGenerateRunInput } from "../../storefront/tiered-discount/src/cart-lines-discounts-generate-run-input";
import { functionConfigurationMetafieldValue } from "../../storefront/tiered-discount/src/configuration-metafield";
import { inputVariables } from "../../storefront/tiered-discount/src/input-variables";
import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import { functionInput, type CartScenario, type ScenarioLine } from "./support/cart-scenario";
import { badConfigs } from "./support/config-examples";
import { runResultErrors } from "./support/discount-function-api";
import { runFunction } from "./support/run-function";
import {
  GIFT_CARD_PRODUCT,
  LAUNCH_PRODUCT,
  MUGS_COLLECTION,
  OTHER_PRODUCT,
  launchDayFlashSale,
  mugsVolumeDiscount,
  spendMoreSaveMore,
} from "./support/sample-configs";

/** Shopify's own capture of a Discount Function run (see fixtures/SOURCES.md). */
const capturedRun = JSON.parse(
  readFileSync(new URL("fixtures/cart_lines_discounts_generate_run_fixture.json", import.meta.url), "utf8"),
).payload;

// During the launch hour: every kind of line a cart can hold.
const mixedLines: ScenarioLine[] = [
  { id: "gid://shopify/CartLine/1", quantity: 1, unitPrice: "40.00", product: { id: LAUNCH_PRODUCT } },
  {
    id: "gid://shopify/CartLine/2",
    quantity: 2,
    unitPrice: "12.00",
    product: { id: "gid://shopify/Product/9001", collectionIds: [MUGS_COLLECTION] },
  },
  { id: "gid://shopify/CartLine/3", quantity: 1, unitPrice: "20.00", product: { id: OTHER_PRODUCT } },
  {
    id: "gid://shopify/CartLine/4",
    quantity: 1,
    unitPrice: "50.00",
    product: { id: GIFT_CARD_PRODUCT, isGiftCard: true, collectionIds: [MUGS_COLLECTION] },
  },
  { id: "gid://shopify/CartLine/5", quantity: 1, unitPrice: "15.00" },
];

function mixedCart(config: TieredDiscountConfig, extra: Partial<CartScenario> = {}): CartScenario {
  return {
    now: "2026-05-01T14:30:00",
    lines: mixedLines,
    discountClasses: ["PRODUCT", "ORDER", "SHIPPING"],
    metafield: functionConfigurationMetafieldValue(config),
    ...extra,
  };
}

/** Drops the keys the captured output sets to null (optional in the schema) and reads decimals as numbers. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, (k === "value" || k === "amount") && typeof v === "string" ? Number(v) : comparable(v)]),
  );
}

describe("cartLinesDiscountsGenerateRun on Shopify's captured run", () => {
  it("gives nothing: the captured discount has no Fieldtest config", () => {
    const result = cartLinesDiscountsGenerateRun(capturedRun.input as CartLinesDiscountsGenerateRunInput);

    expect(result).toEqual({ operations: [] });
  });

  it("writes operations in the shape of Shopify's captured output", () => {
    const [capturedOrder, capturedProduct] = capturedRun.output.operations;
    const oneLine = (config: TieredDiscountConfig, discountClasses: CartScenario["discountClasses"]) =>
      runFunction({
        now: "2026-05-01T14:30:00",
        lines: [{ id: "gid://shopify/CartLine/0", quantity: 1, unitPrice: "6.0", product: { id: LAUNCH_PRODUCT } }],
        discountClasses,
        metafield: functionConfigurationMetafieldValue(config),
      });
    const tenPercentOrder: TieredDiscountConfig = {
      version: 1,
      kind: "spend",
      tiers: [{ minimumSubtotal: "1.00", value: { percentage: 10 }, message: "10% OFF ORDER" }],
    };
    const twentyPercentProduct: TieredDiscountConfig = {
      ...launchDayFlashSale,
      tiers: [{ ...launchDayFlashSale.tiers[0], percentage: 20, message: "20% OFF PRODUCT" }],
    };

    expect(runResultErrors(capturedRun.output)).toEqual([]);
    expect(comparable(oneLine(tenPercentOrder, capturedRun.input.discount.discountClasses))).toEqual(
      comparable({ operations: [capturedOrder] }),
    );
    expect(comparable(oneLine(twentyPercentProduct, capturedRun.input.discount.discountClasses))).toEqual(
      comparable({ operations: [capturedProduct] }),
    );
  });
});

describe("the output check against the Discount Function API schema", () => {
  it("would catch a misspelt key, a missing target, a wrong strategy and two values in one", () => {
    const operation = capturedRun.output.operations[1];
    const candidate = operation.productDiscountsAdd.candidates[0];
    const withCandidate = (change: object) => ({
      operations: [
        { productDiscountsAdd: { ...operation.productDiscountsAdd, candidates: [{ ...candidate, ...change }] } },
      ],
    });

    expect(runResultErrors({ operations: [{ productDiscountAdd: operation.productDiscountsAdd }] })).not.toEqual([]);
    expect(runResultErrors(withCandidate({ targets: undefined }))).not.toEqual([]);
    expect(
      runResultErrors({
        operations: [{ productDiscountsAdd: { ...operation.productDiscountsAdd, selectionStrategy: "BEST" } }],
      }),
    ).not.toEqual([]);
    expect(
      runResultErrors(withCandidate({ value: { percentage: { value: "10" }, fixedAmount: { amount: "1.00" } } })),
    ).toEqual([
      'operations.0.productDiscountsAdd.candidates.0.value: Exactly one key must be specified for OneOf type "ProductDiscountCandidateValue".',
    ]);
  });
});

describe("cartLinesDiscountsGenerateRun on mixed carts", () => {
  it("time tiers: the selected product only, not the mugs, the gift card or the custom item", () => {
    expect(runFunction(mixedCart(launchDayFlashSale))).toEqual({
      operations: [
        {
          productDiscountsAdd: {
            candidates: [
              {
                message: "Launch hour: 50% off",
                targets: [{ cartLine: { id: "gid://shopify/CartLine/1" } }],
                value: { percentage: { value: "50" } },
              },
            ],
            selectionStrategy: "FIRST",
          },
        },
      ],
    });
  });

  it("quantity tiers: 2 mugs + 1 listed product reach the 3-item tier; the gift card in the collection does not count", () => {
    expect(runFunction(mixedCart(mugsVolumeDiscount))).toEqual({
      operations: [
        {
          productDiscountsAdd: {
            candidates: [
              {
                message: "Buy 3, save 20%",
                targets: [
                  { cartLine: { id: "gid://shopify/CartLine/2" } },
                  { cartLine: { id: "gid://shopify/CartLine/3" } },
                ],
                value: { percentage: { value: "20" } },
              },
            ],
            selectionStrategy: "FIRST",
          },
        },
      ],
    });
  });

  it("spend tiers: 40 + 24 + 20 + 15 = 99 without the gift card, so 5 % off, the gift card excluded", () => {
    expect(runFunction(mixedCart(spendMoreSaveMore))).toEqual({
      operations: [
        {
          orderDiscountsAdd: {
            candidates: [
              {
                message: "Spend 50, save 5%",
                targets: [{ orderSubtotal: { excludedCartLineIds: ["gid://shopify/CartLine/4"] } }],
                value: { percentage: { value: "5" } },
              },
            ],
            selectionStrategy: "FIRST",
          },
        },
      ],
    });
  });
});

describe("cartLinesDiscountsGenerateRun gives nothing, without throwing", () => {
  it.each(badConfigs)("for a stored config that is %s", (_name, configuration) => {
    const metafield = { ...inputVariables(launchDayFlashSale), configuration };

    expect(runFunction(mixedCart(launchDayFlashSale, { metafield }))).toEqual({ operations: [] });
  });

  it("for a metafield that is not an object", () => {
    for (const metafield of ["{}", 42, [launchDayFlashSale], true]) {
      const input = functionInput(mixedCart(launchDayFlashSale));
      input.discount.metafield = { jsonValue: metafield };

      expect(cartLinesDiscountsGenerateRun(input)).toEqual({ operations: [] });
    }
  });

  it("for a discount without the metafield (Shopify would not even run the query: its variables are null)", () => {
    expect(() => functionInput(mixedCart(launchDayFlashSale, { metafield: null }))).toThrow(
      'Variable "$collectionIds" of non-null type "[ID!]!" must not be null.',
    );
    const input = functionInput(mixedCart(launchDayFlashSale));
    input.discount.metafield = null;

    expect(cartLinesDiscountsGenerateRun(input)).toEqual({ operations: [] });
  });

  it.each([launchDayFlashSale, mugsVolumeDiscount, spendMoreSaveMore])("for an empty cart ($kind tiers)", (config) => {
    expect(runFunction(mixedCart(config, { lines: [] }))).toEqual({ operations: [] });
  });

  it("for a discount created with none of the classes the config needs", () => {
    expect(runFunction(mixedCart(launchDayFlashSale, { discountClasses: ["ORDER", "SHIPPING"] }))).toEqual({
      operations: [],
    });
    expect(runFunction(mixedCart(mugsVolumeDiscount, { discountClasses: ["SHIPPING"] }))).toEqual({ operations: [] });
    expect(runFunction(mixedCart(spendMoreSaveMore, { discountClasses: ["PRODUCT"] }))).toEqual({ operations: [] });
    expect(runFunction(mixedCart(spendMoreSaveMore, { discountClasses: [] }))).toEqual({ operations: [] });
  });

  it("for a currency rate that is not a positive number", () => {
    for (const presentmentCurrencyRate of ["0", "-1.0", "abc"]) {
      expect(runFunction(mixedCart(mugsVolumeDiscount, { presentmentCurrencyRate }))).toEqual({ operations: [] });
    }
  });
});
