import { beforeEach, describe, expect, it } from "vitest";
import db from "../../app/db.server";
import { action as dataRequest } from "../../app/routes/webhooks.customers.data_request";
import { action as customersRedact } from "../../app/routes/webhooks.customers.redact";
import { action as shopRedact } from "../../app/routes/webhooks.shop.redact";
import { action as appUninstalled } from "../../app/routes/webhooks.app.uninstalled";
import { action as scopesUpdate } from "../../app/routes/webhooks.app.scopes_update";
import { dataOwners } from "../../app/privacy/registry.server";
import { testWorker } from "../support/app";
import { fixture, signedWebhookRequest } from "../support/webhooks";

// Shopify's documented samples: shop test-store.myshopify.com, customer 191167.
const shop = "test-store.myshopify.com";
const otherShop = "neighbour.myshopify.com";
const customerId = "191167";

async function seed() {
  for (const owner of dataOwners) await owner.deleteShop(db, shop);
  for (const owner of dataOwners) await owner.deleteShop(db, otherShop);
  for (const s of [shop, otherShop]) {
    await db.shop.create({ data: { shop: s, scope: "read_orders" } });
    await db.session.create({
      data: { id: `offline_${s}`, shop: s, state: "x", accessToken: "token", scope: "read_orders" },
    });
    await db.webhookDelivery.create({
      data: { webhookId: `seed-${s}`, shop: s, topic: "orders/create", apiVersion: "2026-04", jobKey: `seed-${s}` },
    });
    // The same customer id in another shop is another person: never touched.
    await db.job.create({
      data: {
        kind: "webhook",
        key: `order-of-191167-${s}`,
        payload: '{"email":"john@example.com"}',
        shop: s,
        customerId,
        status: "succeeded",
      },
    });
    await db.job.create({
      data: {
        kind: "webhook",
        key: `order-of-someone-${s}`,
        payload: "{}",
        shop: s,
        customerId: "555",
        status: "succeeded",
      },
    });
  }
}

async function deliver(route: typeof dataRequest, topic: string, body: object) {
  const response = await route({ request: signedWebhookRequest({ topic, shop, body }), params: {}, context: {} });
  expect(response.status).toBe(200);
  const { drain } = testWorker();
  await drain();
}

const jobKeys = async (s: string) =>
  (
    await db.job.findMany({
      where: { shop: s, kind: "webhook", key: { startsWith: "order-of" } },
      orderBy: { key: "asc" },
    })
  ).map((j) => j.key);

describe("privacy compliance webhooks", () => {
  beforeEach(seed);

  it("customers/data_request stores a report of everything held about that customer, for the merchant", async () => {
    await deliver(dataRequest, "customers/data_request", fixture("customers_data_request_sample.json"));
    const requests = await db.customerDataRequest.findMany({ where: { shop } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ customerId, requestId: "9999" });
    const report = JSON.parse(requests[0].report);
    expect(report.customer).toEqual({ id: customerId, email: "john@example.com", phone: "555-625-1199" });
    expect(report.ordersRequested).toEqual(["299938", "280263", "220458"]);
    const payloads = report.records.Job.map((job: { payload: string }) => job.payload);
    // The seeded order job and the data request itself; customer 555's job is not in it.
    expect(payloads).toHaveLength(2);
    expect(payloads).toContain('{"email":"john@example.com"}');
    expect(await db.customerDataRequest.count({ where: { shop: otherShop } })).toBe(0);
  });

  it("customers/redact deletes exactly that customer's rows in that shop", async () => {
    await deliver(customersRedact, "customers/redact", fixture("customers_redact_sample.json"));
    expect(await db.job.count({ where: { shop, customerId } })).toBe(0);
    expect(await jobKeys(shop)).toEqual([`order-of-someone-${shop}`]);
    expect(await jobKeys(otherShop)).toEqual([`order-of-191167-${otherShop}`, `order-of-someone-${otherShop}`]);
    expect(await db.session.count({ where: { shop } })).toBe(1);
  });

  it("shop/redact deletes every row of the shop from every table, and nothing of other shops", async () => {
    await deliver(shopRedact, "shop/redact", fixture("shop_redact_sample.json"));
    for (const owner of dataOwners) {
      const model = (db as unknown as Record<string, { count(args: object): Promise<number> }>)[
        owner.model[0].toLowerCase() + owner.model.slice(1)
      ];
      expect(await model.count({ where: { shop } }), owner.model).toBe(0);
    }
    expect(await jobKeys(otherShop)).toHaveLength(2);
    expect(await db.session.count({ where: { shop: otherShop } })).toBe(1);
    expect(await db.shop.count({ where: { shop: otherShop } })).toBe(1);
  });

  it("app/uninstalled removes the shop's sessions and marks it uninstalled", async () => {
    await deliver(appUninstalled, "app/uninstalled", { id: 954889, name: "Test store", domain: shop });
    expect(await db.session.count({ where: { shop } })).toBe(0);
    expect((await db.shop.findUniqueOrThrow({ where: { shop } })).uninstalledAt).toEqual(
      new Date("2026-11-26T10:00:00.000Z"),
    );
    expect(await db.session.count({ where: { shop: otherShop } })).toBe(1);
  });

  it("app/scopes_update records the scopes the merchant granted", async () => {
    await deliver(scopesUpdate, "app/scopes_update", {
      id: 1,
      previous: ["read_orders"],
      current: ["read_orders", "write_products"],
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: `offline_${shop}` } })).scope).toBe(
      "read_orders,write_products",
    );
    expect((await db.shop.findUniqueOrThrow({ where: { shop } })).scope).toBe("read_orders,write_products");
  });
});
