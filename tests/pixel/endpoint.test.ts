import { afterAll, beforeAll, describe, expect, it } from "vitest";
import db from "../../app/db.server";
import { startApp, type RunningApp } from "../support/server";

// POST /pixel/events on the production server over real HTTP, on this file's database, called
// the way the pixel calls it from Shopify's sandbox: cross-origin (Origin: null), text/plain.
let app: RunningApp;
const shop = "fieldtest-pixel.myshopify.com";
const ORIGIN = { Origin: "null" };

const view = (fields: Record<string, unknown> = {}) => ({
  shop,
  productId: "gid://shopify/Product/8001",
  variantId: "9001",
  eventId: "sh-endpoint-1",
  clientId: "browser-1",
  timestamp: new Date().toISOString(),
  ...fields,
});

function post(body: string, headers: Record<string, string> = { "Content-Type": "text/plain;charset=UTF-8" }) {
  return fetch(`${app.url}/pixel/events`, { method: "POST", headers: { ...ORIGIN, ...headers }, body });
}

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: process.env.DATABASE_URL!, JOB_WORKER: "off" });
  await db.shop.create({ data: { shop, scope: "write_pixels,read_customer_events" } });
  await db.shop.create({ data: { shop: "gone.myshopify.com", uninstalledAt: new Date() } });
});
afterAll(async () => {
  await app?.stop();
});

describe("POST /pixel/events", () => {
  it("answers a CORS preflight for any origin", async () => {
    const response = await fetch(`${app.url}/pixel/events`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://fieldtest-pixel.myshopify.com",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Methods")).toContain("POST");
    expect(response.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain("content-type");
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
  });

  it("records a view once, however often the same event arrives", async () => {
    const body = JSON.stringify(view());
    const first = await post(body);
    expect(first.status).toBe(200);
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await first.json()).toEqual({ recorded: true });

    const again = await post(body, { "Content-Type": "application/json" });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ recorded: false, duplicate: true });

    const rows = await db.productView.findMany({ where: { shop } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ shop, eventId: "sh-endpoint-1", productId: "8001", variantId: "9001" });
    expect(rows[0].visitor).not.toContain("browser-1");
  });

  it("refuses a body that is not JSON, or not a product view, with 400 and the reason", async () => {
    const notJson = await post("{nope");
    expect(notJson.status).toBe(400);
    expect(notJson.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await notJson.json()).toEqual({ error: "The body is not JSON." });

    const noProduct = await post(JSON.stringify(view({ productId: undefined, eventId: "sh-endpoint-2" })));
    expect(noProduct.status).toBe(400);
    expect((await noProduct.json()).error).toMatch(/^Not a product view: productId /);
    expect(await db.productView.count({ where: { eventId: "sh-endpoint-2" } })).toBe(0);
  });

  it("refuses views for shops without Fieldtest, unknown or uninstalled", async () => {
    for (const other of ["stranger.myshopify.com", "gone.myshopify.com"]) {
      const response = await post(JSON.stringify(view({ shop: other, eventId: `sh-${other}` })));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: `${other} does not have Fieldtest installed.` });
    }
    expect(await db.productView.count({ where: { shop: { not: shop } } })).toBe(0);
  });

  it("refuses an oversize body, with 413 when it says its length, and stores nothing", async () => {
    const padded = JSON.stringify(view({ eventId: "sh-endpoint-big", padding: "x".repeat(4096) }));
    const declared = await post(padded);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: "The body is larger than 2048 bytes." });

    // Without a length, the server stops reading at the limit and drops the connection (a browser's
    // beacon always says its length, so only a hand-made client meets this).
    const chunks = new TextEncoder().encode(padded);
    const streamed = await fetch(`${app.url}/pixel/events`, {
      method: "POST",
      headers: { ...ORIGIN, "Content-Type": "text/plain" },
      body: new ReadableStream({
        start(controller) {
          for (let at = 0; at < chunks.length; at += 512) controller.enqueue(chunks.slice(at, at + 512));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit).then(
      (response) => response.status,
      (error: Error) => error.message,
    );
    expect([413, "fetch failed"]).toContain(streamed);
    expect(await db.productView.count({ where: { eventId: "sh-endpoint-big" } })).toBe(0);
  });

  it("refuses a visitor's views past a burst of 30 with 429 and Retry-After, and stores none of those", async () => {
    const flood = (n: number, clientId = "flood") =>
      post(JSON.stringify(view({ clientId, eventId: `sh-flood-${clientId}-${n}` })));
    const started = Date.now();
    let accepted = 0;
    let refused: Response | undefined;
    for (let n = 0; n < 100 && !refused; n++) {
      const response = await flood(n);
      if (response.status === 200) accepted++;
      else refused = response;
    }
    // 30 at once, and one more for each second the loop took (a token a second).
    expect(accepted).toBeGreaterThanOrEqual(30);
    expect(accepted).toBeLessThanOrEqual(30 + Math.ceil((Date.now() - started) / 1000));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(await refused?.json()).toEqual({ error: "Too many product views: slow down." });
    expect(await db.productView.count({ where: { eventId: { startsWith: "sh-flood-flood-" } } })).toBe(accepted);
    // Another shopper is not held back.
    expect((await flood(0, "another")).status).toBe(200);
  });

  it("refuses other content types and methods", async () => {
    const form = await post("a=1", { "Content-Type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    const get = await fetch(`${app.url}/pixel/events`);
    expect(get.status).toBe(405);
    expect(get.headers.get("Allow")).toBe("POST, OPTIONS");
  });
});
