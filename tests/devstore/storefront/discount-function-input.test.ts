import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { functionApi } from "../../../devstore/storefront/cart/discounts/function-api";
import {
  APP_EXTENSIONS_DIR,
  functionExtensions,
} from "../../../devstore/storefront/cart/discounts/function-extensions";
import { functionInputRoot } from "../../../devstore/storefront/cart/discounts/function-input-root";
import {
  executeFunctionQuery,
  runDiscountFunction,
} from "../../../devstore/storefront/cart/discounts/run-discount-function";
import type { Cart } from "../../../devstore/storefront/cart/cart";
import { priceCart } from "../../../devstore/storefront/cart/priced-cart";
import type { DevAutomaticAppDiscount, DevStoreState } from "../../../devstore/state/types";
import { functionConfigurationMetafieldValue } from "../../../storefront/tiered-discount/src/configuration-metafield";
import type {
  QuantityTieredDiscount,
  TimeTieredDiscount,
} from "../../../storefront/tiered-discount/src/tiered-discount-config";
import { APP_ID, stateFixture } from "./state-fixture";

/**
 * The Discount Function's input as the dev store builds it: the extension's own input query
 * executed against the Discount Function API schema, its variables read from the discount's
 * function-configuration metafield, shop.localTime answered from the shop's clock in its
 * time zone (Amsterdam: UTC+2 in May).
 */

const config: TimeTieredDiscount = {
  version: 1,
  kind: "time",
  appliesTo: { productIds: ["gid://shopify/Product/300"], collectionIds: [] },
  tiers: [{ startsAt: "2026-05-01T14:00:00", endsAt: "2026-05-01T15:00:00", percentage: 50, message: "Launch hour" }],
};

