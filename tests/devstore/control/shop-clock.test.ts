import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevStore, type RunningDevStore } from "../../../devstore/server";
import type { TimeTieredDiscount } from "../../../storefront/tiered-discount/src/tiered-discount-config";
import { startTestApp } from "../proxy/test-app";
import { createTieredDiscount } from "../support/discounts";
import { setShopClock } from "../support/shop-clock";
import { Shopper } from "../storefront/storefront-server";

/**
 * One clock for the whole dev store: moved through the back office, it moves the Admin API's
 * discount statuses, the storefront's time-tiered prices and Liquid's 'now' alike. The
 * seeded shop is in New York (EDT, UTC−4, in May).
 */

let app: Awaited<ReturnType<typeof startTestApp>>;
let devStore: RunningDevStore;
let admin: (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ body: Record<string, unknown> & { data?: Record<string, unknown> | null } }>;

beforeAll(async () => {
  // An app proxy page in Liquid, rendered by the storefront.
  app = await startTestApp({
    "/proxy/now": (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/liquid" });
      response.end("{% layout none %}{{ 'now' | date: '%s' }} {{ 'today' | date: '%Y-%m-%d %H:%M:%S %z' }}");
    },
  });
  devStore = await startDevStore({
    file: null,
    appUrl: app.url,
    apiKey: "devstore-test-key",
    apiSecret: "devstore-test-secret",
    now: () => new Date("2026-04-30T12:00:00Z"),
  });
  admin = async (query, variables = {}) => {
    const response = await fetch(`${devStore.url}/admin/api/2026-04/graphql.json`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": devStore.store.state.app.accessToken },
      body: JSON.stringify({ query, variables }),
    });
    return { body: await response.json() };
  };
});
afterAll(async () => {
  await devStore.close();
  await app.close();
});

function sellable() {
  const product = devStore.store.state.products.find(
    (candidate) =>
      candidate.status === "ACTIVE" && !candidate.requiresSellingPlan && candidate.variants[0].inventoryQuantity > 0,
  )!;
  return { product, variant: product.variants[0], cents: Math.round(Number(product.variants[0].price) * 100) };
}

describe("the shop's clock", () => {
  it("moves with set-clock: discount statuses and time tiers follow it", async () => {
    const { product, variant, cents } = sellable();
    const config: TimeTieredDiscount = {
      version: 1,
      kind: "time",
      appliesTo: { productIds: [`gid://shopify/Product/${product.id}`], collectionIds: [] },
      tiers: [
        { startsAt: "2026-05-01T14:00:00", endsAt: "2026-05-01T15:00:00", percentage: 50, message: "50% off" },
        { startsAt: "2026-05-01T15:00:00", endsAt: "2026-05-01T17:00:00", percentage: 40, message: "40% off" },
        { startsAt: "2026-05-01T17:00:00", endsAt: "2026-05-02T00:00:00", percentage: 30, message: "30% off" },
      ],
    };
    const id = await createTieredDiscount(admin, { title: "Launch day", config, startsAt: "2026-05-01T04:00:00Z" });
    const status = async () =>
      (
        (
          await admin(
            `query ($id: ID!) { discountNode(id: $id) { discount { ... on DiscountAutomaticApp { status } } } }`,
            { id },
          )
        ).body.data as { discountNode: { discount: { status: string } } }
      ).discountNode.discount.status;
    expect(await status()).toBe("SCHEDULED");

    const shopper = new Shopper(devStore.url);
    await shopper.postJson("/cart/add.js", { items: [{ id: Number(variant.id), quantity: 1 }] });
    const price = async () => ((await (await shopper.get("/cart.js")).json()) as { total_price: number }).total_price;
    expect(await price()).toBe(cents);

    for (const [at, percentage] of [
      ["2026-05-01T18:30:00Z", 50],
      ["2026-05-01T19:00:00Z", 40],
      ["2026-05-01T21:30:00Z", 30],
      ["2026-05-02T04:00:00Z", 0],
    ] as const) {
      await setShopClock(devStore.url, at);
      expect({ at, price: await price() }).toEqual({ at, price: cents - Math.round((cents * percentage) / 100) });
    }
    expect(await status()).toBe("ACTIVE");
    expect(devStore.clock.now().toISOString()).toBe("2026-05-02T04:00:00.000Z");
  });

  it("is Liquid's 'now' on the storefront, in the shop's time zone", async () => {
    const shopper = new Shopper(devStore.url);
    await setShopClock(devStore.url, "2031-07-04T09:15:30Z");
    expect(await shopper.page("/apps/fieldtest/now")).toBe("1940922930 2031-07-04 05:15:30 -0400");
    expect(await shopper.page("/")).toContain("© 2031 ");

    devStore.clock.set(new Date("2030-01-01T04:59:59Z"));
    expect(await shopper.page("/apps/fieldtest/now")).toBe("1893473999 2029-12-31 23:59:59 -0500");
  });

  it("refuses a time that is not an ISO 8601 date and time with its offset", async () => {
    await expect(setShopClock(devStore.url, "tomorrow")).rejects.toThrow(/refused to move its clock \(400\)/);
    await expect(setShopClock(devStore.url, "2026-05-01T12:00:00")).rejects.toThrow(/\(400\)/);
  });
});
