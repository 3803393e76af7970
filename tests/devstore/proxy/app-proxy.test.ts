import "@shopify/shopify-api/adapters/node";
import { ApiVersion, shopifyApi } from "@shopify/shopify-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppProxyHandler } from "../../../devstore/proxy/app-proxy";
import { createStorefrontHandler } from "../../../devstore/storefront/handler";
import { mainContent, visibleText } from "../storefront/html";
import { APP_SECRET, stateFixture } from "../storefront/state-fixture";
import { Shopper, startStorefront, type RunningStorefront } from "../storefront/storefront-server";
import { startTestApp } from "./test-app";

const shopify = shopifyApi({
  apiKey: "fixture-api-key",
  apiSecretKey: APP_SECRET,
  apiVersion: ApiVersion.April26,
  isEmbeddedApp: false,
  hostName: "localhost",
  logger: { level: 0 },
});

function validSignature(url: URL) {
  return shopify.utils.validateHmac(Object.fromEntries(url.searchParams), { signator: "appProxy" });
}

let app: Awaited<ReturnType<typeof startTestApp>>;
let shop: RunningStorefront;
let shopper: Shopper;

beforeAll(async () => {
  app = await startTestApp({
    "/proxy/progress": (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Set-Cookie": "app=1", "X-Fieldtest": "progress" });
      response.end(JSON.stringify({ backers: 42, goal: 100 }));
    },
    "/proxy/exposures": (request, response) => {
      response.writeHead(201, { "Content-Type": "application/json" });
      response.end(
        JSON.stringify({ method: request.method, contentType: request.headers["content-type"], body: request.body }),
      );
    },
    "/proxy/preorder": (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/liquid" });
      response.end('<h1 class="proxy-page">Backers of {{ shop.name }}</h1><p>Pledged {{ 123456 | money }}</p>');
    },
    "/proxy/widget": (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/liquid; charset=utf-8" });
      response.end("{% layout none %}<p>{{ shop.permanent_domain }}</p>");
    },
  });
  shop = await startStorefront({
    state: () => ({ ...stateFixture(), app: { ...stateFixture().app, appUrl: app.url } }),
    handler: (store) => {
      const proxy = createAppProxyHandler(store);
      const storefront = createStorefrontHandler(store);
      return (request) =>
        new URL(request.url).pathname.startsWith("/apps/fieldtest") ? proxy(request) : storefront(request);
    },
  });
  shopper = new Shopper(shop.url);
});
afterAll(async () => {
  await shop?.close();
  await app?.close();
});

describe("the app proxy", () => {
  it("forwards /apps/fieldtest/<path> to the app's /proxy/<path> with Shopify's parameters", async () => {
    await shopper.get("/apps/fieldtest/progress?product=200");

    const { url, method } = app.lastRequest();
    expect(method).toBe("GET");
    expect(url.pathname).toBe("/proxy/progress");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      product: "200",
      shop: "northwind-test.myshopify.com",
      logged_in_customer_id: "",
      path_prefix: "/apps/fieldtest",
      timestamp: expect.stringMatching(/^\d{10}$/),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(Math.abs(Number(url.searchParams.get("timestamp")) - Date.now() / 1000)).toBeLessThan(5);
  });

  it("signs the query so that @shopify/shopify-api's own validator accepts it", async () => {
    await shopper.get("/apps/fieldtest/progress?product=200&utm_source=mail%20%26%20more");

    expect(await validSignature(app.lastRequest().url)).toBe(true);
  });

  it("fails that validation when the query is tampered with", async () => {
    await shopper.get("/apps/fieldtest/progress?product=200");
    const { url } = app.lastRequest();

    const otherProduct = new URL(url);
    otherProduct.searchParams.set("product", "300");
    const otherSignature = new URL(url);
    otherSignature.searchParams.set("signature", "0".repeat(64));
    expect(await validSignature(otherProduct)).toBe(false);
    expect(await validSignature(otherSignature)).toBe(false);
  });

  it("does not let a visitor set Shopify's parameters", async () => {
    await shopper.get("/apps/fieldtest/progress?logged_in_customer_id=500&shop=evil.myshopify.com");

    const { url } = app.lastRequest();
    expect(url.searchParams.getAll("logged_in_customer_id")).toEqual([""]);
    expect(url.searchParams.getAll("shop")).toEqual(["northwind-test.myshopify.com"]);
  });

  it("passes JSON through, without the app's cookies", async () => {
    const response = await shopper.get("/apps/fieldtest/progress");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-fieldtest")).toBe("progress");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.json()).toEqual({ backers: 42, goal: 100 });
  });

  it("forwards the method, body and content type of a POST, and no cookies", async () => {
    await shopper.submit("/cart/add", { id: "201" });
    const response = await shopper.postJson("/apps/fieldtest/exposures", { test: "t-7", arm: "b" });

    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      method: "POST",
      contentType: "application/json",
      body: '{"test":"t-7","arm":"b"}',
    });
    expect(app.lastRequest().headers.cookie).toBeUndefined();
    expect(await validSignature(app.lastRequest().url)).toBe(true);
  });

  it("renders an application/liquid answer inside the theme layout, with the shop's objects and filters", async () => {
    const response = await shopper.get("/apps/fieldtest/preorder");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<a class="header__shop" href="/">Northwind Test Shop</a>');
    expect(visibleText(mainContent(html))).toBe("Backers of Northwind Test Shop Pledged €1.234,56");
  });

  it("renders an answer that starts with {% layout none %} on its own", async () => {
    const response = await shopper.get("/apps/fieldtest/widget");

    expect(await response.text()).toBe("<p>northwind-test.myshopify.com</p>");
  });

  it("passes the app's 404 through", async () => {
    expect((await shopper.get("/apps/fieldtest/nowhere")).status).toBe(404);
  });
});
