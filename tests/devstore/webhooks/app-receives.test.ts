import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import db from "../../../app/db.server";
import { WEBHOOK_TOPICS, type WebhookTopic } from "../../../app/webhooks/topics";
import { serve } from "../../../devstore/http/node-adapter";
import type { DevStore } from "../../../devstore/state/store";
import { appScopesUpdatePayload } from "../../../devstore/webhooks/payloads/app-scopes";
import {
  customersDataRequestPayload,
  customersRedactPayload,
  shopRedactPayload,
} from "../../../devstore/webhooks/payloads/compliance";
import { WebhookSender } from "../../../devstore/webhooks/sender";
import { devStoreFor, NOW } from "./support/dev-store";

type Action = (args: { request: Request; params: object; context: object }) => Promise<Response>;

// The app's own webhook routes (app/routes/webhooks.<topic>.tsx), served over HTTP as in production.
const routeModules = import.meta.glob<{ action: Action }>("../../../app/routes/webhooks.*.tsx");

function routeFor(topic: string) {
  const module = routeModules[`../../../app/routes/webhooks.${topic.replace("/", ".")}.tsx`];
  if (!module) throw new Error(`The app has no route for ${topic}`);
  return module;
}

let app: Server;
let appUrl: string;

beforeAll(async () => {
  app = await serve(
    async (request) => {
      const topic = new URL(request.url).pathname.replace(/^\/webhooks\//, "");
      const { action } = await routeFor(topic)();
      try {
        return await action({ request, params: {}, context: {} });
      } catch (thrown) {
        // authenticate.webhook throws its 400 and 401 responses.
        if (thrown instanceof Response) return thrown;
        throw thrown;
      }
    },
    { host: "127.0.0.1", port: 0 },
  );
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});

afterAll(async () => {
  app.closeAllConnections();
  await new Promise((resolve) => app.close(resolve));
});

/** One delivery of the topic, as the shop would trigger it. */
async function trigger(store: DevStore, webhooks: WebhookSender, topic: WebhookTopic) {
  const { state } = store;
  const customer = state.customers.find((c) => state.orders.some((order) => order.customerId === c.id))!;
  const refunded = state.orders.find((order) => order.refunds.length > 0)!;
  const cancelled = state.orders.find((order) => order.cancelledAt)!;
  const fulfilled = state.orders.find((order) => order.fulfillmentStatus === "FULFILLED")!;
  const order = state.orders.find((o) => o.customerId === customer.id)!;
  switch (topic) {
    case "orders/create":
    case "orders/paid":
      store.events.emit(topic, order.id);
      break;
    case "orders/cancelled":
      store.events.emit(topic, cancelled.id);
      break;
    case "orders/fulfilled":
      store.events.emit(topic, fulfilled.id);
      break;
    case "refunds/create":
      store.events.emit(topic, refunded.id, refunded.refunds[0].id);
      break;
    case "customers/email_marketing_consent_update":
      store.events.emit(topic, customer.id);
      break;
    case "discounts/delete":
      store.events.emit(topic, "gid://shopify/DiscountAutomaticNode/1", NOW.toISOString());
      break;
    case "app/uninstalled":
      store.events.emit(topic);
      break;
    case "app/scopes_update":
      return webhooks.send(topic, appScopesUpdatePayload(state, ["read_products"], NOW));
    case "customers/data_request":
      return webhooks.send(topic, customersDataRequestPayload(state, customer.id, store.nextId()));
    case "customers/redact":
      return webhooks.send(topic, customersRedactPayload(state, customer.id));
    case "shop/redact":
      return webhooks.send(topic, shopRedactPayload(state));
  }
  await webhooks.drain();
}

describe("the app, receiving the dev store's webhooks", () => {
  it.each(WEBHOOK_TOPICS)("accepts %s: the signature verifies and the payload parses", async (topic) => {
    const store = devStoreFor(appUrl, process.env.SHOPIFY_API_SECRET!);
    const webhooks = new WebhookSender(store, { now: () => NOW, retryDelaysMs: [] });
    await trigger(store, webhooks, topic);

    const [record] = webhooks.log();
    expect(record.attempts.map((attempt) => attempt.status ?? attempt.error)).toEqual([200]);
    expect(await db.webhookDelivery.count({ where: { webhookId: record.id } })).toBe(1);
  });

  it("acknowledges a redelivery of the same webhook without a second job", async () => {
    const store = devStoreFor(appUrl, process.env.SHOPIFY_API_SECRET!);
    const webhooks = new WebhookSender(store, { now: () => NOW, retryDelaysMs: [] });
    await trigger(store, webhooks, "orders/create");
    const [record] = webhooks.log();

    expect(await webhooks.redeliver(record.id)).toBe(200);
    expect(await db.webhookDelivery.count({ where: { webhookId: record.id } })).toBe(1);
    expect(await db.job.count({ where: { key: `webhook:${record.id}` } })).toBe(1);
  });

  it("refuses a dev store that signs with another secret", async () => {
    const store = devStoreFor(appUrl, "not-the-app-secret");
    const webhooks = new WebhookSender(store, { now: () => NOW, retryDelaysMs: [] });
    await trigger(store, webhooks, "orders/create");

    const [record] = webhooks.log();
    expect(record).toMatchObject({ state: "failed", attempts: [expect.objectContaining({ status: 401 })] });
  });
});
