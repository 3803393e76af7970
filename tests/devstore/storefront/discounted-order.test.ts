import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webhookTopics } from "../../../app/webhooks/topics";
import { WebhookSender } from "../../../devstore/webhooks/sender";
import type {
  SpendTieredDiscount,
  TimeTieredDiscount,
} from "../../../storefront/tiered-discount/src/tiered-discount-config";
import { adminClient, type AdminClient } from "../admin/admin-client";
import { ACCESS_TOKEN } from "../admin/state-fixture";
import { checkout } from "../support/checkout";
import { createTieredDiscount } from "../support/discounts";
import { startRecordingEndpoint, type RecordingEndpoint } from "../webhooks/support/recording-endpoint";
import { ajv, shopifySchema } from "../webhooks/support/shopify-schema";
import { mainContent, visibleText } from "./html";
import { Shopper, startStorefront, type RunningStorefront } from "./storefront-server";

/**
 * An order placed with tiered discounts keeps them: its totals, the Admin API's
 * Order.subtotalPriceSet (after them), totalDiscountsSet, discountApplications and each
 * line's discountAllocations, and the orders/create webhook's subtotal_price,
 * total_discounts, discount_applications and line items' discount_allocations — a product
 * discount (the launch hour's 50 % off the baskets) and an order discount (100.00 off a
 * spend of 1000) that combine.
 */

const NOW = new Date("2026-05-01T12:30:00Z"); // 14:30 in Amsterdam

const launchHour: TimeTieredDiscount = {
  version: 1,
  kind: "time",
  appliesTo: { productIds: ["gid://shopify/Product/300"], collectionIds: [] },
  tiers: [
    { startsAt: "2026-05-01T14:00:00", endsAt: "2026-05-01T15:00:00", percentage: 50, message: "Launch hour: 50% off" },
  ],
};

const bigSpend: SpendTieredDiscount = {
  version: 1,
  kind: "spend",
  tiers: [{ minimumSubtotal: "1000.00", value: { amountOffOrder: "100.00" }, message: "Spend 1000, 100 off" }],
};

const ORDER_DISCOUNTS = `#graphql
  query OrderDiscounts($id: ID!) {
    order(id: $id) {
      subtotalLineItemsQuantity
      subtotalPriceSet { shopMoney { amount } }
      totalDiscountsSet { shopMoney { amount currencyCode } }
      totalPriceSet { shopMoney { amount } }
      discountApplications(first: 10) {
        nodes {
          __typename
          index
          allocationMethod
          targetSelection
          targetType
          value {
            __typename
            ... on PricingPercentageValue { percentage }
            ... on MoneyV2 { amount currencyCode }
          }
          ... on AutomaticDiscountApplication { title }
        }
      }
      lineItems(first: 10) {
        nodes {
          variant { id }
          originalTotalSet { shopMoney { amount } }
          totalDiscountSet { shopMoney { amount } }
          discountAllocations {
            allocatedAmountSet { shopMoney { amount } }
            discountApplication { index }
          }
        }
      }
    }
  }
`;

let storefront: RunningStorefront;
let admin: AdminClient;
let endpoint: RecordingEndpoint;
let webhooks: WebhookSender;

beforeEach(async () => {
  endpoint = await startRecordingEndpoint();
  storefront = await startStorefront({ now: () => NOW });
  const { app } = storefront.store.state;
  app.appUrl = endpoint.url;
  app.accessToken = ACCESS_TOKEN;
  app.scopes = [...app.scopes, "read_orders", "read_discounts", "write_discounts"];
  app.webhookSubscriptions = [{ topic: "orders/create", uri: "/webhooks/orders/create" }];
  webhooks = new WebhookSender(storefront.store, { now: () => NOW, retryDelaysMs: [] });
  admin = adminClient(storefront.store);
  admin.clock.now = NOW;
  await createTieredDiscount(admin.request, {
    title: "Launch day",
    config: launchHour,
    combinesWith: { orderDiscounts: true },
  });
  await createTieredDiscount(admin.request, {
    title: "Spend more",
    config: bigSpend,
    combinesWith: { productDiscounts: true },
  });
});
afterEach(async () => {
  await webhooks.stop();
  await storefront.close();
  await endpoint.close();
});

const LINES = [
  { variantId: 301, quantity: 2 }, // 2 × 19.00, 50 % off: 19.00 off
  { variantId: 201, quantity: 1 }, // 1249.50
];
// 100.00 off the 1268.50 left, spread over the lines in proportion: 1.50 and 98.50.

