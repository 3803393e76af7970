import { describe, expect, it } from "vitest";
import { ThrottleBuckets } from "../../../devstore/admin/cost/throttle-buckets";
import { executeAdminRequest } from "../../../devstore/admin/execute-admin-request";
import { adminClient } from "./admin-client";
import { ACCESS_TOKEN, NOW, openTestStore } from "./state-fixture";

/** The leaky bucket (2,000 points, 100 a second, per token), THROTTLED and MAX_COST_EXCEEDED. */

function clockAt(start: Date) {
  const clock = { now: start };
  return { clock, now: () => clock.now, advance: (ms: number) => (clock.now = new Date(clock.now.getTime() + ms)) };
}

describe("ThrottleBuckets", () => {
  it("starts full, takes what a request costs and restores 100 points a second up to 2,000", () => {
    const { now, advance } = clockAt(NOW);
    const buckets = new ThrottleBuckets(now);
    expect(buckets.status("token")).toEqual({ maximumAvailable: 2000, currentlyAvailable: 2000, restoreRate: 100 });
    expect(buckets.take("token", 1500)).toBe(true);
    expect(buckets.status("token").currentlyAvailable).toBe(500);
    expect(buckets.take("token", 600)).toBe(false);
    expect(buckets.status("token").currentlyAvailable).toBe(500);
    advance(1500);
    expect(buckets.status("token").currentlyAvailable).toBe(650);
    expect(buckets.take("token", 600)).toBe(true);
    advance(60_000);
    expect(buckets.status("token").currentlyAvailable).toBe(2000);
  });

  it("keeps one bucket per access token and gives back refunds", () => {
    const buckets = new ThrottleBuckets(() => NOW);
    buckets.take("a", 1000);
    buckets.refund("a", 400);
    expect(buckets.status("a").currentlyAvailable).toBe(1400);
    expect(buckets.status("b").currentlyAvailable).toBe(2000);
  });
});

describe("throttled requests", () => {
  it("answers THROTTLED without executing when the request costs more than the bucket holds", async () => {
    const store = openTestStore();
    const { now, advance } = clockAt(NOW);
    const buckets = new ThrottleBuckets(now);
    buckets.take(ACCESS_TOKEN, 1995);
    const mutation =
      'mutation { productCreate(product: { title: "Never created" }) { product { id } userErrors { field message } } }';
    const dependencies = { store, now, origin: "http://127.0.0.1", buckets };

    const throttled = await executeAdminRequest(
      { query: mutation, variables: {}, operationName: null, accessToken: ACCESS_TOKEN },
      dependencies,
    );
    expect(throttled).toEqual({
      status: 200,
      body: {
        errors: [
          {
            message: "Throttled",
            extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" },
          },
        ],
        extensions: {
          cost: {
            requestedQueryCost: 10,
            actualQueryCost: null,
            throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 5, restoreRate: 100 },
          },
        },
      },
    });
    expect(store.state.products.map((product) => product.title)).not.toContain("Never created");

    advance(100);
    const allowed = await executeAdminRequest(
      { query: mutation, variables: {}, operationName: null, accessToken: ACCESS_TOKEN },
      dependencies,
    );
    expect((allowed.body as { data: unknown }).data).toMatchObject({ productCreate: { userErrors: [] } });
    expect(store.state.products.map((product) => product.title)).toContain("Never created");
  });

  it("charges the actual cost and reports what is left", async () => {
    const client = adminClient();
    const query = "{ products(first: 10) { nodes { id } } }";
    const first = await client.request(query);
    expect(first.body.extensions?.cost).toEqual({
      requestedQueryCost: 6,
      actualQueryCost: 3,
      throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1997, restoreRate: 100 },
    });
    const second = await client.request(query);
    expect(second.body.extensions?.cost).toMatchObject({ throttleStatus: { currentlyAvailable: 1994 } });
  });

  it("refuses a query over 1,000 points with MAX_COST_EXCEEDED", async () => {
    const client = adminClient();
    const query =
      "{ products(first: 250) { nodes { variants(first: 250) { nodes { metafields(first: 250) { nodes { id } } } } } } }";
    const { status, body } = await client.request(query);
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message:
          "Query cost is 1729, which exceeds the single query max cost limit (1000).\n\n" +
          "See https://shopify.dev/docs/api/usage/rate-limits for more information on how the\n" +
          "cost of a query is calculated.\n\n" +
          "To query larger amounts of data with fewer limits, bulk operations should be used instead.\n" +
          "See https://shopify.dev/docs/api/usage/bulk-operations/queries for usage details.\n",
        extensions: {
          code: "MAX_COST_EXCEEDED",
          cost: 1729,
          maxCost: 1000,
          documentation: "https://shopify.dev/api/usage/rate-limits",
        },
      },
    ]);
    expect(body.extensions?.cost).toMatchObject({ requestedQueryCost: 1729, actualQueryCost: null });
  });
});
