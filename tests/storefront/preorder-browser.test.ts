import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { serve } from "../../devstore/http/node-adapter";
import type { DevStore } from "../../devstore/state/store";
import { createStorefrontHandler } from "../../devstore/storefront/handler";
import { formatMoney } from "../../devstore/storefront/money";
import { CartSession, createStorefront, renderPage, type Storefront } from "../../devstore/storefront/storefront";
import { CHROMIUM } from "../browser/harness";
import { visibleText } from "../devstore/storefront/html";
import { plannedProduct, type PlanSpec } from "./support/planned-product";
import {
  openShop,
  preorderBlock,
  preorderConfig,
  preorderProgress,
  preorderShopState,
  PRODUCT,
  VARIANTS,
  type PreorderConfig,
  type PreorderProgress,
} from "./support/preorder-shop";

// assets/preorder.js in Chromium, on the dev store's product page (its theme, variant picker
// and cart) rendered with a planned product, and on a Dawn-like product form. The app proxy's
// progress endpoint is a fake the tests answer.

const DEPOSIT: PlanSpec = {
  id: 7,
  appId: "fieldtest",
  checkoutPercent: 20,
  variantIds: [VARIANTS.sand.id, VARIANTS.slate.id],
};
const PROGRESS_PATH = "/apps/fieldtest/preorders/pt_123/progress";
// The browser's clock: before the config's deadline (2027-01-31T23:59:59Z).
const NOW = new Date("2026-12-01T10:00:00Z");

type Reply = { status: number; body: string };
/** How the fake app proxy answers; "hold" waits for the test's release(), then answers 40 units. */
type Answer = Reply | "hold";

let store: DevStore;
let storefront: Storefront;
let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext | undefined;
let requests: number;
let finished: number;
let answer: Answer;
let release: (() => void) | undefined;
let posted: Record<string, FormDataEntryValue>[] = [];

function progressAnswer(progress: Partial<PreorderProgress>, goal = { kind: "units", value: 100 }): Reply {
  return { status: 200, body: JSON.stringify({ ...preorderProgress(progress), goal }) };
}

/** Replaces the product's $app:preorder metafields in the running shop. */
function setPreorder(config: Partial<PreorderConfig> = {}, progress: Partial<PreorderProgress> = {}) {
  for (const metafield of store.state.metafields) {
    if (metafield.key === "config" && metafield.namespace.endsWith("--preorder") && metafield.id === "901")
      metafield.value = JSON.stringify(preorderConfig(config));
    if (metafield.key === "progress" && metafield.id === "902")
      metafield.value = JSON.stringify(preorderProgress(progress));
  }
}

async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === PROGRESS_PATH) {
    requests += 1;
    const given = answer;
    if (given === "hold") await new Promise<void>((resolve) => (release = resolve));
    const current = given === "hold" ? progressAnswer({ units: 40, percent: 40 }) : given;
    return new Response(current.body, { status: current.status, headers: { "Content-Type": "application/json" } });
  }
  if (url.pathname === "/cart/add" && request.method === "POST") {
    // What the product form posts. (The dev store's cart would refuse plan 7: it is the
    // planned product's, not one of the shop's.)
    const form = await request.formData();
    posted.push({ ...Object.fromEntries(form), selling_plans: form.getAll("selling_plan").join(",") });
    return new Response(null, { status: 302, headers: { Location: "/cart" } });
  }
  if (url.pathname === `/products/${PRODUCT.handle}` || url.pathname === "/dawn") {
    const session = new CartSession(storefront, request);
    const product = plannedProduct(store.state, [DEPOSIT], url.searchParams.get("variant"));
    const page = await renderPage(storefront, request, session, {
      pageType: "product",
      objects: { product, page_title: product.title },
    });
    if (url.pathname === "/dawn") {
      return new Response(dawnPage(preorderBlock(await page.text())), {
        headers: { "Content-Type": "text/html; charset=utf-8" },
      });
    }
    return page;
  }
  return createStorefrontHandler(store, { storefront })(request);
}

beforeAll(async () => {
  store = openShop(preorderShopState({ config: preorderConfig(), progress: preorderProgress() }));
  storefront = createStorefront(store);
  server = await serve(handle, { host: "127.0.0.1", port: 0 });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => {
    server?.close(() => resolve());
    server?.closeAllConnections();
  });
});

afterEach(async () => {
  release?.();
  release = undefined;
  await context?.close();
  context = undefined;
});

