import { describe, expect, it } from "vitest";
import { functionConfigurationMetafieldValue } from "../../storefront/tiered-discount/src/configuration-metafield";
import type { TimeTieredDiscount } from "../../storefront/tiered-discount/src/tiered-discount-config";
import type { CartScenario, ScenarioLine } from "./support/cart-scenario";
import { runFunction } from "./support/run-function";
import {
  GIFT_CARD_PRODUCT,
  LAUNCH_PRODUCT,
  MUGS_COLLECTION,
  OTHER_PRODUCT,
  launchDayFlashSale,
} from "./support/sample-configs";

const launchLine: ScenarioLine = {
  id: "gid://shopify/CartLine/1",
  quantity: 2,
  unitPrice: "40.00",
  product: { id: LAUNCH_PRODUCT },
};
const otherLine: ScenarioLine = {
  id: "gid://shopify/CartLine/2",
  quantity: 1,
  unitPrice: "12.00",
  product: { id: OTHER_PRODUCT, collectionIds: [MUGS_COLLECTION] },
};

function cartAt(now: string, config: TimeTieredDiscount = launchDayFlashSale): CartScenario {
  return {
    now,
    lines: [launchLine, otherLine],
    discountClasses: ["PRODUCT", "ORDER"],
    metafield: functionConfigurationMetafieldValue(config),
  };
}

function launchProductOff(percentage: string, message: string) {
  return {
    operations: [
      {
        productDiscountsAdd: {
          candidates: [
            {
              message,
              targets: [{ cartLine: { id: "gid://shopify/CartLine/1" } }],
              value: { percentage: { value: percentage } },
            },
          ],
          selectionStrategy: "FIRST",
        },
      },
    ],
  };
}

const hour = launchProductOff("50", "Launch hour: 50% off");
const afternoon = launchProductOff("40", "Launch afternoon: 40% off");
const evening = launchProductOff("30", "Launch day: 30% off");
const none = { operations: [] };

describe("time tiers: 14:00–15:00 50 %, 15:00–17:00 40 %, 17:00–24:00 30 %, by the shop's clock", () => {
  it.each([
    ["2026-04-30T14:30:00", "the day before", none],
    ["2026-05-01T13:59:00", "the minute before the sale", none],
    ["2026-05-01T13:59:59", "the last second before the sale", none],
    ["2026-05-01T14:00:00", "14:00, the sale's first minute", hour],
    ["2026-05-01T14:01:00", "14:01", hour],
    ["2026-05-01T14:59:00", "14:59", hour],
    ["2026-05-01T14:59:59", "14:59:59", hour],
    ["2026-05-01T15:00:00", "15:00, which belongs to the second tier, not the first", afternoon],
    ["2026-05-01T15:01:00", "15:01", afternoon],
    ["2026-05-01T16:59:00", "16:59", afternoon],
    ["2026-05-01T17:00:00", "17:00", evening],
    ["2026-05-01T17:01:00", "17:01", evening],
    ["2026-05-01T23:59:00", "23:59", evening],
    ["2026-05-01T23:59:59", "23:59:59", evening],
    ["2026-05-02T00:00:00", "midnight, when the sale has ended", none],
    ["2026-05-02T00:01:00", "00:01 the next day", none],
  ])("at %s (%s)", (now, _moment, expected) => {
    expect(runFunction(cartAt(now))).toEqual(expected);
  });

  it("gives nothing in a gap between windows, and picks up again after it", () => {
    const withGap: TimeTieredDiscount = {
      ...launchDayFlashSale,
      tiers: [
        { startsAt: "2026-05-01T09:00:00", endsAt: "2026-05-01T10:00:00", percentage: 25, message: "Breakfast deal" },
        { startsAt: "2026-05-01T18:00:00", endsAt: "2026-05-01T19:00:00", percentage: 15, message: "Happy hour" },
      ],
    };

    expect(runFunction(cartAt("2026-05-01T09:59:00", withGap))).toEqual(launchProductOff("25", "Breakfast deal"));
    expect(runFunction(cartAt("2026-05-01T10:00:00", withGap))).toEqual(none);
    expect(runFunction(cartAt("2026-05-01T17:59:00", withGap))).toEqual(none);
    expect(runFunction(cartAt("2026-05-01T18:00:00", withGap))).toEqual(launchProductOff("15", "Happy hour"));
  });

  it("uses the sixth window, the last the input query asks about", () => {
    const sixDays: TimeTieredDiscount = {
      ...launchDayFlashSale,
      tiers: Array.from({ length: 6 }, (_, i) => ({
        startsAt: `2026-05-0${i + 1}T00:00:00`,
        endsAt: `2026-05-0${i + 2}T00:00:00`,
        percentage: 60 - i * 10,
        message: `Day ${i + 1}`,
      })),
    };

    expect(runFunction(cartAt("2026-05-06T12:00:00", sixDays))).toEqual(launchProductOff("10", "Day 6"));
    expect(runFunction(cartAt("2026-05-07T00:00:00", sixDays))).toEqual(none);
  });

  it("discounts every selected line and no other: all products, gift cards and custom items aside", () => {
    const everything: TimeTieredDiscount = { ...launchDayFlashSale, appliesTo: "allProducts" };
    const scenario = cartAt("2026-05-01T14:30:00", everything);
    scenario.lines.push(
      {
        id: "gid://shopify/CartLine/3",
        quantity: 1,
        unitPrice: "25.00",
        product: { id: GIFT_CARD_PRODUCT, isGiftCard: true },
      },
      { id: "gid://shopify/CartLine/4", quantity: 1, unitPrice: "5.00" },
    );

    expect(runFunction(scenario)).toEqual({
      operations: [
        {
          productDiscountsAdd: {
            candidates: [
              {
                message: "Launch hour: 50% off",
                targets: [
                  { cartLine: { id: "gid://shopify/CartLine/1" } },
                  { cartLine: { id: "gid://shopify/CartLine/2" } },
                ],
                value: { percentage: { value: "50" } },
              },
            ],
            selectionStrategy: "FIRST",
          },
        },
      ],
    });
  });

  it("selects lines by collection through the query's inAnyCollection", () => {
    const mugs: TimeTieredDiscount = {
      ...launchDayFlashSale,
      appliesTo: { productIds: [], collectionIds: [MUGS_COLLECTION] },
    };

    expect(runFunction(cartAt("2026-05-01T16:00:00", mugs)).operations).toEqual([
      {
        productDiscountsAdd: {
          candidates: [
            {
              message: "Launch afternoon: 40% off",
              targets: [{ cartLine: { id: "gid://shopify/CartLine/2" } }],
              value: { percentage: { value: "40" } },
            },
          ],
          selectionStrategy: "FIRST",
        },
      },
    ]);
  });

  it("gives nothing during the sale to a cart without the selected products", () => {
    const scenario = { ...cartAt("2026-05-01T14:30:00"), lines: [otherLine] };

    expect(runFunction(scenario)).toEqual(none);
  });

  it("gives nothing when the discount was created without the PRODUCT class", () => {
    const scenario: CartScenario = { ...cartAt("2026-05-01T14:30:00"), discountClasses: ["ORDER", "SHIPPING"] };

    expect(runFunction(scenario)).toEqual(none);
  });
});
