import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { BrowserContext } from "playwright-core";
import { startAmazonFixtureServer } from "./amazon-fixture-server";
import { openBrowser, screenshot } from "./harness";

// The built research extension (npm run extension:build) in Debian's Chromium, on real
// saved Amazon pages served as www.amazon.com over local HTTPS.
const extensionDir = path.resolve("extension/.output/chrome-mv3");
const fixture = (name: string) =>
  // The saved pages' own scripts cannot run offline; the overlay must work without them.
  readFileSync(path.join("tests/fixtures/amazon", name), "utf8").replace(/<script\b[\s\S]*?<\/script>/gi, "");

const hostile = "<img src=x onerror=window.__fieldtestPwned=1>";
const reviewBlock = (id: string, stars: number, body: string) => `
  <div id="${id}" data-hook="review" class="review">
    <i data-hook="review-star-rating" class="a-icon a-icon-star a-star-${stars}"><span class="a-icon-alt">${stars}.0 out of 5 stars</span></i>
    <a data-hook="review-title" class="review-title"><span>Review ${id}</span></a>
    <span data-hook="review-body" class="review-text"><span>${body.replaceAll("<", "&lt;").replaceAll(">", "&gt;")}</span></span>
  </div>`;
const hostileReviewsPage = `<!doctype html><html><head><title>Reviews</title></head><body>
  <a data-hook="product-link">${hostile.replaceAll("<", "&lt;").replaceAll(">", "&gt;")} Test Bottle</a>
  ${["R1AAAAAAAAAAA1", "R1AAAAAAAAAAA2", "R1AAAAAAAAAAA3"].map((id) => reviewBlock(id, 1, `${hostile} The lid leaks after a week. The lid leaks everywhere.`)).join("")}
  ${["R1AAAAAAAAAAA4", "R1AAAAAAAAAAA5", "R1AAAAAAAAAAA6"].map((id) => reviewBlock(id, 5, "Keeps water cold all day. Keeps water cold, love it.")).join("")}
</body></html>`;

let server: Awaited<ReturnType<typeof startAmazonFixtureServer>>;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  server = await startAmazonFixtureServer({
    "www.amazon.com/dp/B00FLYWNYQ": fixture("product/amazon_com_B00FLYWNYQ_instant-pot_2025.html"),
    "www.amazon.com/s": fixture("search/amazon_com_s_portable-charger_2026.html"),
    "www.amazon.com/product-reviews/B000TESTXS": hostileReviewsPage,
  });
  browser = await openBrowser({ hostRules: server.hostRules, extensionDir });
  context = browser.context;
  // On install the extension opens its options page, which says what it reads and keeps.
  const options = await vi.waitFor(
    () => {
      const page = context.pages().find((p) => p.url().endsWith("/options.html"));
      if (!page) throw new Error("the options page has not opened");
      return page;
    },
    { timeout: 15_000, interval: 100 },
  );
  await options.getByText("What this extension reads and keeps").waitFor();
  await screenshot(options, "extension-options");
  await options.close();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string) {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.text().includes("[Fieldtest]")) pageErrors.push(message.text());
  });
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 45_000 });
  const overlay = page.locator("#fieldtest-research");
  await overlay.locator("aside").waitFor({ timeout: 15_000 });
  return { page, overlay, pageErrors };
}

describe("the research extension on Amazon", () => {
  it("shows the product panel with the page's facts, a sales estimate and a score, and saves the idea", async () => {
    const { page, overlay, pageErrors } = await open("https://www.amazon.com/dp/B00FLYWNYQ");
    await expect(overlay.locator('[data-fieldtest="price"]').textContent()).resolves.toBe("$99.95");
    const ranks = await overlay.locator('[data-fieldtest="bsr"] li').allTextContents();
    expect(ranks).toEqual(["#60 in Kitchen & Dining", "#1 in Electric Pressure Cookers", "#3 in Rice Cookers"]);
    await expect(overlay.locator('[data-fieldtest="estimate"]').textContent()).resolves.toMatch(/~[\d,]+ units/);
    await expect(overlay.locator('[data-fieldtest="score"] h2').textContent()).resolves.toMatch(
      /Selection score \d+\/100/,
    );
    await screenshot(page, "extension-amazon-product", { fullPage: false });

    await overlay.locator('[data-fieldtest="save-idea"]').click();
    await overlay.getByText("Saved ✓").waitFor();
    expect(pageErrors).toEqual([]);

    const [worker] = context.serviceWorkers();
    const extensionId = new URL(worker.url()).host;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByText("Instant Pot Duo 7-in-1", { exact: false }).waitFor();
    await screenshot(popup, "extension-popup");
  });

  it("shows the niche summary on a search page", async () => {
    const { page, overlay, pageErrors } = await open("https://www.amazon.com/s?k=portable+charger");
    const analysed = Number(await overlay.locator('[data-fieldtest="analysed"]').textContent());
    expect(analysed).toBeGreaterThan(10);
    await screenshot(page, "extension-amazon-search", { fullPage: false });
    expect(pageErrors).toEqual([]);
  });

  it("renders review text containing markup as text, never as HTML", async () => {
    const { page, overlay, pageErrors } = await open("https://www.amazon.com/product-reviews/B000TESTXS");
    await expect(overlay.locator('[data-fieldtest="complaints"]').textContent()).resolves.toContain("lid leaks");
    await expect(overlay.locator(".title").textContent()).resolves.toBe(`${hostile} Test Bottle`);
    expect(await overlay.locator("img").count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __fieldtestPwned?: number }).__fieldtestPwned),
    ).toBeUndefined();
    await screenshot(page, "extension-amazon-reviews-hostile");
    expect(pageErrors).toEqual([]);
  });
});
