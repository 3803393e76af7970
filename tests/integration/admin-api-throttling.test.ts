import { Session } from "@shopify/shopify-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeAdminApiToDevStore } from "../../app/shopify/dev-store-transport.server";
import { adminQuery, AdminApiError } from "../../app/shopify/graphql.server";
import { getShopSummary } from "../../app/shopify/shop.server";
import { sessionStorage, unauthenticated } from "../../app/shopify.server";
import { startDevStore, type RunningDevStore } from "../../devstore/server";

// The app's Admin API calls through Shopify's own client, against the dev store's leaky
// bucket (2000 points, 100 restored a second) on a clock the test moves.
const shop = "fieldtest-throttle.myshopify.com";
let now = new Date("2026-11-26T12:00:00Z");
let devStore: RunningDevStore;

const EXPENSIVE = `#graphql
  query Catalogue {
    products(first: 100) {
      nodes {
        id
        variants(first: 100) {
          nodes {
            id
            selectedOptions { name value }
          }
        }
      }
    }
  }
`;

beforeAll(async () => {
  devStore = await startDevStore({
    file: null,
    appUrl: "http://127.0.0.1:9",
    apiKey: process.env.SHOPIFY_API_KEY!,
    apiSecret: process.env.SHOPIFY_API_SECRET!,
    now: () => now,
    seed: { shopDomain: shop },
  });
  routeAdminApiToDevStore(devStore.url, shop);
  const session = new Session({ id: `offline_${shop}`, shop, state: "x", isOnline: false });
  session.accessToken = devStore.store.state.app.accessToken;
  await sessionStorage.storeSession(session);
});
afterAll(async () => {
  await devStore?.close();
});

/** Spends the bucket with raw requests until Shopify says Throttled; returns the last cost report. */
async function emptyTheBucket() {
  for (;;) {
    const response = await fetch(`${devStore.url}/admin/api/2026-04/graphql.json`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": devStore.store.state.app.accessToken },
      body: JSON.stringify({ query: EXPENSIVE }),
    });
    const body = await response.json();
    if (body.errors?.[0]?.extensions?.code === "THROTTLED") return body.extensions.cost;
  }
}

describe("the app's Admin API calls", () => {
  it("read the shop through the dev store with the same client and documents as in Shopify", async () => {
    const { admin } = await unauthenticated.admin(shop);
    expect(await getShopSummary(admin)).toMatchObject({ myshopifyDomain: shop, currencyCode: "USD" });
  });

  it("wait out a throttled response for exactly as long as the bucket needs, then succeed", async () => {
    const { admin } = await unauthenticated.admin(shop);
    const cost = await emptyTheBucket();
    const waits: number[] = [];
    const data = await adminQuery<{ products: { nodes: unknown[] } }>(admin, EXPENSIVE, undefined, {
      sleep: async (ms) => {
        waits.push(ms);
        now = new Date(now.getTime() + ms);
      },
    });
    expect(data.products.nodes.length).toBeGreaterThan(0);
    const missing = cost.requestedQueryCost - cost.throttleStatus.currentlyAvailable;
    expect(waits).toEqual([Math.ceil((missing / 100) * 1000)]);
  });

  it("give up with a clear error when throttling outlasts the retries", async () => {
    const { admin } = await unauthenticated.admin(shop);
    await emptyTheBucket();
    const waits: number[] = [];
    await expect(
      adminQuery(admin, EXPENSIVE, undefined, { throttleRetries: 2, sleep: async (ms) => void waits.push(ms) }),
    ).rejects.toThrow(AdminApiError);
    expect(waits).toHaveLength(2);
  });

  it("report GraphQL errors other than throttling at once", async () => {
    const { admin } = await unauthenticated.admin(shop);
    await expect(adminQuery(admin, "query { shop { definitelyNotAField } }")).rejects.toThrow(
      "Field 'definitelyNotAField' doesn't exist on type 'Shop'",
    );
  });
});
