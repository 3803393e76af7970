import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Session } from "@shopify/shopify-api";
import { getJwt } from "@shopify/shopify-api/test-helpers";

// authenticate.admin must find the stored offline session and never call Shopify (token
// exchange). @shopify/shopify-api keeps the fetch it finds when app code loads, so this
// guard goes in before any import of the app.
const network = vi.hoisted(() => {
  const attempted: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return realFetch(input, init);
    attempted.push(url.href);
    return Promise.reject(new Error(`A test tried to reach ${url.href}`));
  };
  return { attempted };
});

import db from "../../app/db.server";
import { sessionStorage } from "../../app/shopify.server";
import * as home from "../../app/routes/app._index";
import * as research from "../../app/routes/app.research";
import * as preorders from "../../app/routes/app.preorders";
import * as discounts from "../../app/routes/app.discounts";
import * as abTests from "../../app/routes/app.ab-tests";
import * as emails from "../../app/routes/app.emails";
import * as settings from "../../app/routes/app.settings";
import * as privacyReport from "../../app/routes/app.settings.privacy.$id";
import { routeAdminApiToDevStore } from "../../app/shopify/dev-store-transport.server";
import { startDevStore, type RunningDevStore } from "../../devstore/server";
import { startApp, type RunningApp } from "../support/server";

const shop = "test-shop.myshopify.com";
const otherShop = "other-shop.myshopify.com";
const host = Buffer.from(`${shop}/admin`).toString("base64");

async function sessionToken(secret = process.env.SHOPIFY_API_SECRET!) {
  const { token } = await getJwt(shop.replace(".myshopify.com", ""), process.env.SHOPIFY_API_KEY!, secret);
  return token;
}

/** The admin loading a page in its iframe: the session token is in the URL. */
async function pageUrl(path: string, origin = "https://fieldtest.test") {
  const url = new URL(path, origin);
  url.search = new URLSearchParams({ embedded: "1", shop, host, id_token: await sessionToken() }).toString();
  return url.href;
}

/** A form post from the embedded page: App Bridge sends the session token as a bearer header. */
async function formPost(path: string, fields: Record<string, string>) {
  return new Request(new URL(path, "https://fieldtest.test"), {
    method: "POST",
    headers: { Authorization: `Bearer ${await sessionToken()}` },
    body: new URLSearchParams(fields),
  });
}

const args = (request: Request, params: LoaderFunctionArgs["params"] = {}) => ({ request, params, context: {} });

async function thrownResponse(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("Expected a Response to be thrown");
}

/** An action's result as the browser gets it: `data(body, status)` or a plain body (200). */
function outcome(result: unknown): { status: number; body: unknown } {
  const withInit = result as { type?: string; data?: unknown; init?: ResponseInit | null };
  if (withInit.type === "DataWithResponseInit") return { status: withInit.init?.status ?? 200, body: withInit.data };
  return { status: 200, body: result };
}

async function addJob(jobShop: string, status: string, extra: { lastError?: string; updatedAt?: Date } = {}) {
  return db.job.create({
    data: {
      kind: "webhook",
      key: randomUUID(),
      payload: "{}",
      shop: jobShop,
      status,
      attempts: status === "failed" ? 8 : 1,
      maxAttempts: 8,
      ...extra,
    },
  });
}

// The shop's Admin API is the local dev store, holding this shop's data and token.
let devStore: RunningDevStore;
beforeAll(async () => {
  devStore = await startDevStore({
    file: null,
    appUrl: "https://fieldtest.test",
    apiKey: process.env.SHOPIFY_API_KEY!,
    apiSecret: process.env.SHOPIFY_API_SECRET!,
    seed: { shopDomain: shop },
  });
  devStore.store.state.app.accessToken = "token";
  routeAdminApiToDevStore(devStore.url, shop);
  await sessionStorage.storeSession(
    new Session({
      id: `offline_${shop}`,
      shop,
      state: "x",
      isOnline: false,
      accessToken: "token",
      scope: process.env.SCOPES,
    }),
  );
});

beforeEach(async () => {
  await db.job.deleteMany({ where: { shop: { in: [shop, otherShop] } } });
  await db.customerDataRequest.deleteMany({ where: { shop: { in: [shop, otherShop] } } });
});

