import autocannon from "autocannon";
import { afterAll, beforeAll, bench, describe } from "vitest";
import { addDays } from "../../app/shop-time/calendar-date";
import { localDateOf } from "../../app/shop-time/shop-time-zone";
import { signedProxyQuery } from "../../devstore/proxy/proxy-signature";
import { startDemoStack, type DemoStack } from "../support/demo-stack";

// The preorder block's live numbers under load: 200 shoppers at once asking the app's progress
// endpoint (signature check, test and its lines read, progress and verdict computed), against
// the same server answering a static file. Needs the production build (npm run build).
const CONNECTIONS = 200;
const SECONDS = 8;

let stack: DemoStack;
let progressUrl: string;

beforeAll(async () => {
  stack = await startDemoStack();
  const { state } = stack.devStore.store;
  const product = state.products.find((p) => p.status === "ACTIVE" && p.variants.length > 0)!;
  const today = localDateOf(new Date(), state.shop.ianaTimezone);
  const created = await fetch(`${stack.app.url}/app/preorders/new`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({
      productId: `gid://shopify/Product/${product.id}`,
      variantIds: `gid://shopify/ProductVariant/${product.variants[0].id}`,
      paymentModel: "full",
      shipDate: addDays(today, 60),
      goalKind: "units",
      goalValue: "100",
      deadline: addDays(today, 30),
    }),
  });
  const testId = created.headers.get("location")!.split("/").pop()!;
  const query = signedProxyQuery(
    new URLSearchParams(),
    {
      shop: state.shop.myshopifyDomain,
      loggedInCustomerId: "",
      pathPrefix: "/apps/fieldtest",
      timestamp: Math.floor(Date.now() / 1000),
    },
    state.app.apiSecret,
  );
  progressUrl = `${stack.app.url}/proxy/preorders/${testId}/progress?${query}`;
  const check = await fetch(progressUrl);
  if (check.status !== 200) throw new Error(`The progress endpoint answered ${check.status}: ${await check.text()}`);
  // Warm both paths up (JIT, database connections) before anything is measured.
  await load(`${stack.app.url}/favicon.svg`, 2);
  await load(progressUrl, 2);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

async function load(url: string, seconds = SECONDS) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result;
}

const results: Record<string, autocannon.Result> = {};
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

describe(`preorder progress endpoint, ${CONNECTIONS} concurrent shoppers for ${SECONDS} s`, () => {
  bench(
    "baseline: a static file from the same server",
    async () => void (results.static = await load(`${stack.app.url}/favicon.svg`)),
    once,
  );
  bench(
    "GET /apps/fieldtest/preorders/<id>/progress (signed)",
    async () => {
      results.progress = await load(progressUrl);
      const { static: base, progress } = results;
      console.log(
        `progress endpoint: p50 ${progress.latency.p50} ms, p99 ${progress.latency.p99} ms, ${Math.round(progress.requests.average)} req/s; ` +
          `static file: p50 ${base.latency.p50} ms, p99 ${base.latency.p99} ms, ${Math.round(base.requests.average)} req/s; ` +
          `ratio p50 ${(progress.latency.p50 / Math.max(base.latency.p50, 1)).toFixed(1)}×, ` +
          `throughput ${(base.requests.average / progress.requests.average).toFixed(1)}× lower`,
      );
    },
    once,
  );
});
