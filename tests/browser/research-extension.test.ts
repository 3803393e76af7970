import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { BrowserContext } from "playwright-core";
import { startFixtureServer } from "./fixture-server";
import { installOptionsPage, openWithOverlay } from "./extension-pages";
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

// Review pages for "analyse more reviews": page 1 (the hostile page) → page 2 → a sign-in wall.
const nextLink = (href: string) =>
  `<ul class="a-pagination"><li class="a-last"><a href="${href}">Next page</a></li></ul>`;
const reviewsPage2 = `<!doctype html><html><body>
  ${["R2AAAAAAAAAAA1", "R2AAAAAAAAAAA2"].map((id) => reviewBlock(id, 2, "The lid leaks and the paint chips.")).join("")}
  ${reviewBlock("R2AAAAAAAAAAA3", 4, "Keeps water cold on long hikes.")}
  ${nextLink("/product-reviews/B000TESTXS?pageNumber=3")}
</body></html>`;
const signInWall = `<!doctype html><html><body><form name="signIn" action="/ap/signin"><input id="ap_email"></form></body></html>`;

// A three-result search for "Fetch ranks": the first result's product page has ranks, the second answers with a CAPTCHA.
const searchCard = (asin: string, title: string, bought: string) => `
  <div data-component-type="s-search-result" data-asin="${asin}" class="s-result-item s-asin">
    <div data-cy="title-recipe"><a href="/dp/${asin}"><h2 aria-label="${title}"><span>${title}</span></h2></a></div>
    <div data-cy="reviews-block"><span class="a-icon-alt">4.5 out of 5 stars</span>
      <a aria-label="1,234 ratings" href="/dp/${asin}#customerReviews"><span class="s-underline-text">1,234</span></a>
      <span class="a-size-base a-color-secondary">${bought}</span></div>
    <span class="a-price"><span class="a-offscreen">$49.99</span></span>
  </div>`;