afterEach(() => {
  expect(network.attempted).toEqual([]);
});

afterAll(async () => {
  await devStore?.close();
});

const pages = [
  { name: "Home", path: "/app", route: home },
  { name: "Research board", path: "/app/research", route: research },
  { name: "Preorder tests", path: "/app/preorders", route: preorders },
  { name: "Tiered discounts", path: "/app/discounts", route: discounts },
  { name: "A/B tests", path: "/app/ab-tests", route: abTests },
  { name: "Email flows", path: "/app/emails", route: emails },
  { name: "Settings", path: "/app/settings", route: settings },
];

describe("admin pages", () => {
  it.each(pages)("$name loads for a signed-in merchant", async ({ path, route }) => {
    await expect(route.loader(args(new Request(await pageUrl(path))))).resolves.not.toBeInstanceOf(Response);
  });

  it("Home shows the shop it is connected to, read through the Admin API", async () => {
    const { shop: summary } = await home.loader(args(new Request(await pageUrl("/app"))));
    const { shop: seeded } = devStore.store.state;
    expect(summary).toEqual({
      name: seeded.name,
      myshopifyDomain: shop,
      currencyCode: seeded.currencyCode,
      ianaTimezone: seeded.ianaTimezone,
    });
  });

  it.each(pages)("$name sends a visitor without a session token to the login page", async ({ path, route }) => {
    const response = await thrownResponse(route.loader(args(new Request(new URL(path, "https://fieldtest.test")))));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/auth/login");
  });

  it.each(pages)("$name refuses a forged session token with 401", async ({ path, route }) => {
    const forged = await sessionToken("not-the-app-secret");
    const request = new Request(new URL(path, "https://fieldtest.test"), {
      headers: { Authorization: `Bearer ${forged}` },
    });
    expect((await thrownResponse(route.loader(args(request)))).status).toBe(401);
  });
});

describe("Settings › Background jobs", () => {
  it("counts the signed-in shop's jobs by status", async () => {
    await addJob(shop, "queued");
    await addJob(shop, "queued");
    await addJob(shop, "failed");
    await addJob(otherShop, "running");
    await addJob(otherShop, "failed");

    const { jobCounts } = await settings.loader(args(new Request(await pageUrl("/app/settings"))));

    expect(jobCounts).toEqual({ queued: 2, running: 0, succeeded: 0, failed: 1 });
  });

  it("lists only the signed-in shop's jobs, most recently updated first", async () => {
    const older = await addJob(shop, "succeeded", { updatedAt: new Date("2026-11-25T08:00:00Z") });
    const newer = await addJob(shop, "failed", {
      lastError: "Shopify answered 502",
      updatedAt: new Date("2026-11-26T09:30:00Z"),
    });
    await addJob(otherShop, "failed");

    const { jobs } = await settings.loader(args(new Request(await pageUrl("/app/settings"))));

    expect(jobs.map((job) => job.id)).toEqual([newer.id, older.id]);
    expect(jobs[0]).toMatchObject({
      kind: "webhook",
      status: "failed",
      attempts: 8,
      maxAttempts: 8,
      lastError: "Shopify answered 502",
      updatedAt: "2026-11-26T09:30:00.000Z",
    });
  });

  it("retries a failed job of the signed-in shop", async () => {
    const job = await addJob(shop, "failed", { lastError: "timeout" });

    const result = outcome(
      await settings.action(args(await formPost("/app/settings", { intent: "retry", jobId: job.id }))),
    );

    expect(result).toMatchObject({ status: 200, body: { ok: true } });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "queued", attempts: 0 });
  });

  it("refuses to retry another shop's job with 404", async () => {
    const job = await addJob(otherShop, "failed");

    const result = outcome(
      await settings.action(args(await formPost("/app/settings", { intent: "retry", jobId: job.id }))),
    );

    expect(result).toMatchObject({
      status: 404,
      body: { ok: false, message: expect.stringContaining("not a failed job") },
    });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "failed", attempts: 8 });
  });

  it("refuses to retry a job that has not failed with 404", async () => {
    const job = await addJob(shop, "running");

    const result = outcome(
      await settings.action(args(await formPost("/app/settings", { intent: "retry", jobId: job.id }))),
    );

    expect(result.status).toBe(404);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("running");
  });

  it.each<{ case: string; fields: Record<string, string> }>([
    { case: "no job id", fields: { intent: "retry" } },
    { case: "an empty job id", fields: { intent: "retry", jobId: "" } },
    { case: "an unknown intent", fields: { intent: "delete", jobId: "some-job" } },
  ])("refuses a form with $case with 400", async ({ fields }) => {
    const result = outcome(await settings.action(args(await formPost("/app/settings", fields))));

    expect(result).toMatchObject({ status: 400, body: { ok: false, message: expect.stringContaining("incomplete") } });
  });
});

