import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WEBHOOK_TOPICS } from "../../../app/webhooks/topics";
import { toCents } from "../../../devstore/seed/money";
import { seedState, type SeedOptions } from "../../../devstore/seed/seed";
import { DevStore } from "../../../devstore/state/store";
import type { DevStoreState } from "../../../devstore/state/types";

const DAY = 86_400_000;
const NOW = new Date("2026-06-15T16:00:00.000Z");
const OPTIONS: SeedOptions = { apiKey: "key", apiSecret: "secret", appUrl: "http://127.0.0.1:3000", now: NOW };
const MONEY = /^\d+\.\d{2}$/;

const state = seedState(OPTIONS);
const { products, customers, orders } = state;

function allIds(seeded: DevStoreState): string[] {
  return [
    seeded.shop.id,
    seeded.app.appId,
    ...seeded.products.flatMap((p) => [p.id, ...p.images.map((i) => i.id), ...p.variants.map((v) => v.id)]),
    ...(seeded.collections ?? []).map((c) => c.id),
    ...seeded.customers.map((c) => c.id),
    ...seeded.orders.flatMap((o) => [o.id, ...o.lines.map((l) => l.id), ...o.refunds.map((r) => r.id)]),
  ];
}

describe("the seeded shop", () => {
  it("is the same for the same options, and another for another random seed", () => {
    expect(seedState(OPTIONS)).toEqual(state);
    expect(seedState({ ...OPTIONS, randomSeed: 2 }).orders).not.toEqual(orders);
  });

  it("is not changed by a store that edits its copy", () => {
    const store = DevStore.open(null, () => seedState(OPTIONS));
    store.change((edited) => {
      edited.products[0].tags.push("edited");
      edited.products[0].options[0].values.push("Edited");
    });
    expect(seedState(OPTIONS)).toEqual(state);
  });

  it("takes the shop domain and currency from the options", () => {
    const seeded = seedState({ ...OPTIONS, shopDomain: "other-shop.myshopify.com", currency: "EUR" });
    expect(seeded.shop).toMatchObject({ myshopifyDomain: "other-shop.myshopify.com", currencyCode: "EUR" });
    expect(seeded.orders.every((order) => order.currencyCode === "EUR")).toBe(true);
  });

  it("is Fieldtest Demo Store, a US shop in New York's time zone", () => {
    expect(state.shop).toMatchObject({
      name: "Fieldtest Demo Store",
      myshopifyDomain: "fieldtest-demo.myshopify.com",
      currencyCode: "USD",
      ianaTimezone: "America/New_York",
      // Daylight saving time in June.
      timezoneOffsetMinutes: -240,
      countryCode: "US",
    });
  });

  it("gives every id once, and the store's next id is a new one", () => {
    const ids = allIds(state);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^\d+$/.test(id) && Number(id) <= state.nextId)).toBe(true);
    const store = DevStore.open(null, () => seedState(OPTIONS));
    expect(ids).not.toContain(store.nextId());
  });

  it("seeds in under 50 ms", () => {
    seedState(OPTIONS);
    const times = Array.from({ length: 5 }, () => {
      const started = performance.now();
      seedState(OPTIONS);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(50);
  });
});

describe("the seeded catalogue", () => {
  it("files products in three manual collections, seeded after everything else so older ids stay put", () => {
    const collections = state.collections ?? [];
    expect(collections.map((c) => [c.title, c.productIds.length])).toEqual([
      ["Home storage", 6],
      ["Kitchen", 3],
      ["Small spaces", 4],
    ]);
    const productIds = new Set(products.map((p) => p.id));
    expect(collections.every((c) => c.productIds.every((id) => productIds.has(id)))).toBe(true);
    const others = allIds({ ...state, collections: [] }).map(Number);
    expect(Math.min(...collections.map((c) => Number(c.id)))).toBeGreaterThan(Math.max(...others));
  });

  it("has a dozen products, all active but one draft", () => {
    expect(products).toHaveLength(12);
    expect(products.filter((p) => p.status === "DRAFT")).toHaveLength(1);
    expect(products.filter((p) => p.status === "ACTIVE").every((p) => p.publishedAt !== null)).toBe(true);
    expect(new Set(products.map((p) => p.handle)).size).toBe(12);
  });

  it("gives each product 1–2 options and 1–6 variants that belong to it and pick a value of each option", () => {
    for (const product of products) {
      expect(product.options.length).toBeGreaterThanOrEqual(1);
      expect(product.options.length).toBeLessThanOrEqual(2);
      expect(product.variants.length).toBeGreaterThanOrEqual(1);
      expect(product.variants.length).toBeLessThanOrEqual(6);
      for (const variant of product.variants) {
        expect(variant.productId).toBe(product.id);
        expect(variant.selectedOptions.map((o) => o.name)).toEqual(product.options.map((o) => o.name));
        variant.selectedOptions.forEach(({ value }, i) => expect(product.options[i].values).toContain(value));
      }
    }
  });

  it("prices variants in money with two decimals, some at a discount and some sold out", () => {
    const variants = products.flatMap((p) => p.variants);
    expect(variants.every((v) => MONEY.test(v.price))).toBe(true);
    const onSale = variants.filter((v) => v.compareAtPrice !== null);
    expect(onSale.length).toBeGreaterThan(0);
    expect(onSale.every((v) => toCents(v.compareAtPrice!) > toCents(v.price))).toBe(true);
    expect(variants.some((v) => v.inventoryQuantity === 0)).toBe(true);
    expect(new Set(variants.map((v) => v.sku)).size).toBe(variants.length);
  });

  it("shows each product with its generated image", () => {
    for (const product of products)
      expect(product.images).toEqual([
        expect.objectContaining({ url: `/images/products/${product.handle}.svg`, altText: product.title, width: 800 }),
      ]);
  });
});