const rankSearchPage = `<!doctype html><html><body><div class="s-main-slot">
  ${searchCard("B0RANK0001", "Pressure cooker one", "1K+ bought in past month")}
  ${searchCard("B0RANK0002", "Pressure cooker two", "")}
  ${searchCard("B0RANK0003", "Pressure cooker three", "")}
</div></body></html>`;
const captchaPage = `<!doctype html><html><body><form action="/errors/validateCaptcha"><input id="captchacharacters"></form></body></html>`;

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  server = await startFixtureServer({
    "www.amazon.com/dp/B00FLYWNYQ": fixture("product/amazon_com_B00FLYWNYQ_instant-pot_2025.html"),
    "www.amazon.com/s": fixture("search/amazon_com_s_portable-charger_2026.html"),
    "www.amazon.com/product-reviews/B000TESTXS": hostileReviewsPage.replace(
      "</body>",
      `${nextLink("/product-reviews/B000TESTXS?pageNumber=2")}</body>`,
    ),
    "www.amazon.com/product-reviews/B000TESTXS?pageNumber=2": reviewsPage2,
    "www.amazon.com/product-reviews/B000TESTXS?pageNumber=3": signInWall,
    "www.amazon.com/s?k=pressure+cooker": rankSearchPage,
    "www.amazon.com/dp/B0RANK0001": fixture("product/amazon_com_B00FLYWNYQ_instant-pot_2025.html"),
    "www.amazon.com/dp/B0RANK0002": captchaPage,
    "www.amazon.de/dp/B01DQDZVCO": fixture("product/amazon_de_B01DQDZVCO_winomo-kleiderhaken_2019.html"),
    "www.amazon.de/s": fixture("search/amazon_de_s_plastikfrei-flasche_2019.html"),
  });
  browser = await openBrowser({ hostRules: server.hostRules, extensionDir });
  context = browser.context;
  // On install the extension opens its options page, which says what it reads and keeps.
  const options = await installOptionsPage(context);
  await options.getByText("What this extension reads and keeps").waitFor();
  await screenshot(options, "extension-options");
  await options.close();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (url: string) => openWithOverlay(context, url);

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

  it("shows the niche summary and a badge on every result, and keeps up as results load", async () => {
    const { page, overlay, pageErrors } = await open("https://www.amazon.com/s?k=portable+charger");
    const analysed = Number(await overlay.locator('[data-fieldtest="analysed"]').textContent());
    expect(analysed).toBeGreaterThan(10);
    const badges = page.locator("[data-fieldtest-badge]");
    expect(await badges.count()).toBe(analysed);
    // A result with Amazon's "10K+ bought in past month" reads as 10,000–19,999 units.
    const tenK = page.locator('[data-component-type="s-search-result"]', { hasText: "10K+ bought in past month" });
    await expect(tenK.first().locator('[data-fieldtest="badge-units"]').textContent()).resolves.toBe(
      "Est. 10,000–19,999 units/mo",
    );
    await expect(overlay.locator('[data-fieldtest="revenue"]').textContent()).resolves.toMatch(
      /^\$[\d,]+–\$[\d,]+ \(\d+ of \d+ results\)$/,
    );
    await screenshot(page, "extension-amazon-search", { fullPage: false });

    // Infinite scroll: Amazon appends cards; each gets a badge and the summary counts it.
    await page.evaluate(() => {
      const slot = document.querySelector(".s-main-slot")!;
      const template = slot.querySelector('[data-component-type="s-search-result"]')!;
      for (const asin of ["B0SCROLL01", "B0SCROLL02"]) {
        const card = template.cloneNode(true) as Element;
        card.setAttribute("data-asin", asin);
        card.querySelector("[data-fieldtest-badge]")?.remove();
        slot.append(card);
      }
    });
    await vi.waitFor(
      async () => expect(Number(await overlay.locator('[data-fieldtest="analysed"]').textContent())).toBe(analysed + 2),
      { timeout: 5_000 },
    );
    expect(await page.locator('[data-fieldtest-badge="B0SCROLL02"]').count()).toBe(1);
    expect(await badges.count()).toBe(analysed + 2);
    expect(pageErrors).toEqual([]);
  });

  it("fetches the results' ranks politely, turns them into estimates and stops at a CAPTCHA", async () => {
    const { page, overlay, pageErrors } = await open("https://www.amazon.com/s?k=pressure+cooker");
    const units = (asin: string) =>
      page.locator(`[data-fieldtest-badge="${asin}"]`).locator('[data-fieldtest="badge-units"]').textContent();
    await expect(units("B0RANK0001")).resolves.toBe("Est. 1,000–1,999 units/mo");
    await expect(units("B0RANK0002")).resolves.toBe("No sales estimate yet: fetch ranks");

    await overlay.getByRole("button", { name: "Fetch ranks" }).click();
    const status = overlay.locator('[data-fieldtest="crawl-status"]');
    await vi.waitFor(async () => expect(await status.textContent()).toContain("CAPTCHA"), { timeout: 20_000 });
    expect(await status.textContent()).toBe(
      "Amazon showed a CAPTCHA, so reading stopped. Solve it in a normal tab, then try again. Kept the ranks of 1 result.",
    );
    // The product page of B0RANK0001 shows "#60 in Kitchen & Dining": the badge now rests on that rank.
    await expect(
      page.locator('[data-fieldtest-badge="B0RANK0001"]').locator('[data-fieldtest="badge-basis"]').textContent(),
    ).resolves.toBe(" · BSR #60 in Kitchen & Dining");
    await expect(overlay.locator('[data-fieldtest="ranked"]').textContent()).resolves.toBe("1");
    await expect(units("B0RANK0002")).resolves.toBe("No sales estimate yet: fetch ranks");
    await screenshot(page, "extension-amazon-fetch-ranks", { fullPage: false });
    expect(pageErrors).toEqual([]);
  });

  it("reads amazon.de in German formats, on a product page and on the 2019 result markup", async () => {
    const product = await open("https://www.amazon.de/dp/B01DQDZVCO");
    await expect(product.overlay.locator('[data-fieldtest="price"]').textContent()).resolves.toBe("14,99\u00a0€");
    await expect(product.overlay.locator('[data-fieldtest="bsr"] li').first().textContent()).resolves.toBe(
      "#3.098 in Küche, Haushalt & Wohnen",
    );
    await screenshot(product.page, "extension-amazon-de-product", { fullPage: false });
    expect(product.pageErrors).toEqual([]);

    const search = await open("https://www.amazon.de/s?k=plastikfrei+flasche");
    await expect(search.overlay.locator('[data-fieldtest="analysed"]').textContent()).resolves.toBe("22");
    expect(await search.page.locator("li.s-result-item [data-fieldtest-badge]").count()).toBe(22);
    expect(search.pageErrors).toEqual([]);
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

  it("analyses more reviews page by page and stops with a message at the sign-in wall", async () => {
    const { page, overlay, pageErrors } = await open("https://www.amazon.com/product-reviews/B000TESTXS");
    const note = overlay.locator('[data-fieldtest="reviews"] .note').first();
    await expect(note.textContent()).resolves.toMatch(/^6 reviews read/);
    await overlay.getByRole("button", { name: "Analyse more reviews" }).click();
    const status = overlay.locator('[data-fieldtest="crawl-status"]');
    await vi.waitFor(async () => expect(await status.textContent()).toContain("sign in"), { timeout: 20_000 });
    expect(await status.textContent()).toBe(
      "Amazon asks you to sign in to read further. Sign in, then try again. Kept 9 reviews.",
    );
    await expect(note.textContent()).resolves.toMatch(/^9 reviews read: 5 with 1–2★, 4 with 4–5★/);
    await expect(overlay.locator('[data-fieldtest="complaints"]').textContent()).resolves.toContain("lid leaks");
    await expect(overlay.getByRole("button", { name: "Analyse more reviews" }).isEnabled()).resolves.toBe(true);
    await screenshot(page, "extension-amazon-more-reviews");
    expect(pageErrors).toEqual([]);
  });
});
