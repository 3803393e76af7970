import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { webhookTopics, type WebhookTopic } from "../../../app/webhooks/topics";
import type { DevOrder } from "../../../devstore/state/types";
import { WebhookSender } from "../../../devstore/webhooks/sender";
import { DEPOSIT_PLAN, preorderState } from "../storefront/preorder-fixture";
import { startStorefront, type RunningStorefront } from "../storefront/storefront-server";
import { checkout } from "../support/checkout";
import { startRecordingEndpoint, type RecordingEndpoint } from "../webhooks/support/recording-endpoint";
import { ajv, shopifySchema } from "../webhooks/support/shopify-schema";
import { adminClient, type AdminClient } from "./admin-client";
import { ACCESS_TOKEN, NOW } from "./state-fixture";

/**
 * orderCancel over the dev store's Admin API, on orders placed through its checkout: the
 * order is cancelled as the back office cancels it (what was paid, in full or a preorder's
 * deposit, is refunded), the job is done at once, and the app hears orders/cancelled and
 * refunds/create, each valid against Shopify's JSON Schema.
 */

const CANCEL = `#graphql
  mutation Cancel(
    $orderId: ID!
    $reason: OrderCancelReason!
    $restock: Boolean!
    $refund: Boolean
    $refundMethod: OrderCancelRefundMethodInput
    $staffNote: String
  ) {
    orderCancel(
      orderId: $orderId
      reason: $reason
      restock: $restock
      refund: $refund
      refundMethod: $refundMethod
      notifyCustomer: false
      staffNote: $staffNote
    ) {
      job { id done }
      orderCancelUserErrors { field message code }
      userErrors { field message }
    }
  }
`;

const ORDER = `#graphql
  query Order($id: ID!) {
    order(id: $id) {
      cancelledAt
      cancelReason
      displayFinancialStatus
      totalRefundedSet { shopMoney { amount } }
      totalOutstandingSet { shopMoney { amount } }
    }
  }
`;

const BASKET = 301;
const OTTOMAN_OAK = 201;

let endpoint: RecordingEndpoint;
let storefront: RunningStorefront;
let webhooks: WebhookSender;
let admin: AdminClient;

beforeAll(async () => {
  endpoint = await startRecordingEndpoint();
});

afterAll(() => endpoint.close());

beforeEach(async () => {
  endpoint.requests.length = 0;
  storefront = await startStorefront({
    state: () => {
      const state = preorderState();
      state.app.appUrl = endpoint.url;
      state.app.accessToken = ACCESS_TOKEN;
      state.app.webhookSubscriptions = ["orders/cancelled", "refunds/create"].map((topic) => ({
        topic,
        uri: "/webhooks",
      }));
      return state;
    },
  });
  webhooks = new WebhookSender(storefront.store, { now: () => NOW, retryDelaysMs: [] });
  admin = adminClient(storefront.store);
});

afterEach(async () => {
  await webhooks.stop();
  await storefront.close();
});

function orderOf(id: string): DevOrder {
  return storefront.store.state.orders.find((order) => order.id === id)!;
}

function stock(variantId: number): number {
  const variants = storefront.store.state.products.flatMap((product) => product.variants);
  return variants.find((variant) => variant.id === String(variantId))!.inventoryQuantity;
}

async function cancel(variables: Record<string, unknown>) {
  const { status, body } = await admin.request(CANCEL, { reason: "CUSTOMER", restock: false, ...variables });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  await webhooks.drain();
  return (body.data as { orderCancel: Record<string, unknown> }).orderCancel;
}

/** The webhooks the app received, by topic, each checked against Shopify's schema and the app's parser. */
function received(topic: WebhookTopic): Record<string, unknown>[] {
  const payloads = endpoint.requests
    .filter((request) => request.headers["x-shopify-topic"] === topic)
    .map((request) => JSON.parse(request.body) as Record<string, unknown>);
  const validate = ajv.compile(shopifySchema(topic));
  for (const payload of payloads) {
    expect(validate(payload) ? [] : validate.errors, `${topic} against Shopify's schema`).toEqual([]);
    expect(webhookTopics[topic].safeParse(payload).error?.issues ?? [], `${topic} parsed by the app`).toEqual([]);
  }
  return payloads;
}

const done = {
  job: { id: expect.stringMatching(/^gid:\/\/shopify\/Job\/[0-9a-f-]{36}$/), done: true },
  orderCancelUserErrors: [],
  userErrors: [],
};

