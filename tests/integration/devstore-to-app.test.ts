import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { fixture } from "../support/webhooks";
import { startDemoStack, type DemoStack } from "../support/demo-stack";

// The dev store talking to the app over real HTTP, as Shopify would: webhooks with the
// foundation's guarantees, and the storefront's app proxy with its signature.
let stack: DemoStack;
let shop: string;

beforeAll(async () => {
  stack = await startDemoStack();
  shop = stack.devStore.store.state.shop.myshopifyDomain;
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

const jobsFor = (webhookId: string) => db.job.count({ where: { key: `webhook:${webhookId}` } });

describe("webhooks from the dev store to the app", () => {
  it("are accepted once, and a replay of the same delivery creates no second job", async () => {
    const [delivery] = await stack.devStore.webhooks.send("customers/data_request", {
      ...fixture("customers_data_request_sample.json"),
      shop_domain: shop,
    });
    const webhookId = delivery.id;
    await stack.devStore.webhooks.drain();
    expect(await jobsFor(webhookId)).toBe(1);

    expect(await stack.devStore.webhooks.redeliver(webhookId)).toBe(200);
    expect(await jobsFor(webhookId)).toBe(1);
    expect(await db.webhookDelivery.count({ where: { webhookId } })).toBe(1);
  });

  it("are refused with 401 when signed with the wrong secret, and nothing is stored", async () => {
    const { app } = stack.devStore.store.state;
    const realSecret = app.apiSecret;
    app.apiSecret = "not-the-app-secret";
    try {
      const [delivery] = await stack.devStore.webhooks.send("shop/redact", { shop_id: 1, shop_domain: shop });
      const webhookId = delivery.id;
      await vi.waitFor(() => {
        const record = stack.devStore.webhooks.log().find((d) => d.id === webhookId);
        expect(record?.attempts[0]?.status).toBe(401);
      });
      expect(await jobsFor(webhookId)).toBe(0);
    } finally {
      app.apiSecret = realSecret;
    }
  });
});

describe("the app proxy from the dev store's storefront to the app", () => {
  it("reaches the app with Shopify's signature, which the app verifies", async () => {
    const response = await fetch(`${stack.storefrontUrl}/apps/fieldtest/ping`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, shop });
  });

  it("is refused by the app when the signature is forged", async () => {
    const forged = new URL(`${stack.app.url}/proxy/ping`);
    forged.search = new URLSearchParams({
      shop,
      path_prefix: "/apps/fieldtest",
      timestamp: String(Math.floor(Date.now() / 1000)),
      logged_in_customer_id: "",
      signature: "0".repeat(64),
    }).toString();
    expect((await fetch(forged)).status).toBe(400);
  });
});

describe("the dev store's back office", () => {
  async function act(fields: Record<string, string>) {
    const response = await fetch(`${stack.storefrontUrl}/devstore`, {
      method: "POST",
      body: new URLSearchParams(fields),
      redirect: "manual",
    });
    await stack.devStore.webhooks.drain();
    return response;
  }
  const received = (topic: string) => db.webhookDelivery.count({ where: { shop, topic } });

  it("shows orders, customers and the webhook log", async () => {
    const html = await (await fetch(`${stack.storefrontUrl}/devstore`)).text();
    expect(html).toContain("Recent orders");
    expect(html).toContain(stack.devStore.store.state.orders.at(-1)!.name);
    expect(html).toContain("Customers' email consent");
  });

  it("cancels a paid order: the app hears orders/cancelled and refunds/create", async () => {
    const order = stack.devStore.store.state.orders.findLast((o) => o.financialStatus === "PAID" && !o.cancelledAt)!;
    const before = { cancelled: await received("orders/cancelled"), refunds: await received("refunds/create") };
    expect((await act({ action: "cancel-order", orderId: order.id })).status).toBe(303);
    expect(await received("orders/cancelled")).toBe(before.cancelled + 1);
    expect(await received("refunds/create")).toBe(before.refunds + 1);
    expect((await act({ action: "cancel-order", orderId: order.id })).status).toBe(409);
  });

  it("changes a customer's consent: the app hears the consent topic", async () => {
    const customer = stack.devStore.store.state.customers.find(
      (c) => c.emailMarketingConsent.marketingState === "SUBSCRIBED",
    )!;
    expect((await act({ action: "set-consent", customerId: customer.id, state: "UNSUBSCRIBED" })).status).toBe(303);
    expect(await received("customers/email_marketing_consent_update")).toBeGreaterThan(0);
    expect(customer.emailMarketingConsent.marketingState).toBe("UNSUBSCRIBED");
  });

  it("refuses a malformed action with 400", async () => {
    expect((await act({ action: "cancel-order", orderId: "#1001" })).status).toBe(400);
  });

  it("uninstalls the app: the app drops its sessions and marks the shop uninstalled", async () => {
    expect((await act({ action: "uninstall-app" })).status).toBe(303);
    await vi.waitFor(
      async () => expect((await db.shop.findUnique({ where: { shop } }))?.uninstalledAt).not.toBeNull(),
      {
        timeout: 10_000,
      },
    );
    expect(await db.session.count({ where: { shop } })).toBe(0);
  });
});
