import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { productViewsSince } from "../../app/pixel/product-views.server";
import { openBrowser, openPage } from "../browser/harness";
import { startDemoStack, type DemoStack } from "../support/demo-stack";

// The whole path in Chromium: the app (production build, demo mode) turns its web pixel on in
// the dev store when the admin first opens; a shopper opens a product page; the dev store's
// pixel manager runs storefront/pixel in its strict sandbox (opaque-origin iframe + worker),
// which posts the view cross-origin to the app; the app's database has it, once.
let stack: DemoStack;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let shop: string;

beforeAll(async () => {
  stack = await startDemoStack();
  browser = await openBrowser();
  shop = stack.devStore.store.state.shop.myshopifyDomain;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

function activeProducts() {
  return stack.devStore.store.state.products.filter((p) => p.status === "ACTIVE");
}

type ConsentWindow = { Shopify: { customerPrivacy: { setTrackingConsent(consent: object, done: () => void): void } } };

const viewsOf = (productId: string) => db.productView.findMany({ where: { shop, productId } });

describe("product views from the storefront", { timeout: 60_000 }, () => {
  it("activates the pixel in the dev store when the app is installed", async () => {
    expect(stack.devStore.store.state.webPixel).toBeUndefined();
    expect((await fetch(stack.adminUrl)).status).toBe(200);
    const pixel = stack.devStore.store.state.webPixel;
    expect(pixel).toBeDefined();
    expect(JSON.parse(pixel!.settings)).toEqual({ endpoint: `${stack.app.url}/pixel/events`, shopDomain: shop });
  });

  it("records exactly one view when a shopper opens a product page", async () => {
    const product = activeProducts()[0];
    const { page, response, problems } = await openPage(
      browser.context,
      `${stack.storefrontUrl}/products/${product.handle}`,
    );
    expect(response?.status()).toBe(200);
    expect(await page.locator('iframe[sandbox="allow-scripts"]').count()).toBe(1);

    await vi.waitFor(async () => expect(await viewsOf(product.id)).toHaveLength(1), { timeout: 10_000, interval: 100 });
    // Nothing else arrives late: still one view, for the variant the page shows.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const views = await viewsOf(product.id);
    expect(views).toHaveLength(1);
    const shown = await page.locator("form.product-form input[name=id]").inputValue();
    expect(views[0]).toMatchObject({ shop, productId: product.id, variantId: shown });
    expect(views[0].eventId).toMatch(/^sh-/);
    expect(await db.productView.count({ where: { shop } })).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("counts a second visit as a second view by the same visitor", async () => {
    const product = activeProducts()[0];
    const since = new Date(Date.now() - 60_000);
    const { page } = await openPage(browser.context, `${stack.storefrontUrl}/products/${product.handle}`);
    await vi.waitFor(async () => expect(await viewsOf(product.id)).toHaveLength(2), { timeout: 10_000, interval: 100 });
    expect(await productViewsSince(db, shop, `gid://shopify/Product/${product.id}`, since)).toEqual({
      views: 2,
      visitors: 1,
    });
    await page.close();
  });

  it("sends nothing while the visitor declines analytics, and the page's view once they allow it", async () => {
    const [, declined, allowed] = activeProducts();
    const setConsent = (page: Page, analytics: boolean) =>
      page.evaluate(
        (analytics) =>
          new Promise<void>((resolve) =>
            (window as unknown as ConsentWindow).Shopify.customerPrivacy.setTrackingConsent({ analytics }, resolve),
          ),
        analytics,
      );
    const first = await openPage(browser.context, `${stack.storefrontUrl}/products/${declined.handle}`);
    await vi.waitFor(async () => expect(await viewsOf(declined.id)).toHaveLength(1), {
      timeout: 10_000,
      interval: 100,
    });
    await setConsent(first.page, false);
    await first.page.reload({ waitUntil: "networkidle" });
    // The pixel is not even loaded: no sandbox frame on the page.
    expect(await first.page.locator("iframe[sandbox]").count()).toBe(0);
    await first.page.close();

    // On the next page the visitor allows analytics: the pixel loads then and gets that page's events.
    const second = await openPage(browser.context, `${stack.storefrontUrl}/products/${allowed.handle}`);
    expect(await second.page.locator("iframe[sandbox]").count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await viewsOf(allowed.id)).toHaveLength(0);
    await setConsent(second.page, true);
    await vi.waitFor(async () => expect(await viewsOf(allowed.id)).toHaveLength(1), { timeout: 10_000, interval: 100 });
    // The declined reload never reported (its view would have arrived before this one).
    expect(await viewsOf(declined.id)).toHaveLength(1);
    expect([...first.problems, ...second.problems]).toEqual([]);
  });
});
