import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDateTimeAt } from "../../app/shop-time/shop-local-time";
import { startDemoStack, type DemoStack } from "../support/demo-stack";
import { openBrowser, openPage, screenshot } from "./harness";

// A launch flash sale as people meet it: the merchant creates the time tiers in the admin; a
// shopper sees the current tier and the countdown to the next on the product page, and the
// cart is discounted by the Function.
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

describe("a time-tiered discount in Chromium", () => {
  it("is created in the admin, and the product page shows its tier and a countdown to the next", async () => {
    const { state } = stack.devStore.store;
    const timeZone = state.shop.ianaTimezone;
    const product = state.products.find((p) => p.title === "Folding Storage Ottoman")!;
    // datetime-local values on the shop's wall clock, to the minute.
    const shopTime = (minutes: number) =>
      localDateTimeAt(new Date(Date.now() + minutes * 60_000), timeZone).slice(0, 16);
    const firstEnds = shopTime(45);

    const admin = await openPage(browser.context, `${stack.adminUrl}/discounts/new`);
    await admin.page.getByLabel("Title").fill("Launch flash sale");
    await admin.page.getByLabel("Starts").first().fill(shopTime(-15));
    await admin.page.getByLabel("Ends").first().fill(firstEnds);
    await admin.page.getByLabel("Percentage off").first().fill("50");
    await admin.page.getByLabel("Message at checkout").first().fill("Launch hour");
    await admin.page.getByRole("button", { name: "Add tier" }).click();
    // The new tier starts where the first ends.
    await expect(admin.page.getByLabel("Starts").nth(1).inputValue()).resolves.toBe(firstEnds);
    await admin.page.getByLabel("Percentage off").nth(1).fill("40");
    await admin.page.getByLabel("Message at checkout").nth(1).fill("Launch afternoon");
    await admin.page.getByText(/50 ?%/).first().waitFor();
    await screenshot(admin.page, "tiered-discount-admin-form");
    await admin.page.getByRole("button", { name: "Create discount" }).click();
    await admin.page.waitForURL(/\/app\/discounts\/\d+$/);

    await admin.page.goto(`${stack.adminUrl}/discounts`);
    await admin.page.getByText("Launch flash sale").waitFor();
    await admin.page.getByText(`50 % off until ${firstEnds.slice(11)}`).waitFor();
    await screenshot(admin.page, "tiered-discount-admin-list");
    expect(admin.problems).toEqual([]);

    const shopper = await openPage(browser.context, `${stack.storefrontUrl}/products/${product.handle}`);
    const block = shopper.page.locator("[data-fieldtest-launch]").first();
    await block.waitFor();
    await expect(block.textContent()).resolves.toMatch(/50% off/);
    await expect(block.textContent()).resolves.toMatch(/Launch hour/);
    await expect(block.textContent()).resolves.toMatch(/40% off in/);
    await screenshot(shopper.page, "tiered-discount-storefront-tier");
    expect(shopper.problems).toEqual([]);

    // The cart runs the same Function: half off.
    await shopper.page.getByRole("button", { name: /add to cart/i }).click();
    await shopper.page.waitForURL(/\/cart/);
    await shopper.page.getByText("Launch hour").first().waitFor();
    await screenshot(shopper.page, "tiered-discount-storefront-cart");
  }, 60_000);
});