/** A fresh browser context whose clock stands still at NOW (timers run only on runFor). */
async function open(path: string, options: { progress?: Answer } = {}) {
  requests = 0;
  finished = 0;
  answer = options.progress ?? progressAnswer({ units: 40, revenue: 4000, percent: 40 });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== PROGRESS_PATH && url.pathname !== "/favicon.ico")
      problems.push(`${response.status()} ${url.pathname}`);
  });
  page.on("requestfinished", (request) => {
    if (request.url().endsWith(PROGRESS_PATH)) finished += 1;
  });
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(message.text());
  });
  // Installed a moment early: pausing cannot go back in time.
  await page.clock.install({ time: NOW.getTime() - 5_000 });
  await page.clock.pauseAt(NOW);
  await page.addInitScript(() => {
    const shifts: number[] = ((window as unknown as { layoutShifts: number[] }).layoutShifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${base}${path}`, { waitUntil: "load" });
  return { page, problems };
}

const block = (page: Page) => page.locator("[data-fieldtest-preorder]");
const planInput = (page: Page) => page.locator("input[name=selling_plan]");
const bar = (page: Page) => page.locator("[role=progressbar]");
const submit = (page: Page) => page.locator("form#product-form-main button[type=submit]");

async function barState(page: Page) {
  return bar(page).evaluate((element) => ({
    now: element.getAttribute("aria-valuenow"),
    text: element.getAttribute("aria-valuetext"),
    percent: (element as HTMLElement).style.getPropertyValue("--fieldtest-preorder-percent"),
    numbers: element
      .parentElement!.querySelector(".fieldtest-preorder__numbers")!
      .textContent!.replace(/\s+/g, " ")
      .trim(),
  }));
}

/** Waits until the page has had the app's `count`th answer (and a moment to read it). */
async function answered(count: number) {
  await expect.poll(() => finished).toBeGreaterThanOrEqual(count);
  await new Promise((resolve) => setTimeout(resolve, 150));
  expect(requests).toBe(count);
}

async function visibility(page: Page, hidden: boolean) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

describe("live progress", { timeout: 90_000 }, () => {
  it("moves the bar and the numbers to the app's count, without moving anything else", async () => {
    const { page, problems } = await open(`/products/${PRODUCT.handle}`, { progress: "hold" });
    await expect.poll(() => requests).toBe(1);
    const before = await block(page).boundingBox();
    expect(await barState(page)).toEqual({
      now: "12",
      text: "12 of 100 preorders, 12%",
      percent: "12",
      numbers: "12 of 100 preorders 12%",
    });

    release!();
    await expect
      .poll(() => barState(page))
      .toEqual({
        now: "40",
        text: "40 of 100 preorders, 40%",
        percent: "40",
        numbers: "40 of 100 preorders 40%",
      });
    expect(await block(page).boundingBox()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("shows revenue in the shop's money format, as the money filter writes it", async () => {
    setPreorder({ goal: { kind: "revenue", value: 5000 } }, { revenue: 1240, percent: 24.8 });
    try {
      const { page } = await open(`/products/${PRODUCT.handle}`, {
        progress: progressAnswer({ revenue: 1234567.8, percent: 246.91 }, { kind: "revenue", value: 5000 }),
      });
      const formats = [
        store.state.shop.moneyFormat,
        "${{amount}}",
        "{{amount_no_decimals_with_space_separator}} kr",
        "CHF {{ amount_with_apostrophe_separator }}",
        '<span class="money">{{amount_with_period_and_space_separator}} €</span>',
      ];
      for (const [index, moneyFormat] of formats.entries()) {
        // Each answer after the first is read with another shop format.
        if (index > 0) {
          await block(page).evaluate((root: HTMLElement, format) => (root.dataset.moneyFormat = format), moneyFormat);
          await page.clock.runFor(30_500);
        }
        await answered(index + 1);
        const money = (cents: number) => visibleText(formatMoney(cents, moneyFormat));
        const raised = `${money(123456780)} of ${money(500000)} raised`;
        expect(await barState(page), moneyFormat).toEqual({
          now: "100",
          text: `${raised}, 246.91%`,
          percent: "100",
          numbers: `${raised} 246.91%`,
        });
      }
    } finally {
      setPreorder();
    }
  });

  it("asks at most every 30 s, only while the tab is visible, and stops once sold out", async () => {
    const { page } = await open(`/products/${PRODUCT.handle}`);
    await answered(1);

    await page.clock.runFor(29_000);
    expect(requests).toBe(1);
    await page.clock.runFor(1_500);
    await answered(2);

    await visibility(page, true);
    await page.clock.runFor(120_000);
    expect(requests).toBe(2);
    await visibility(page, false);
    await page.clock.runFor(10);
    await answered(3);

    answer = progressAnswer({ units: 150, percent: 150, state: "sold-out" });
    await page.clock.runFor(30_000);
    await answered(4);
    expect(await block(page).getAttribute("data-state")).toBe("sold-out");
    await page.clock.runFor(300_000);
    expect(requests).toBe(4);
    expect(await page.locator("[data-status]").textContent()).toBe("All preorders have been taken.");
    expect(await submit(page).textContent()).toBe("Sold out");
    expect(await submit(page).isDisabled()).toBe(true);
    expect(await planInput(page).isDisabled()).toBe(true);
  });

  it("keeps the numbers it has when the app does not answer, or answers nonsense, and says nothing", async () => {
    const replies: Reply[] = [
      { status: 500, body: "Internal Server Error" },
      { status: 200, body: "<html>not json</html>" },
      { status: 200, body: '{"units":"many"}' },
      { status: 200, body: "null" },
    ];
    const { page, problems } = await open(`/products/${PRODUCT.handle}`, { progress: replies[0] });
    for (const [index, reply] of replies.entries()) {
      if (index > 0) {
        answer = reply;
        await page.clock.runFor(30_500);
      }
      await answered(index + 1);

      expect((await barState(page)).numbers, reply.body).toBe("12 of 100 preorders 12%");
      expect(await block(page).getAttribute("data-state")).toBe("open");
    }
    // …and goes on asking.
    answer = progressAnswer({ units: 41, percent: 41 });
    await page.clock.runFor(30_500);
    await answered(replies.length + 1);
    expect((await barState(page)).numbers).toBe("41 of 100 preorders 41%");
    expect(problems).toEqual([]);
  });
});

describe("the product form", { timeout: 90_000 }, () => {
  it("turns the buy button into the preorder button and posts selling_plan for the selected variant", async () => {
    const { page, problems } = await open(`/products/${PRODUCT.handle}`);

    expect(await submit(page).textContent()).toBe("Preorder now");
    expect(
      await planInput(page).evaluate((input: HTMLInputElement) => [
        input.value,
        input.disabled,
        input.form?.getAttribute("id"),
      ]),
    ).toEqual(["7", false, "product-form-main"]);

    await page.selectOption("#Option-main-1", "Slate");
    expect(await planInput(page).inputValue()).toBe("7");
    expect(await page.locator("[data-variant]:visible").textContent()).toBe("Pay €24,00 now, €96,00 when it ships");
    // The theme calls Slate sold out (no stock); on preorder it can still be bought.
    expect(await submit(page).textContent()).toBe("Preorder now");
    expect(await submit(page).isDisabled()).toBe(false);

    await page.selectOption("#Option-main-1", "Olive");
    expect(await planInput(page).isDisabled()).toBe(true);
    expect(await planInput(page).inputValue()).toBe("");
    expect(await page.locator("[data-variant]:visible").textContent()).toBe("This option can't be preordered");
    expect(await submit(page).textContent()).toBe("Add to cart");

    await page.selectOption("#Option-main-1", "Slate");
    await page.clock.resume();
    posted = [];
    await Promise.all([page.waitForURL(`${base}/cart`), submit(page).click()]);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ id: VARIANTS.slate.id, quantity: "1", selling_plans: "7" });
    expect(problems).toEqual([]);
  });

  it("disables the preorder and says why when it is closed, and asks the app nothing", async () => {
    setPreorder({ status: "closed" });
    try {
      const { page } = await open(`/products/${PRODUCT.handle}`);

      expect(await submit(page).textContent()).toBe("Preorders closed");
      expect(await submit(page).isDisabled()).toBe(true);
      expect(await planInput(page).isDisabled()).toBe(true);
      expect(await page.locator("[data-status]").textContent()).toBe("Preorders for this product have closed.");
      await page.clock.runFor(120_000);
      expect(requests).toBe(0);
    } finally {
      setPreorder();
    }
  });

  it("closes the preorder on the page when the deadline passes", async () => {
    setPreorder({ deadline: new Date(NOW.getTime() + 90_000).toISOString() });
    try {
      const { page } = await open(`/products/${PRODUCT.handle}`);
      expect(await submit(page).textContent()).toBe("Preorder now");

      await page.clock.runFor(91_000);
      await expect.poll(() => submit(page).textContent()).toBe("Preorders closed");
      expect(await submit(page).isDisabled()).toBe(true);
      expect(await planInput(page).isDisabled()).toBe(true);
      expect(await page.locator("[data-status]").isVisible()).toBe(true);
    } finally {
      setPreorder();
    }
  });

  it("closes at a deadline further away than a browser timer can wait (24.8 days)", async () => {
    const day = 86_400_000;
    setPreorder({ deadline: new Date(NOW.getTime() + 40 * day).toISOString() });
    try {
      const { page } = await open(`/products/${PRODUCT.handle}`);
      await page.clock.fastForward(30 * day);
      expect(await submit(page).textContent()).toBe("Preorder now");
      await page.clock.fastForward(10 * day + 1_000);
      await expect.poll(() => submit(page).textContent()).toBe("Preorders closed");
    } finally {
      setPreorder();
    }
  });
});

describe("on a Dawn-like product form", { timeout: 90_000 }, () => {
  it("finds the section's form, follows Dawn's variant change and keeps the button after Dawn re-renders it", async () => {
    const { page, problems } = await open("/dawn");
    const formData = () =>
      page.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>("#product-form-template--42__main")!;
        return Object.fromEntries([...new FormData(form)].filter(([name]) => name !== "utf8" && name !== "form_type"));
      });
    const label = page.locator("#ProductSubmitButton span");

    expect(await label.textContent()).toBe("Preorder now");
    expect(await formData()).toEqual({ id: VARIANTS.sand.id, quantity: "1", selling_plan: "7" });

    await page.check("input[value=Slate]");
    await page.clock.runFor(100);
    await expect.poll(() => label.textContent()).toBe("Preorder now");
    expect(await page.locator("#ProductSubmitButton").isDisabled()).toBe(false);
    expect(await formData()).toEqual({ id: VARIANTS.slate.id, quantity: "1", selling_plan: "7" });

    await page.check("input[value=Olive]");
    await page.clock.runFor(100);
    await expect.poll(() => label.textContent()).toBe("Add to cart");
    expect(await formData()).toEqual({ id: VARIANTS.olive.id, quantity: "1" });
    expect(problems).toEqual([]);
  });
});

/**
 * Dawn's main-product markup, reduced: the block sits in the section after the form (whose id
 * is not the dev store's), variant radios set the id input and dispatch `change` on it, and the
 * buy button's text and state come back a moment later, as Dawn re-renders them after a fetch.
 */
function dawnPage(blockHtml: string) {
  const variants = [
    { id: VARIANTS.sand.id, title: "Sand", available: true },
    { id: VARIANTS.slate.id, title: "Slate", available: false },
    { id: VARIANTS.olive.id, title: "Olive", available: true },
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><title>Dawn</title>
<link rel="stylesheet" href="/extensions/preorder/assets/preorder.css">
<script src="/extensions/preorder/assets/preorder.js" defer></script>
</head>
<body>
<div id="shopify-section-template--42__main" class="shopify-section">
<section id="MainProduct-template--42__main">
<product-info>
  <variant-selects>
    <fieldset><legend>Colour</legend>
      ${variants.map((v, i) => `<label><input type="radio" name="Colour" value="${v.title}"${i === 0 ? " checked" : ""}> ${v.title}</label>`).join("")}
    </fieldset>
  </variant-selects>
  <product-form class="product-form">
    <form method="post" action="/cart/add" id="product-form-template--42__main" accept-charset="UTF-8" enctype="multipart/form-data">
      <input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓">
      <input type="hidden" name="id" value="${VARIANTS.sand.id}" class="product-variant-id">
      <input type="hidden" name="quantity" value="1">
      <div class="product-form__buttons">
        <button id="ProductSubmitButton" type="submit" name="add" class="product-form__submit button"><span>Add to cart</span><div class="loading__spinner hidden"></div></button>
      </div>
    </form>
  </product-form>
  <div id="shopify-block-AbCd" class="shopify-app-block">${blockHtml}</div>
</product-info>
</section>
</div>
<script>
  const variants = ${JSON.stringify(variants)};
  document.querySelector("variant-selects").addEventListener("change", (event) => {
    const variant = variants.find((candidate) => candidate.title === event.target.value);
    const input = document.querySelector("#product-form-template--42__main input[name=id]");
    input.value = variant.id;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    setTimeout(() => {
      const button = document.getElementById("ProductSubmitButton");
      button.querySelector("span").textContent = variant.available ? "Add to cart" : "Sold out";
      if (variant.available) button.removeAttribute("disabled");
      else button.setAttribute("disabled", "disabled");
    }, 50);
  });
</script>
</body>
</html>`;
}
