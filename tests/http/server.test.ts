import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { fixture, signedWebhookRequest } from "../support/webhooks";
import { startApp, type RunningApp } from "../support/server";

// The production server over real HTTP, with its own job worker, on this file's database.
let app: RunningApp;
const shop = "fieldtest-http.myshopify.com";

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: process.env.DATABASE_URL!, JOB_WORKER: "on", JOB_POLL_INTERVAL_MS: "50" });
});
afterAll(async () => {
  await app?.stop();
});

async function post(request: Request) {
  const url = new URL(request.url);
  return fetch(`${app.url}${url.pathname}`, { method: "POST", headers: request.headers, body: await request.text() });
}

describe("the app server", () => {
  it("answers its health check from the database", async () => {
    const response = await fetch(`${app.url}/health`);
    expect(await response.json()).toMatchObject({ ok: true, database: expect.stringMatching(/sqlite|postgresql/) });
  });

  it("takes a signed webhook, answers at once, and its worker processes it once", async () => {
    const order = fixture("orders_create_captured_2025-08-07.json");
    const request = () => signedWebhookRequest({ topic: "orders/create", shop, body: order, webhookId: "http-1" });
    const started = performance.now();
    const first = await post(request());
    const elapsed = performance.now() - started;
    expect(first.status).toBe(200);
    expect(elapsed).toBeLessThan(1000);
    expect((await post(request())).status).toBe(200);

    await vi.waitFor(
      async () =>
        expect((await db.job.findUniqueOrThrow({ where: { key: "webhook:http-1" } })).status).toBe("succeeded"),
      {
        timeout: 10_000,
        interval: 50,
      },
    );
    expect(await db.job.count({ where: { shop } })).toBe(1);
  });

  it("refuses a forged webhook with 401", async () => {
    const forged = signedWebhookRequest({ topic: "orders/paid", shop, body: { id: 1 }, secret: "guess" });
    expect((await post(forged)).status).toBe(401);
  });

  it("shuts down gracefully on SIGTERM", async () => {
    expect(await app.stop("SIGTERM")).toBe(0);
    expect(app.output()).toContain("SIGTERM: shutting down");
  });
});