describe("a store saved before collections existed", () => {
  it("gets the seed's collections on the products it still has, with new ids", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "devstore-"));
    const file = path.join(dir, "state.json");
    const old: DevStoreState = seedState(OPTIONS);
    delete old.collections;
    const removed = state.collections![0].productIds[0];
    old.products = old.products.filter((product) => product.id !== removed);
    old.nextId += 50;
    writeFileSync(file, JSON.stringify(old));

    const store = DevStore.open(file, () => seedState(OPTIONS));
    const collections = store.state.collections!;
    expect(collections.map((c) => c.handle)).toEqual(state.collections!.map((c) => c.handle));
    expect(collections[0].productIds).toEqual(state.collections![0].productIds.slice(1));
    expect(collections.map((c) => Number(c.id))).toEqual([old.nextId + 1, old.nextId + 2, old.nextId + 3]);
    expect(store.state.nextId).toBe(old.nextId + 3);
    rmSync(dir, { recursive: true });
  });
});

describe("the seeded customers", () => {
  it("are 40, in every email marketing consent state", () => {
    expect(customers).toHaveLength(40);
    const states = customers.map(
      (c) => `${c.emailMarketingConsent.marketingState} ${c.emailMarketingConsent.marketingOptInLevel}`,
    );
    for (const expected of [
      "SUBSCRIBED SINGLE_OPT_IN",
      "SUBSCRIBED CONFIRMED_OPT_IN",
      "NOT_SUBSCRIBED null",
      "UNSUBSCRIBED SINGLE_OPT_IN",
      "PENDING CONFIRMED_OPT_IN",
    ])
      expect(states).toContain(expected);
  });

  it("have a consent date only once they have chosen, and never in the future", () => {
    for (const { emailMarketingConsent: consent, createdAt } of customers) {
      expect(consent.consentUpdatedAt === null).toBe(consent.marketingState === "NOT_SUBSCRIBED");
      if (consent.consentUpdatedAt) {
        expect(consent.consentUpdatedAt >= createdAt).toBe(true);
        expect(Date.parse(consent.consentUpdatedAt)).toBeLessThan(NOW.getTime());
      }
    }
  });

  it("come from several countries, with unique e-mail addresses", () => {
    expect(new Set(customers.map((c) => c.locale)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(customers.map((c) => c.email)).size).toBe(40);
    expect(customers.every((c) => /^[a-z.]+@example\.(com|net|org)$/.test(c.email))).toBe(true);
  });
});

describe("the seeded orders", () => {
  it("cover the 90 days before now, oldest first, numbered from #1001", () => {
    expect(orders.length).toBeGreaterThan(200);
    orders.forEach((order, i) => {
      expect(order.name).toBe(`#${1001 + i}`);
      expect(order.number).toBe(i + 1);
      const at = Date.parse(order.createdAt);
      expect(at).toBeGreaterThan(NOW.getTime() - 90 * DAY);
      expect(at).toBeLessThan(NOW.getTime());
      if (i > 0) expect(order.createdAt >= orders[i - 1].createdAt).toBe(true);
    });
  });

  it("come a few a day, more on Sundays and Mondays than on Fridays and Saturdays", () => {
    expect(orders.length / 90).toBeGreaterThan(2);
    expect(orders.length / 90).toBeLessThan(6);
    const byWeekday = [0, 0, 0, 0, 0, 0, 0];
    for (const order of orders) byWeekday[new Date(Date.parse(order.createdAt) - 4 * 3_600_000).getUTCDay()]++;
    expect(byWeekday[0] + byWeekday[1]).toBeGreaterThan(byWeekday[5] + byWeekday[6]);
  });

  it("add up: subtotal − discounts + tax + shipping = total, to the cent", () => {
    for (const order of orders) {
      const amounts = [order.subtotal, order.totalDiscounts, order.totalTax, order.totalShipping, order.total];
      expect(amounts.every((amount) => MONEY.test(amount))).toBe(true);
      const lines = order.lines.reduce((sum, line) => sum + toCents(line.price) * line.quantity, 0);
      const discounts = order.lines.reduce((sum, line) => sum + toCents(line.discount), 0);
      expect(toCents(order.subtotal)).toBe(lines);
      expect(toCents(order.totalDiscounts)).toBe(discounts);
      expect(toCents(order.total)).toBe(lines - discounts + toCents(order.totalTax) + toCents(order.totalShipping));
    }
  });

  it("sell the shop's active variants, at their price, 1–3 lines an order", () => {
    const variants = new Map(products.flatMap((p) => p.variants.map((v) => [v.id, { product: p, variant: v }])));
    for (const order of orders) {
      expect(order.lines.length).toBeGreaterThanOrEqual(1);
      expect(order.lines.length).toBeLessThanOrEqual(3);
      for (const line of order.lines) {
        const sold = variants.get(line.variantId!)!;
        expect(sold.product.status).toBe("ACTIVE");
        expect(line).toMatchObject({ productId: sold.product.id, sku: sold.variant.sku, price: sold.variant.price });
      }
    }
    expect(orders.some((order) => order.lines.length > 1)).toBe(true);
  });

  it("belong to known customers or to guests who left an e-mail", () => {
    const ids = new Set(customers.map((c) => c.id));
    const guests = orders.filter((order) => order.customerId === null);
    expect(guests.length).toBeGreaterThan(0);
    expect(guests.every((order) => order.email)).toBe(true);
    for (const order of orders.filter((o) => o.customerId)) {
      expect(ids.has(order.customerId!)).toBe(true);
      expect(order.email).toBe(customers.find((c) => c.id === order.customerId)!.email);
    }
  });

  it("include cancelled and refunded orders, whose refunds return the order's own lines and no more than it cost", () => {
    expect(orders.filter((order) => order.cancelledAt).length).toBeGreaterThan(0);
    expect(orders.filter((order) => order.financialStatus === "REFUNDED").length).toBeGreaterThan(0);
    expect(orders.filter((order) => order.financialStatus === "PARTIALLY_REFUNDED").length).toBeGreaterThan(0);
    for (const order of orders) {
      const refunded = order.refunds.reduce((sum, refund) => sum + toCents(refund.amount), 0);
      expect(refunded).toBeLessThanOrEqual(toCents(order.total));
      for (const refund of order.refunds) {
        expect(refund.createdAt >= order.createdAt && Date.parse(refund.createdAt) < NOW.getTime()).toBe(true);
        for (const { lineId, quantity } of refund.lines)
          expect(quantity).toBeLessThanOrEqual(order.lines.find((line) => line.id === lineId)!.quantity);
      }
      if (order.cancelledAt) expect(order.cancelReason).toMatch(/^[A-Z]+$/);
    }
  });

  it("carry cart attributes on some orders", () => {
    expect(orders.some((order) => order.noteAttributes.length > 0)).toBe(true);
  });
});

describe("the installed app", () => {
  it("has the options' credentials and a deterministic offline access token", () => {
    expect(state.app).toMatchObject({ apiKey: "key", apiSecret: "secret", appUrl: "http://127.0.0.1:3000" });
    expect(state.app.appId).toMatch(/^\d+$/);
    expect(state.app.accessToken).toMatch(/^shpat_[0-9a-f]{32}$/);
    expect(state.app.installedAt).toBe(NOW.toISOString());
  });

  it("has the scopes and webhook subscriptions of shopify.app.toml", () => {
    expect(state.app.scopes).toEqual(expect.arrayContaining(["read_orders", "write_customers", "write_app_proxy"]));
    expect(state.app.webhookSubscriptions.map((s) => s.topic).sort()).toEqual([...WEBHOOK_TOPICS].sort());
    for (const { topic, uri } of state.app.webhookSubscriptions) expect(uri).toBe(`/webhooks/${topic}`);
  });
});
