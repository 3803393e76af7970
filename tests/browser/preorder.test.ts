import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { addDays } from "../../app/shop-time/calendar-date";
import { localDateOf } from "../../app/shop-time/shop-time-zone";
import { startDemoStack, type DemoStack } from "../support/demo-stack";
import { openBrowser, openPage, screenshot } from "./harness";

// A preorder test as people meet it: the merchant creates it in the admin; a shopper sees the
// preorder block on the storefront preview with its ship date and deposit, orders, and the
// progress bar moves.
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

describe("a preorder test in Chromium", () => {
  it("is created in the admin, shown on the product page, ordered, and its progress moves", async () => {
    const { state } = stack.devStore.store;
    const product = state.products.find((p) => p.title === "Folding Storage Ottoman")!;
    const today = localDateOf(new Date(), state.shop.ianaTimezone);
    const shipDate = addDays(today, 60);

    const admin = await openPage(browser.context, `${stack.adminUrl}/preorders/new`);
    await admin.page.getByLabel("Product", { exact: true }).selectOption({ label: product.title });
    await admin.page.getByRole("spinbutton", { name: "Deposit %" }).fill("25");
    await admin.page.getByLabel("Expected ship date").fill(shipDate);
    await admin.page.getByLabel("Test ends on").fill(addDays(today, 30));
    await admin.page.getByLabel("Units to sell").fill("4");
    await admin.page.getByRole("button", { name: "Create and launch" }).click();
    await admin.page.waitForURL(/\/app\/preorders\/[^/]+$/);
    await admin.page.getByText("0 of 4 units").waitFor();
    await screenshot(admin.page, "preorder-admin-created");
    expect(admin.problems).toEqual([]);

    const shopper = await openPage(browser.context, `${stack.storefrontUrl}/products/${product.handle}`);
    const block = shopper.page.locator("[data-fieldtest-preorder]");
    await block.waitFor();
    await expect(block.locator("time").getAttribute("datetime")).resolves.toBe(shipDate);
    const price = Number(product.variants[0].price);
    const money = (amount: number) => amount.toFixed(2);
    await expect(block.locator(".fieldtest-preorder__terms").textContent()).resolves.toContain(money(price * 0.25));
    await expect(block.locator("[data-progress-text]").textContent()).resolves.toContain("0");
    await screenshot(shopper.page, "preorder-storefront-block");

    await shopper.page.getByRole("button", { name: /preorder now/i }).click();
    await shopper.page.waitForURL(/\/cart/);
    await shopper.page
      .getByRole("link", { name: /check ?out/i })
      .or(shopper.page.getByRole("button", { name: /check ?out/i }))
      .first()
      .click();
    await shopper.page.waitForURL(/\/checkout/);
    await shopper.page.getByLabel(/email/i).fill("ada@example.com");
    for (const [label, value] of [
      [/first name/i, "Ada"],
      [/last name/i, "Lovelace"],
      [/address/i, "12 Analytical Row"],
      [/city/i, "London"],
      [/zip|postal/i, "N1 9GU"],
    ] as const) {
      const field = shopper.page.getByLabel(label).first();
      if (await field.count()) await field.fill(value);
    }
    await shopper.page.getByRole("button", { name: /pay now/i }).click();
    await shopper.page.waitForURL(/\/orders\//);

    await vi.waitFor(async () => expect(await db.preorderLine.count()).toBe(1), { timeout: 15_000 });
    // The block reads the count live from the app proxy when the page loads (answers are cached for 5 s).
    const bar = shopper.page.locator("[data-fieldtest-preorder] [role=progressbar]");
    await vi.waitFor(
      async () => {
        await shopper.page.goto(`${stack.storefrontUrl}/products/${product.handle}`);
        expect(await bar.getAttribute("aria-valuenow")).toBe("25");
      },
      { timeout: 20_000, interval: 1_000 },
    );
    await expect(shopper.page.locator("[data-progress-text]").textContent()).resolves.toContain("1");
    await screenshot(shopper.page, "preorder-storefront-progress");
    expect(shopper.problems).toEqual([]);

    // Back in the admin: the order counts, the pixel's product views give the conversion, and the charts draw it.
    await vi.waitFor(async () => expect(await db.productView.count()).toBeGreaterThan(1), { timeout: 15_000 });
    await admin.page.reload();
    await admin.page.getByText("1 of 4 units").waitFor();
    await admin.page.getByText(/Conversion 100\.0%: 1 preorder from 1 visitor \(\d+ product views\)/).waitFor();
    await admin.page.locator('[data-chart="cumulative"] svg').first().waitFor();
    await screenshot(admin.page, "preorder-admin-progress");
    expect(admin.problems).toEqual([]);

    // The edit form: the payment terms are locked now that someone has preordered, and a new ship
    // date shows what the buyer will be emailed before anything is saved.
    await admin.page.getByRole("link", { name: "Edit" }).click();
    await admin.page.waitForURL(/\/edit$/);
    await admin.page.getByText("1 order was placed with these terms").waitFor();
    await expect(admin.page.getByRole("spinbutton", { name: "Deposit %" }).isDisabled()).resolves.toBe(true);
    await admin.page.getByLabel("Expected ship date").fill(addDays(shipDate, 14));
    await admin.page.getByText("1 buyer is emailed the new date").waitFor();
    await screenshot(admin.page, "preorder-admin-edit");
    expect(admin.problems).toEqual([]);
  }, 60_000);
});
