import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { shopRedactPayload } from "../../../devstore/webhooks/payloads/compliance";
import { WebhookSender } from "../../../devstore/webhooks/sender";
import { API_SECRET, devStoreFor, NOW } from "./support/dev-store";
import { startRecordingEndpoint, type Answer, type RecordingEndpoint } from "./support/recording-endpoint";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let endpoint: RecordingEndpoint | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

async function shopWithApp(answer?: Answer, options: { retryDelaysMs?: number[]; timeoutMs?: number } = {}) {
  endpoint = await startRecordingEndpoint(answer);
  const store = devStoreFor(endpoint.url);
  const webhooks = new WebhookSender(store, { now: () => NOW, retryDelaysMs: [20, 20], ...options });
  const order = store.state.orders.at(-1)!;
  return { store, webhooks, order, endpoint };
}

describe("the dev store's webhooks", () => {
  it("post a new order to the app's orders/create route with Shopify's headers", async () => {
    const { store, webhooks, order, endpoint } = await shopWithApp();
    store.events.emit("orders/create", order.id);
    await webhooks.drain();

    expect(endpoint.requests).toHaveLength(1);
    const [request] = endpoint.requests;
    expect(request).toMatchObject({ method: "POST", path: "/webhooks/orders/create" });
    expect(request.headers).toMatchObject({
      "content-type": "application/json",
      "x-shopify-topic": "orders/create",
      "x-shopify-shop-domain": "fieldtest-demo.myshopify.com",
      "x-shopify-api-version": "2026-04",
      "x-shopify-triggered-at": NOW.toISOString(),
    });
    expect(request.headers["x-shopify-webhook-id"]).toMatch(UUID);
    expect(request.headers["x-shopify-event-id"]).toMatch(UUID);
    expect(JSON.parse(request.body)).toMatchObject({ id: Number(order.id), name: order.name });
  });

  it("sign each body with the app's secret, as authenticate.webhook verifies it", async () => {
    const { store, webhooks, order, endpoint } = await shopWithApp();
    store.events.emit("orders/paid", order.id);
    await webhooks.drain();

    const [request] = endpoint.requests;
    const expected = createHmac("sha256", API_SECRET).update(request.body).digest("base64");
    expect(request.headers["x-shopify-hmac-sha256"]).toBe(expected);
    const forged = createHmac("sha256", "another-secret").update(request.body).digest("base64");
    expect(request.headers["x-shopify-hmac-sha256"]).not.toBe(forged);
  });

  it("send one delivery per subscription of the topic, sharing the event id but not the webhook id", async () => {
    const { store, webhooks, order, endpoint } = await shopWithApp();
    store.change((state) => state.app.webhookSubscriptions.push({ topic: "orders/create", uri: "/audit/orders" }));
    store.events.emit("orders/create", order.id);
    await webhooks.drain();

    expect(endpoint.requests.map((request) => request.path).sort()).toEqual([
      "/audit/orders",
      "/webhooks/orders/create",
    ]);
    const [first, second] = endpoint.requests.map((request) => request.headers);
    expect(first["x-shopify-event-id"]).toBe(second["x-shopify-event-id"]);
    expect(first["x-shopify-webhook-id"]).not.toBe(second["x-shopify-webhook-id"]);
  });

  it("send nothing for a topic the app has not subscribed to", async () => {
    const { webhooks, endpoint } = await shopWithApp();
    expect(await webhooks.send("products/update", { id: 1 })).toEqual([]);
    expect(endpoint.requests).toEqual([]);
  });

  it("retry a failing endpoint after the configured delays, with the same webhook id, until it answers 2xx", async () => {
    const { store, webhooks, order, endpoint } = await shopWithApp((_, index) => (index < 2 ? 500 : 200), {
      retryDelaysMs: [60, 120, 5_000],
    });
    store.events.emit("orders/create", order.id);
    await webhooks.drain();

    const [record] = webhooks.log();
    expect(record.state).toBe("delivered");
    expect(record.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 200]);
    const [first, second, third] = endpoint.requests;
    // Timers may fire a millisecond early; the HTTP round trip only adds to the gap.
    expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(59);
    expect(third.receivedAt - second.receivedAt).toBeGreaterThanOrEqual(119);
    expect(new Set(endpoint.requests.map((request) => request.headers["x-shopify-webhook-id"])).size).toBe(1);
    expect(new Set(endpoint.requests.map((request) => request.body)).size).toBe(1);
    expect(webhooks.deliveredCount("orders/create")).toBe(1);
  });

  it("give up on an endpoint that always fails once the retries are used up", async () => {
    const { store, webhooks, order, endpoint } = await shopWithApp(() => 503, { retryDelaysMs: [10, 10, 10] });
    store.events.emit("orders/cancelled", order.id);
    await webhooks.drain();

    expect(endpoint.requests).toHaveLength(4);
    const [record] = webhooks.log();
    expect(record).toMatchObject({ topic: "orders/cancelled", state: "failed" });
    expect(record.attempts.map((attempt) => attempt.status)).toEqual([503, 503, 503, 503]);
    expect(webhooks.deliveredCount()).toBe(0);
  });

  it("count an app that does not answer in time as a failure", async () => {
    const { store, webhooks, order } = await shopWithApp(() => "hang", { retryDelaysMs: [], timeoutMs: 100 });
    store.events.emit("orders/create", order.id);
    await webhooks.drain();

    const [record] = webhooks.log();
    expect(record.state).toBe("failed");
    expect(record.attempts).toEqual([expect.objectContaining({ error: "timed out after 100 ms" })]);
  });

  it("count an app that is not listening as a failure", async () => {
    const { store, webhooks, order, endpoint } = await shopWithApp();
    await endpoint.close();
    store.events.emit("orders/create", order.id);
    await webhooks.drain();

    const [record] = webhooks.log();
    expect(record.state).toBe("failed");
    expect(record.attempts).toHaveLength(3);
    expect(record.attempts[0].error).toBe("ECONNREFUSED");
  });

  it("wait in drain() until the last retry has been answered", async () => {
    const { store, webhooks, order, endpoint } = await shopWithApp((_, index) => (index === 0 ? 500 : 200), {
      retryDelaysMs: [150],
    });
    const started = performance.now();
    store.events.emit("orders/create", order.id);
    expect(webhooks.log()[0].state).toBe("pending");

    await webhooks.drain();
    expect(performance.now() - started).toBeGreaterThanOrEqual(149);
    expect(endpoint.requests).toHaveLength(2);
    expect(webhooks.log()[0].state).toBe("delivered");
  });

  it("redeliver the identical body, signature and webhook id, as a Shopify retry does", async () => {
    const { store, webhooks, order, endpoint } = await shopWithApp();
    store.events.emit("orders/create", order.id);
    await webhooks.drain();
    const [record] = webhooks.log();

    expect(await webhooks.redeliver(record.id)).toBe(200);
    const [original, again] = endpoint.requests;
    expect(again.body).toBe(original.body);
    for (const header of ["x-shopify-webhook-id", "x-shopify-event-id", "x-shopify-hmac-sha256", "x-shopify-topic"])
      expect(again.headers[header], header).toBe(original.headers[header]);
    expect(webhooks.log()[0].attempts).toHaveLength(2);
  });

  it("send topics no store event covers, such as shop/redact, on request", async () => {
    const { store, webhooks, endpoint } = await shopWithApp();
    const [record] = await webhooks.send("shop/redact", shopRedactPayload(store.state));

    expect(record).toMatchObject({
      topic: "shop/redact",
      state: "delivered",
      url: `${endpoint.url}/webhooks/shop/redact`,
    });
    expect(JSON.parse(endpoint.requests[0].body)).toEqual({
      shop_id: Number(store.state.shop.id),
      shop_domain: "fieldtest-demo.myshopify.com",
    });
  });

  it("log each delivery with its topic, URL, attempts, outcome and payload size", async () => {
    const { store, webhooks, order, endpoint } = await shopWithApp();
    store.events.emit("orders/create", order.id);
    await webhooks.drain();

    expect(webhooks.log()).toEqual([
      {
        id: endpoint.requests[0].headers["x-shopify-webhook-id"],
        eventId: endpoint.requests[0].headers["x-shopify-event-id"],
        topic: "orders/create",
        url: `${endpoint.url}/webhooks/orders/create`,
        triggeredAt: NOW.toISOString(),
        attempts: [{ at: expect.any(String), status: 200, durationMs: expect.any(Number) }],
        state: "delivered",
        payloadBytes: Buffer.byteLength(endpoint.requests[0].body),
      },
    ]);
  });

  it("build the payload when the event happens, not when it is delivered", async () => {
    const { store, webhooks, endpoint } = await shopWithApp();
    const customer = store.state.customers.find((c) => c.emailMarketingConsent.marketingState === "SUBSCRIBED")!;
    store.events.emit("customers/email_marketing_consent_update", customer.id);
    store.change(() => (customer.emailMarketingConsent.marketingState = "UNSUBSCRIBED"));
    await webhooks.drain();

    expect(JSON.parse(endpoint.requests[0].body).email_marketing_consent.state).toBe("subscribed");
  });
});
