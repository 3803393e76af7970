import { describe, expect, it } from "vitest";
import type { CartLinesDiscountsResult } from "../../../devstore/storefront/cart/discounts/cart-lines-discounts-result";
import { InvalidOutput, proposalsOf } from "../../../devstore/storefront/cart/discounts/discount-proposals";
import type { DevAutomaticAppDiscount } from "../../../devstore/state/types";

/**
 * Reading a Discount Function's operations into what it proposes for a cart: the selection
 * strategies, cart line targets with a quantity, fixed amounts, and what Shopify refuses.
 * (The tiered discount itself only proposes one FIRST candidate per operation.)
 */

const discount: DevAutomaticAppDiscount = {
  id: "1",
  title: "Fallback title",
  functionHandle: "tiered-discount",
  discountClasses: ["PRODUCT", "ORDER"],
  combinesWith: { productDiscounts: false, orderDiscounts: false, shippingDiscounts: false },
  startsAt: "2026-01-01T00:00:00Z",
  endsAt: null,
  appliesOnOneTimePurchase: true,
  appliesOnSubscription: true,
  recurringCycleLimit: 1,
  tags: [],
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
};

const A = "gid://shopify/CartLine/0";
const B = "gid://shopify/CartLine/1";
const lines = [
  { id: A, quantity: 3, unitPrice: 1000, linePrice: 3000 },
  { id: B, quantity: 1, unitPrice: 500, linePrice: 500 },
];
const everyLine = () => true;

const percentOff = (value: string, ...ids: string[]) => ({
  message: `${value}% off`,
  targets: ids.map((id) => ({ cartLine: { id } })),
  value: { percentage: { value } },
});

function product(selectionStrategy: "ALL" | "FIRST" | "MAXIMUM", candidates: unknown[]): CartLinesDiscountsResult {
  return { operations: [{ productDiscountsAdd: { selectionStrategy, candidates } }] } as CartLinesDiscountsResult;
}

const amounts = (result: ReturnType<typeof proposalsOf>) =>
  result.product.map(({ title, amounts }) => [title, Object.fromEntries(amounts)]);

describe("a Function's product discount candidates", () => {
  const candidates = [percentOff("10", A), percentOff("50", B), percentOff("20", A, B)];

  it.each([
    ["FIRST", [["10% off", { [A]: 300 }]]],
    ["MAXIMUM", [["20% off", { [A]: 600, [B]: 100 }]]],
    // ALL: each candidate, but a line only once (the first candidate that reaches it).
    [
      "ALL",
      [
        ["10% off", { [A]: 300 }],
        ["50% off", { [B]: 250 }],
      ],
    ],
  ] as const)("selected %s", (strategy, expected) => {
    expect(amounts(proposalsOf(discount, product(strategy, candidates), lines, everyLine))).toEqual(expected);
  });

  it("discount only the quantity a target names, and fixed amounts per item or spread over the targets", () => {
    const result = product("ALL", [
      { message: null, targets: [{ cartLine: { id: A, quantity: 2 } }], value: { percentage: { value: "50" } } },
      {
        message: "2 off",
        targets: [{ cartLine: { id: B } }],
        value: { fixedAmount: { amount: "7", appliesToEachItem: true } },
      },
    ]);
    expect(amounts(proposalsOf(discount, result, lines, everyLine))).toEqual([
      ["Fallback title", { [A]: 1000 }],
      // Never more than the line's price.
      ["2 off", { [B]: 500 }],
    ]);
    const spread = product("FIRST", [
      {
        message: "10 off",
        targets: [{ cartLine: { id: A } }, { cartLine: { id: B } }],
        value: { fixedAmount: { amount: "10.00", appliesToEachItem: false } },
      },
    ]);
    expect(amounts(proposalsOf(discount, spread, lines, everyLine))).toEqual([["10 off", { [A]: 857, [B]: 143 }]]);
  });

  it("give nothing on lines the discount does not apply to, nor for a class it was not created with", () => {
    expect(amounts(proposalsOf(discount, product("FIRST", [percentOff("10", A, B)]), lines, (id) => id === B))).toEqual(
      [["10% off", { [B]: 50 }]],
    );
    const orderOnly = { ...discount, discountClasses: ["ORDER" as const] };
    expect(proposalsOf(orderOnly, product("FIRST", [percentOff("10", A)]), lines, everyLine).product).toEqual([]);
  });

  it("make the output invalid when a target names no line of the cart", () => {
    expect(() =>
      proposalsOf(discount, product("FIRST", [percentOff("10", "gid://shopify/CartLine/9")]), lines, everyLine),
    ).toThrow(InvalidOutput);
  });
});

describe("a Function's order discount candidates", () => {
  const order = (selectionStrategy: "FIRST" | "MAXIMUM") =>
    ({
      operations: [
        {
          orderDiscountsAdd: {
            selectionStrategy,
            candidates: [
              {
                message: "2 off",
                targets: [{ orderSubtotal: { excludedCartLineIds: [] } }],
                value: { fixedAmount: { amount: "2" } },
              },
              {
                message: "10% off, not B",
                targets: [{ orderSubtotal: { excludedCartLineIds: [B] } }],
                value: { percentage: { value: "10" } },
              },
            ],
          },
        },
      ],
    }) as CartLinesDiscountsResult;

  it.each([
    ["FIRST", "2 off", { amount: 200 }, []],
    ["MAXIMUM", "10% off, not B", { percentage: 10 }, [B]],
  ] as const)("selected %s", (strategy, title, value, excluded) => {
    const [proposal] = proposalsOf(discount, order(strategy), lines, everyLine).order;
    expect({ ...proposal, discount: proposal.discount.id, excludedLineIds: [...proposal.excludedLineIds] }).toEqual({
      discount: "1",
      title,
      value,
      excludedLineIds: excluded,
    });
  });
});
