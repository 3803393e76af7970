import { describe, expect, it } from "vitest";
import db from "../../app/db.server";
import { action as ordersCreate } from "../../app/routes/webhooks.orders.create";
import { action as ordersPaid } from "../../app/routes/webhooks.orders.paid";
import { fixture, signedWebhookRequest } from "../support/webhooks";

const shop = "fieldtest-receive.myshopify.com";
const order = fixture("orders_create_captured_2025-08-07.json");

/** Route actions throw Responses for 400/401 (authenticate.webhook) and return them otherwise. */
async function deliver(request: Request, route = ordersCreate) {
  try {
    return await route({ request, params: {}, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

async function stored(webhookId: string) {
  return {
    deliveries: await db.webhookDelivery.count({ where: { webhookId } }),
    jobs: await db.job.findMany({ where: { key: `webhook:${webhookId}` } }),
  };
}

describe("a webhook route", () => {
  it("acknowledges a signed delivery with 200 and enqueues exactly one job", async () => {
    const response = await deliver(
      signedWebhookRequest({ topic: "orders/create", shop, body: order, webhookId: "wh-valid" }),
    );
    expect(response.status).toBe(200);
    const { deliveries, jobs } = await stored("wh-valid");
    expect(deliveries).toBe(1);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ kind: "webhook", shop, status: "queued", customerId: "8333721207132" });
    expect(JSON.parse(jobs[0].payload)).toMatchObject({ topic: "orders/create", webhookId: "wh-valid" });
  });

  it("acknowledges a redelivery of the same webhook id without a second job", async () => {
    const first = await deliver(
      signedWebhookRequest({ topic: "orders/create", shop, body: order, webhookId: "wh-twice" }),
    );
    const again = await deliver(
      signedWebhookRequest({ topic: "orders/create", shop, body: order, webhookId: "wh-twice" }),
    );
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.headers.get("X-Fieldtest-Duplicate")).toBe("1");
    const { deliveries, jobs } = await stored("wh-twice");
    expect(deliveries).toBe(1);
    expect(jobs).toHaveLength(1);
  });

  it("refuses a bad signature with 401 and stores nothing", async () => {
    const request = signedWebhookRequest({
      topic: "orders/create",
      shop,
      body: order,
      webhookId: "wh-forged",
      secret: "not-the-app-secret",
    });
    expect((await deliver(request)).status).toBe(401);
    expect(await stored("wh-forged")).toEqual({ deliveries: 0, jobs: [] });
  });

  it("refuses a delivery without Shopify's headers with 400", async () => {
    const request = signedWebhookRequest({
      topic: "orders/create",
      shop,
      body: order,
      webhookId: "wh-headless",
      headers: { "X-Shopify-Topic": undefined, "X-Shopify-Shop-Domain": undefined },
    });
    expect((await deliver(request)).status).toBe(400);
    expect(await stored("wh-headless")).toEqual({ deliveries: 0, jobs: [] });
  });

  it("refuses a malformed payload with 400 and stores nothing", async () => {
    const { line_items: _dropped, ...withoutLines } = order;
    const response = await deliver(
      signedWebhookRequest({ topic: "orders/create", shop, body: withoutLines, webhookId: "wh-malformed" }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/orders\/create/);
    expect(await stored("wh-malformed")).toEqual({ deliveries: 0, jobs: [] });
  });

  it("refuses a body that is not JSON with 400", async () => {
    const response = await deliver(
      signedWebhookRequest({ topic: "orders/create", shop, body: "{not json", webhookId: "wh-garbled" }),
    );
    expect(response.status).toBe(400);
    expect(await stored("wh-garbled")).toEqual({ deliveries: 0, jobs: [] });
  });

  it("refuses a topic that belongs to another route", async () => {
    const response = await deliver(
      signedWebhookRequest({ topic: "orders/create", shop, body: order, webhookId: "wh-misrouted" }),
      ordersPaid,
    );
    expect(response.status).toBe(400);
    expect(await stored("wh-misrouted")).toEqual({ deliveries: 0, jobs: [] });
  });
});
