import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { startDemoStack, type DemoStack } from "../support/demo-stack";
import { openBrowser, openPage, screenshot } from "./harness";

// The demo as a person meets it: the admin in Polaris's own frame, the storefront, and a
// checkout whose order reaches the app as a signed webhook.
let stack: DemoStack;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  stack = await startDemoStack();
  browser = await openBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe("the demo in Chromium", () => {
  it("shows the admin home with Polaris navigation, connected to the dev store, without console errors", async () => {
    const { page, response, problems } = await openPage(browser.context, stack.adminUrl);
    expect(response?.status()).toBe(200);
    await page.getByText("Connected to Fieldtest Demo Store").waitFor();
    for (const label of ["Research", "Preorder tests", "Discounts", "A/B tests", "Emails", "Settings"]) {
      expect(await page.getByRole("link", { name: label, exact: true }).count(), label).toBeGreaterThan(0);
    }
    await screenshot(page, "demo-admin-home");
    await page.getByRole("link", { name: "Settings", exact: true }).first().click();
    await page.getByRole("heading", { name: "Background jobs" }).waitFor();
    await screenshot(page, "demo-admin-settings");
    expect(problems).toEqual([]);
  });

  it("renders a storefront product page from the seeded catalogue", async () => {
    const product = stack.devStore.store.state.products.find((p) => p.status === "ACTIVE")!;
    const { page, response, problems } = await openPage(
      browser.context,
      `${stack.storefrontUrl}/products/${product.handle}`,
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(product.title);
    expect(await page.locator("img").first().getAttribute("src")).toContain(product.handle);
    await screenshot(page, "demo-storefront-product");
    expect(problems).toEqual([]);
  });

  it("turns a storefront checkout into an order the app receives through a signed webhook", async () => {
    const product = stack.devStore.store.state.products.find(
      (p) => p.status === "ACTIVE" && p.variants.some((v) => v.inventoryQuantity > 0),
    )!;
    const { page, problems } = await openPage(browser.context, `${stack.storefrontUrl}/products/${product.handle}`);
    await page.getByRole("button", { name: /add to cart/i }).click();
    await page.waitForURL(/\/cart/);
    await page
      .getByRole("link", { name: /check ?out/i })
      .or(page.getByRole("button", { name: /check ?out/i }))
      .first()
      .click();
    await page.waitForURL(/\/checkout/);
    await page.getByLabel(/email/i).fill("ada@example.com");
    for (const [label, value] of [
      [/first name/i, "Ada"],
      [/last name/i, "Lovelace"],
      [/address/i, "12 Analytical Row"],
      [/city/i, "London"],
      [/zip|postal/i, "N1 9GU"],
    ] as const) {
      const field = page.getByLabel(label).first();
      if (await field.count()) await field.fill(value);
    }
    await page.getByRole("button", { name: /pay now/i }).click();
    await page.waitForURL(/\/orders\//);
    await screenshot(page, "demo-storefront-order-status");
    expect(problems).toEqual([]);

    const order = stack.devStore.store.state.orders.at(-1)!;
    const shop = stack.devStore.store.state.shop.myshopifyDomain;
    await vi.waitFor(
      async () => {
        const deliveries = await db.webhookDelivery.findMany({
          where: { shop, topic: { in: ["orders/create", "orders/paid"] } },
        });
        expect(deliveries.map((d) => d.topic).sort()).toEqual(["orders/create", "orders/paid"]);
        const jobs = await db.job.findMany({ where: { shop, kind: "webhook" } });
        expect(jobs.every((job) => job.status === "succeeded")).toBe(true);
        expect(jobs.map((job) => JSON.parse(job.payload).payload.name)).toContain(order.name);
      },
      { timeout: 15_000, interval: 100 },
    );
  });
});