describe("an order placed with tiered discounts", () => {
  it("is totalled after them and keeps them", async () => {
    const { id } = await checkout(storefront.url, { email: "ada@example.com", lines: LINES });
    const order = storefront.store.state.orders.find((candidate) => candidate.id === id)!;
    expect(order).toMatchObject({
      subtotal: "1287.50",
      totalDiscounts: "119.00",
      total: "1168.50",
      financialStatus: "PAID",
    });
    expect(order.discountApplications).toEqual([
      {
        type: "AUTOMATIC",
        title: "Launch hour: 50% off",
        discountId: expect.any(String),
        targetSelection: "ENTITLED",
        allocationMethod: "ACROSS",
        value: { percentage: 50 },
      },
      {
        type: "AUTOMATIC",
        title: "Spend 1000, 100 off",
        discountId: expect.any(String),
        targetSelection: "ALL",
        allocationMethod: "ACROSS",
        value: { amount: "100.00" },
      },
    ]);
    expect(
      order.lines.map(({ variantId, discount, discountAllocations }) => ({ variantId, discount, discountAllocations })),
    ).toEqual([
      {
        variantId: "301",
        discount: "20.50",
        discountAllocations: [
          { applicationIndex: 0, amount: "19.00" },
          { applicationIndex: 1, amount: "1.50" },
        ],
      },
      { variantId: "201", discount: "98.50", discountAllocations: [{ applicationIndex: 1, amount: "98.50" }] },
    ]);
  });

  it("shows them on the order status page", async () => {
    const shopper = new Shopper(storefront.url);
    await shopper.postJson("/cart/add.js", {
      items: LINES.map(({ variantId, quantity }) => ({ id: variantId, quantity })),
    });
    const placed = await shopper.submit("/checkout", {
      email: "ada@example.com",
      country: "NL",
      firstName: "Ada",
      lastName: "Lovelace",
      address1: "Keizersgracht 1",
      zip: "1015 CJ",
      city: "Amsterdam",
    });
    const page = visibleText(mainContent(await shopper.page(placed.headers.get("location")!)));
    expect(page).toContain("Subtotal €1.287,50 Discounts −€119,00 Shipping Free Total €1.168,50 EUR");
  });

  it("reads them over the Admin API: the subtotal after them, totalDiscountsSet, discountApplications, each line's discountAllocations", async () => {
    const { gid } = await checkout(storefront.url, { lines: LINES });
    const { body } = await admin.request(ORDER_DISCOUNTS, { id: gid });
    expect(body.errors).toBeUndefined();
    expect(body.data?.order).toEqual({
      subtotalLineItemsQuantity: 3,
      // After the lines' and the order's discounts, as orders/create's subtotal_price.
      subtotalPriceSet: { shopMoney: { amount: "1168.5" } },
      totalDiscountsSet: { shopMoney: { amount: "119.0", currencyCode: "EUR" } },
      totalPriceSet: { shopMoney: { amount: "1168.5" } },
      discountApplications: {
        nodes: [
          {
            __typename: "AutomaticDiscountApplication",
            index: 0,
            allocationMethod: "ACROSS",
            targetSelection: "ENTITLED",
            targetType: "LINE_ITEM",
            value: { __typename: "PricingPercentageValue", percentage: 50 },
            title: "Launch hour: 50% off",
          },
          {
            __typename: "AutomaticDiscountApplication",
            index: 1,
            allocationMethod: "ACROSS",
            targetSelection: "ALL",
            targetType: "LINE_ITEM",
            value: { __typename: "MoneyV2", amount: "100.0", currencyCode: "EUR" },
            title: "Spend 1000, 100 off",
          },
        ],
      },
      lineItems: {
        nodes: [
          {
            variant: { id: "gid://shopify/ProductVariant/301" },
            originalTotalSet: { shopMoney: { amount: "38.0" } },
            totalDiscountSet: { shopMoney: { amount: "20.5" } },
            discountAllocations: [
              { allocatedAmountSet: { shopMoney: { amount: "19.0" } }, discountApplication: { index: 0 } },
              { allocatedAmountSet: { shopMoney: { amount: "1.5" } }, discountApplication: { index: 1 } },
            ],
          },
          {
            variant: { id: "gid://shopify/ProductVariant/201" },
            originalTotalSet: { shopMoney: { amount: "1249.5" } },
            totalDiscountSet: { shopMoney: { amount: "98.5" } },
            discountAllocations: [
              { allocatedAmountSet: { shopMoney: { amount: "98.5" } }, discountApplication: { index: 1 } },
            ],
          },
        ],
      },
    });
  });

  it("sends them in orders/create, valid against Shopify's schema and the app's", async () => {
    await checkout(storefront.url, { lines: LINES });
    await webhooks.drain();
    const [request] = endpoint.requests.filter((request) => request.headers["x-shopify-topic"] === "orders/create");
    const payload = JSON.parse(request.body) as Record<string, unknown> & { line_items: Record<string, unknown>[] };
    const validate = ajv.compile(shopifySchema("orders/create"));
    expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    expect(webhookTopics["orders/create"].safeParse(payload).error?.issues ?? []).toEqual([]);
    expect(payload).toMatchObject({
      total_line_items_price: "1287.50",
      total_discounts: "119.00",
      subtotal_price: "1168.50",
      total_price: "1168.50",
      discount_applications: [
        {
          target_type: "line_item",
          type: "automatic",
          value: "50.0",
          value_type: "percentage",
          allocation_method: "across",
          target_selection: "entitled",
          title: "Launch hour: 50% off",
        },
        {
          target_type: "line_item",
          type: "automatic",
          value: "100.0",
          value_type: "fixed_amount",
          allocation_method: "across",
          target_selection: "all",
          title: "Spend 1000, 100 off",
        },
      ],
    });
    expect(payload.line_items.map((line) => [line.variant_id, line.total_discount, line.discount_allocations])).toEqual(
      [
        [
          301,
          "20.50",
          [
            { amount: "19.00", amount_set: money("19.00"), discount_application_index: 0 },
            { amount: "1.50", amount_set: money("1.50"), discount_application_index: 1 },
          ],
        ],
        [201, "98.50", [{ amount: "98.50", amount_set: money("98.50"), discount_application_index: 1 }]],
      ],
    );
  });
});

function money(amount: string) {
  const set = { amount, currency_code: "EUR" };
  return { shop_money: set, presentment_money: set };
}