describe("orderCancel", () => {
  it("cancels a paid order, refunds it in full, restocks it and sends orders/cancelled and refunds/create", async () => {
    const stockBefore = stock(BASKET);
    const { id, gid } = await checkout(storefront.url, { lines: [{ variantId: BASKET, quantity: 2 }] });
    const total = orderOf(id).total;
    expect(orderOf(id)).toMatchObject({ financialStatus: "PAID", total: "38.00" });

    const payload = await cancel({
      orderId: gid,
      reason: "CUSTOMER",
      restock: true,
      refundMethod: { originalPaymentMethodsRefund: true },
      staffNote: "Asked by the buyer",
    });

    expect(payload).toEqual(done);
    expect(orderOf(id)).toMatchObject({
      cancelledAt: NOW.toISOString(),
      cancelReason: "CUSTOMER",
      financialStatus: "REFUNDED",
      refunds: [expect.objectContaining({ amount: total, createdAt: NOW.toISOString() })],
    });
    expect(stock(BASKET)).toBe(stockBefore);
    const read = await admin.request(ORDER, { id: gid });
    expect(read.body.data?.order).toEqual({
      cancelledAt: "2026-06-01T12:00:00Z",
      cancelReason: "CUSTOMER",
      displayFinancialStatus: "REFUNDED",
      totalRefundedSet: { shopMoney: { amount: "38.0" } },
      totalOutstandingSet: { shopMoney: { amount: "0.0" } },
    });

    const [cancelled, ...moreCancelled] = received("orders/cancelled");
    expect(moreCancelled).toEqual([]);
    expect(cancelled).toMatchObject({ id: Number(id), cancel_reason: "customer", financial_status: "refunded" });
    const [refund, ...moreRefunds] = received("refunds/create");
    expect(moreRefunds).toEqual([]);
    expect(refund).toMatchObject({ id: Number(orderOf(id).refunds[0].id), order_id: Number(id) });
    expect(refund.transactions).toEqual([expect.objectContaining({ kind: "refund", amount: total })]);
  });

  it("refunds a partially paid preorder's deposit", async () => {
    const { id, gid } = await checkout(storefront.url, {
      lines: [{ variantId: OTTOMAN_OAK, sellingPlanId: DEPOSIT_PLAN }],
    });
    expect(orderOf(id).financialStatus).toBe("PARTIALLY_PAID");

    const payload = await cancel({ orderId: gid, reason: "OTHER", refund: true });

    expect(payload).toEqual(done);
    expect(orderOf(id)).toMatchObject({
      cancelledAt: NOW.toISOString(),
      cancelReason: "OTHER",
      financialStatus: "REFUNDED",
      refunds: [expect.objectContaining({ amount: "249.90" })],
    });
    expect(received("orders/cancelled")).toEqual([
      expect.objectContaining({ id: Number(id), cancel_reason: "other", financial_status: "refunded" }),
    ]);
    const [refund] = received("refunds/create");
    expect(refund.transactions).toEqual([expect.objectContaining({ amount: "249.90" })]);
  });

  it("keeps the money when no refund is asked for: orders/cancelled only", async () => {
    const { id, gid } = await checkout(storefront.url, { lines: [{ variantId: BASKET }] });

    const payload = await cancel({
      orderId: gid,
      reason: "STAFF",
      refundMethod: { originalPaymentMethodsRefund: false },
    });

    expect(payload).toEqual(done);
    expect(orderOf(id)).toMatchObject({ cancelReason: "STAFF", financialStatus: "PAID", refunds: [] });
    expect(received("orders/cancelled")).toHaveLength(1);
    expect(received("refunds/create")).toEqual([]);
  });

  it("answers an unknown order with NOT_FOUND and an already cancelled one with INVALID, changing nothing", async () => {
    const unknown = await cancel({ orderId: "gid://shopify/Order/999999" });
    expect(unknown).toEqual({
      job: null,
      orderCancelUserErrors: [{ field: ["orderId"], message: "Order does not exist", code: "NOT_FOUND" }],
      userErrors: [{ field: ["orderId"], message: "Order does not exist" }],
    });

    const { id, gid } = await checkout(storefront.url, { lines: [{ variantId: BASKET }] });
    await cancel({ orderId: gid, refund: true });
    const before = structuredClone(orderOf(id));
    endpoint.requests.length = 0;

    const again = await cancel({ orderId: gid, reason: "FRAUD", refund: true });
    const message = "Cannot cancel an order that has already been canceled";
    expect(again).toEqual({
      job: null,
      orderCancelUserErrors: [{ field: ["orderId"], message, code: "INVALID" }],
      userErrors: [{ field: ["orderId"], message }],
    });
    expect(orderOf(id)).toEqual(before);
    expect(endpoint.requests).toEqual([]);
  });

  it("rejects refund with refundMethod, and a staff note over 255 characters, before cancelling", async () => {
    const { id, gid } = await checkout(storefront.url, { lines: [{ variantId: BASKET }] });
    const both = await cancel({ orderId: gid, refund: false, refundMethod: { originalPaymentMethodsRefund: true } });
    expect(both.orderCancelUserErrors).toEqual([
      {
        field: ["refund"],
        message: "Only one of the arguments `refund` or `refund_method` is allowed.",
        code: "INVALID",
      },
    ]);
    const long = await cancel({ orderId: gid, staffNote: "x".repeat(256) });
    expect(long.orderCancelUserErrors).toEqual([
      { field: ["staffNote"], message: "Staff note is too long. Maximum length is 255 characters.", code: "INVALID" },
    ]);
    expect(orderOf(id).cancelledAt).toBeNull();
    expect(endpoint.requests).toEqual([]);
  });
});
