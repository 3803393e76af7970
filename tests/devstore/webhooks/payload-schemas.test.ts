import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEBHOOK_TOPICS, webhookTopics, type WebhookTopic } from "../../../app/webhooks/topics";
import { appScopesUpdatePayload } from "../../../devstore/webhooks/payloads/app-scopes";
import {
  customersDataRequestPayload,
  customersRedactPayload,
  shopRedactPayload,
} from "../../../devstore/webhooks/payloads/compliance";
import { WebhookSender } from "../../../devstore/webhooks/sender";
import { devStoreFor, NOW } from "./support/dev-store";
import { startRecordingEndpoint, type RecordingEndpoint } from "./support/recording-endpoint";
import { ajv, shopifySchema } from "./support/shopify-schema";

let endpoint: RecordingEndpoint;

/** Every payload the shop sends: each order created, paid, fulfilled and cancelled, each refund, each customer's consent and privacy requests, a deleted discount. */
beforeAll(async () => {
  endpoint = await startRecordingEndpoint();
  const store = devStoreFor(endpoint.url);
  const webhooks = new WebhookSender(store, { now: () => NOW, retryDelaysMs: [] });
  const { orders, customers } = store.state;
  for (const order of orders) store.events.emit("orders/create", order.id);
  await webhooks.drain();
  for (const order of orders.filter((o) => ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"].includes(o.financialStatus)))
    store.events.emit("orders/paid", order.id);
  await webhooks.drain();
  for (const order of orders.filter((o) => o.fulfillmentStatus === "FULFILLED"))
    store.events.emit("orders/fulfilled", order.id);
  await webhooks.drain();
  for (const order of orders.filter((o) => o.cancelledAt)) store.events.emit("orders/cancelled", order.id);
  for (const order of orders)
    for (const refund of order.refunds) store.events.emit("refunds/create", order.id, refund.id);
  for (const customer of customers) store.events.emit("customers/email_marketing_consent_update", customer.id);
  store.events.emit("discounts/delete", "gid://shopify/DiscountAutomaticNode/1", NOW.toISOString());
  store.events.emit("app/uninstalled");
  await webhooks.send("app/scopes_update", appScopesUpdatePayload(store.state, ["read_products", "read_orders"], NOW));
  await Promise.all(
    customers.flatMap((customer) => [
      webhooks.send("customers/data_request", customersDataRequestPayload(store.state, customer.id, store.nextId())),
      webhooks.send("customers/redact", customersRedactPayload(store.state, customer.id)),
    ]),
  );
  await webhooks.send("shop/redact", shopRedactPayload(store.state));
  await webhooks.drain();
  expect(webhooks.log().filter((record) => record.state !== "delivered")).toEqual([]);
}, 60_000);

afterAll(() => endpoint.close());

function sent(topic: WebhookTopic): unknown[] {
  return endpoint.requests
    .filter((request) => request.headers["x-shopify-topic"] === topic)
    .map((request) => JSON.parse(request.body));
}

describe("every payload the dev store sends", () => {
  it.each(WEBHOOK_TOPICS)("for %s validates against Shopify's 2026-04 JSON Schema", (topic) => {
    const validate = ajv.compile(shopifySchema(topic));
    const payloads = sent(topic);
    expect(payloads.length).toBeGreaterThan(0);
    const failures = payloads.flatMap((payload) =>
      validate(payload) ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.message}`),
    );
    expect([...new Set(failures)]).toEqual([]);
  });

  it("would still catch a payload that breaks Shopify's shapes", () => {
    const validate = ajv.compile(shopifySchema("orders/create"));
    const [order] = sent("orders/create") as Record<string, unknown>[];
    expect(validate(order)).toBe(true);
    expect(validate({ ...order, id: String(order.id) })).toBe(false);
    expect(validate({ ...order, total_price: 12.5 })).toBe(false);
    expect(validate({ ...order, line_items: [{ id: 1 }] })).toBe(false);
  });

  it.each(WEBHOOK_TOPICS)("for %s parses with the app's payload parser", (topic) => {
    const issues = sent(topic).flatMap((payload) => webhookTopics[topic].safeParse(payload).error?.issues ?? []);
    expect(issues).toEqual([]);
  });
});

describe("the order payloads", () => {
  it("add up: line items less discounts, plus tax and shipping, make the total", () => {
    for (const order of sent("orders/create") as OrderPayload[]) {
      const lines = order.line_items.reduce((sum, line) => sum + cents(line.price) * line.quantity, 0);
      expect(cents(order.total_line_items_price)).toBe(lines);
      expect(cents(order.subtotal_price)).toBe(lines - cents(order.total_discounts));
      const shipping = cents(order.total_shipping_price_set.shop_money.amount);
      expect(cents(order.total_price)).toBe(cents(order.subtotal_price) + cents(order.total_tax) + shipping);
      const lineTax = order.line_items
        .flatMap((line) => line.tax_lines)
        .reduce((sum, tax) => sum + cents(tax.price), 0);
      expect(lineTax).toBe(cents(order.total_tax));
    }
  });

  it("carry the order's cart attributes as note_attributes, and no customer for guest checkouts", () => {
    const orders = sent("orders/create") as OrderPayload[];
    expect(orders.some((order) => order.note_attributes.length > 0)).toBe(true);
    for (const order of orders.filter((o) => o.note_attributes.length > 0))
      expect(order.note_attributes[0]).toEqual({ name: expect.any(String), value: expect.any(String) });
    const guests = orders.filter((order) => order.customer === null);
    expect(guests.length).toBeGreaterThan(0);
    expect(guests.every((order) => typeof order.email === "string" && order.shipping_address)).toBe(true);
  });

  it("show ids as JSON numbers that stay exact", () => {
    for (const order of sent("orders/create") as OrderPayload[]) {
      expect(Number.isSafeInteger(order.id)).toBe(true);
      expect(order.admin_graphql_api_id).toBe(`gid://shopify/Order/${order.id}`);
      for (const line of order.line_items) expect(Number.isSafeInteger(line.id)).toBe(true);
    }
  });
});

interface OrderPayload {
  id: number;
  admin_graphql_api_id: string;
  email: string | null;
  customer: object | null;
  shipping_address: object | null;
  note_attributes: { name: string; value: string }[];
  total_line_items_price: string;
  subtotal_price: string;
  total_discounts: string;
  total_tax: string;
  total_price: string;
  total_shipping_price_set: { shop_money: { amount: string } };
  line_items: { id: number; price: string; quantity: number; tax_lines: { price: string }[] }[];
}

function cents(amount: string): number {
  return Math.round(Number(amount) * 100);
}