const discount: DevAutomaticAppDiscount = {
  id: "900",
  title: "Launch day",
  functionHandle: "tiered-discount",
  discountClasses: ["PRODUCT"],
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

function shopWithDiscount(value: unknown = functionConfigurationMetafieldValue(config)): DevStoreState {
  const state = stateFixture();
  state.automaticDiscounts = [discount];
  state.metafields.push({
    id: "901",
    ownerId: "gid://shopify/DiscountAutomaticNode/900",
    namespace: `app--${APP_ID}--tiered-discount`,
    key: "function-configuration",
    type: "json",
    value: JSON.stringify(value),
    compareDigest: "digest-901",
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
  });
  return state;
}

const cart: Cart = {
  token: "t",
  attributes: { fieldtest_ab: "b" },
  note: "",
  lines: [
    { key: "301:x", variantId: "301", quantity: 2, properties: {}, sellingPlanId: null },
    { key: "201:x", variantId: "201", quantity: 1, properties: { engraving: "AL" }, sellingPlanId: null },
  ],
};

function functionLines(state: DevStoreState) {
  return priceCart(state, cart).lines.map(({ line, product, variant, allocation, unitPrice, linePrice }, position) => ({
    id: `gid://shopify/CartLine/${position}`,
    line,
    product,
    variant,
    allocation,
    unitPrice,
    linePrice,
  }));
}

function run(state: DevStoreState, now: string) {
  const result = runDiscountFunction(
    { state, discount, lines: functionLines(state), attributes: cart.attributes, now: new Date(now) },
    APP_EXTENSIONS_DIR,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.output;
}

/** Runs a query of our own against the same Input the dev store builds. */
function query(text: string, now: string) {
  const state = shopWithDiscount();
  const extension = functionExtensions(APP_EXTENSIONS_DIR).find(({ handle }) => handle === "tiered-discount")!;
  const { schema } = functionApi(extension, extension.targets[0]);
  const rootValue = functionInputRoot({
    state,
    discount,
    lines: functionLines(state),
    attributes: cart.attributes,
    now: new Date(now),
  });
  return executeFunctionQuery(schema, parse(text), rootValue);
}

describe("the Discount Function's input", () => {
  it("answers the extension's input query, with the variables from the configuration metafield", () => {
    expect(run(shopWithDiscount(), "2026-05-01T12:30:00Z")).toEqual({
      operations: [
        {
          productDiscountsAdd: {
            candidates: [
              {
                message: "Launch hour",
                targets: [{ cartLine: { id: "gid://shopify/CartLine/0" } }],
                value: { percentage: { value: "50" } },
              },
            ],
            selectionStrategy: "FIRST",
          },
        },
      ],
    });
  });

  it("gives the cart lines, the discount and the shop as the schema has them", () => {
    const result = query(
      `{
        cart {
          attribute(key: "fieldtest_ab") { key value }
          cost { subtotalAmount { amount currencyCode } }
          lines {
            id quantity
            attribute(key: "engraving") { value }
            cost { amountPerQuantity { amount } subtotalAmount { amount } }
            merchandise { __typename ... on ProductVariant { id product { id handle isGiftCard inAnyCollection(ids: ["gid://shopify/Collection/1"]) } } }
          }
        }
        discount { discountClasses metafield(namespace: "$app:tiered-discount", key: "function-configuration") { type } }
        presentmentCurrencyRate
        localization { country { isoCode } language { isoCode } }
      }`,
      "2026-05-01T12:30:00Z",
    );
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result.data))).toEqual({
      cart: {
        attribute: { key: "fieldtest_ab", value: "b" },
        cost: { subtotalAmount: { amount: "1287.5", currencyCode: "EUR" } },
        lines: [
          {
            id: "gid://shopify/CartLine/0",
            quantity: 2,
            attribute: null,
            cost: { amountPerQuantity: { amount: "19.0" }, subtotalAmount: { amount: "38.0" } },
            merchandise: {
              __typename: "ProductVariant",
              id: "gid://shopify/ProductVariant/301",
              product: {
                id: "gid://shopify/Product/300",
                handle: "collapsible-laundry-basket",
                isGiftCard: false,
                // The dev store keeps no collections.
                inAnyCollection: false,
              },
            },
          },
          {
            id: "gid://shopify/CartLine/1",
            quantity: 1,
            attribute: { value: "AL" },
            cost: { amountPerQuantity: { amount: "1249.5" }, subtotalAmount: { amount: "1249.5" } },
            merchandise: {
              __typename: "ProductVariant",
              id: "gid://shopify/ProductVariant/201",
              product: {
                id: "gid://shopify/Product/200",
                handle: "folding-storage-ottoman",
                isGiftCard: false,
                inAnyCollection: false,
              },
            },
          },
        ],
      },
      discount: { discountClasses: ["PRODUCT"], metafield: { type: "json" } },
      presentmentCurrencyRate: "1.0",
      localization: { country: { isoCode: "NL" }, language: { isoCode: "EN" } },
    });
  });

  it.each([
    [
      "2026-05-01T11:59:59Z",
      { date: "2026-05-01", after: false, before: true, between: false, timeAfter: false, timeBetween: false },
    ],
    [
      "2026-05-01T12:00:00Z",
      { date: "2026-05-01", after: true, before: false, between: true, timeAfter: true, timeBetween: true },
    ],
    [
      "2026-05-01T12:59:59Z",
      { date: "2026-05-01", after: true, before: false, between: true, timeAfter: true, timeBetween: true },
    ],
    [
      "2026-05-01T13:00:00Z",
      { date: "2026-05-01", after: true, before: false, between: false, timeAfter: true, timeBetween: false },
    ],
    [
      "2026-05-01T22:30:00Z",
      { date: "2026-05-02", after: true, before: false, between: false, timeAfter: false, timeBetween: false },
    ],
  ])("answers shop.localTime at %s in the shop's time zone, to the second", (now, expected) => {
    const result = query(
      `{ shop { localTime {
        date
        after: dateTimeAfter(dateTime: "2026-05-01T14:00:00")
        before: dateTimeBefore(dateTime: "2026-05-01T14:00:00")
        between: dateTimeBetween(startDateTime: "2026-05-01T14:00:00", endDateTime: "2026-05-01T15:00:00")
        timeAfter: timeAfter(time: "14:00:00")
        timeBetween: timeBetween(startTime: "14:00", endTime: "15:00")
      } } }`,
      now,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.shop).toEqual({ localTime: expected });
  });

  it("answers inAnyCollection and inCollections from the collections' products", () => {
    const collectionConfig: QuantityTieredDiscount = {
      version: 1,
      kind: "quantity",
      appliesTo: { productIds: [], collectionIds: ["gid://shopify/Collection/700"] },
      tiers: [{ minimumQuantity: 1, value: { percentage: 10 }, message: "Collection deal" }],
    };
    const state = shopWithDiscount(functionConfigurationMetafieldValue(collectionConfig));
    state.collections = [
      { id: "700", title: "Lighting", handle: "lighting", descriptionHtml: "", productIds: ["300"], updatedAt: "" },
      { id: "701", title: "Other", handle: "other", descriptionHtml: "", productIds: ["200"], updatedAt: "" },
    ];
    const result = runDiscountFunction(
      { state, discount, lines: functionLines(state), attributes: {}, now: new Date("2026-05-01T12:30:00Z") },
      APP_EXTENSIONS_DIR,
    );
    if (!result.ok) throw new Error(result.reason);
    // Line 0 holds product 300 (in the collection); line 1 product 200 (in another) gets nothing.
    expect(result.output).toEqual({
      operations: [
        {
          productDiscountsAdd: {
            candidates: [
              {
                message: "Collection deal",
                targets: [{ cartLine: { id: "gid://shopify/CartLine/0" } }],
                value: { percentage: { value: "10" } },
              },
            ],
            selectionStrategy: "FIRST",
          },
        },
      ],
    });

    const extension = functionExtensions(APP_EXTENSIONS_DIR).find(({ handle }) => handle === "tiered-discount")!;
    const { schema } = functionApi(extension, extension.targets[0]);
    const rootValue = functionInputRoot({
      state,
      discount,
      lines: functionLines(state),
      attributes: {},
      now: new Date("2026-05-01T12:30:00Z"),
    });
    const membership = executeFunctionQuery(
      schema,
      parse(`{ cart { lines { merchandise { ... on ProductVariant { product {
        inCollections(ids: ["gid://shopify/Collection/700", "gid://shopify/Collection/701"]) { collectionId isMember }
      } } } } } }`),
      rootValue,
    );
    expect(membership.errors).toBeUndefined();
    expect(membership.data?.cart).toEqual({
      lines: [
        {
          merchandise: {
            product: {
              inCollections: [
                { collectionId: "gid://shopify/Collection/700", isMember: true },
                { collectionId: "gid://shopify/Collection/701", isMember: false },
              ],
            },
          },
        },
        {
          merchandise: {
            product: {
              inCollections: [
                { collectionId: "gid://shopify/Collection/700", isMember: false },
                { collectionId: "gid://shopify/Collection/701", isMember: true },
              ],
            },
          },
        },
      ],
    });
  });

  it("fails the run, giving nothing, when the metafield lacks the query's variables", () => {
    const state = shopWithDiscount({ configuration: config });
    const result = runDiscountFunction(
      { state, discount, lines: functionLines(state), attributes: {}, now: new Date("2026-05-01T12:30:00Z") },
      APP_EXTENSIONS_DIR,
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('Variable "$collectionIds" of required type "[ID!]!" was not provided.'),
    });
  });

  it("stops at a field the dev store does not give Functions, instead of answering null", () => {
    const result = query(`{ cart { buyerIdentity { email } deliveryGroups { id } } }`, "2026-05-01T12:30:00Z");
    expect(result.errors?.map((error) => error.message)).toEqual([
      "Cart.deliveryGroups is not served to Functions by the dev store (storefront/cart/discounts/function-input-root.ts)",
    ]);
  });
});