describe("Settings › Privacy requests", () => {
  async function addDataRequest(requestShop: string, customerId: string) {
    const report = JSON.stringify({ shop: requestShop, customer: { id: customerId }, records: {} });
    return db.customerDataRequest.create({
      data: { shop: requestShop, customerId, requestId: randomUUID(), report },
    });
  }

  it("lists only the signed-in shop's data requests, without their reports", async () => {
    const mine = await addDataRequest(shop, "191167");
    await addDataRequest(otherShop, "555");

    const { privacyRequests } = await settings.loader(args(new Request(await pageUrl("/app/settings"))));

    expect(privacyRequests).toEqual([
      {
        id: mine.id,
        customerId: "191167",
        requestId: mine.requestId,
        receivedAt: mine.createdAt.toISOString(),
        fileName: "customer-191167-data.json",
      },
    ]);
  });

  it("downloads a data request's report as a JSON attachment", async () => {
    const mine = await addDataRequest(shop, "191167");
    const request = new Request(`https://fieldtest.test/app/settings/privacy/${mine.id}`, {
      headers: { Authorization: `Bearer ${await sessionToken()}` },
    });

    const response = await privacyReport.loader(args(request, { id: mine.id }));

    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="customer-191167-data.json"');
    expect(await response.text()).toBe(mine.report);
  });

  it("answers 404 for another shop's data request", async () => {
    const theirs = await addDataRequest(otherShop, "555");
    const request = new Request(`https://fieldtest.test/app/settings/privacy/${theirs.id}`, {
      headers: { Authorization: `Bearer ${await sessionToken()}` },
    });

    expect((await thrownResponse(privacyReport.loader(args(request, { id: theirs.id })))).status).toBe(404);
  });
});

// The production build over real HTTP: the layout, App Bridge and Polaris render each page.
// authenticate.admin answers 410 to bots, and Node's fetch says "node"; the admin is a browser.
const browser = {
  "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
};
describe("admin pages over HTTP", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({
      NODE_ENV: "test",
      DATABASE_URL: process.env.DATABASE_URL!,
      JOB_WORKER: "off",
      DEV_STORE_URL: devStore.url,
      DEV_STORE_SHOP: shop,
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    { path: "/app", text: "Start a preorder test" },
    { path: "/app/research", text: "Collect product ideas while you browse Amazon and Reddit" },
    { path: "/app/preorders", text: "Prove demand before you buy stock" },
    { path: "/app/discounts", text: "Reward your first buyers with tiered discounts" },
    { path: "/app/ab-tests", text: "Find out which product page sells better" },
    { path: "/app/emails", text: "Bring buyers back after their first order" },
    { path: "/app/settings", text: "Background jobs" },
  ])("renders $path inside the admin", async ({ path, text }) => {
    const response = await fetch(await pageUrl(path, app.url), { headers: browser });

    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(text);
    expect(html).toContain(`data-api-key="${process.env.SHOPIFY_API_KEY}"`);
  });

  it("shows a failed job with its Retry button on the Settings page", async () => {
    await addJob(shop, "failed", { lastError: "Shopify answered 502" });

    const html = await (await fetch(await pageUrl("/app/settings", app.url), { headers: browser })).text();

    expect(html).toContain("Shopify answered 502");
    expect(html).toContain("8 of 8");
    expect(html).toContain('name="intent" value="retry"');
  });
});
