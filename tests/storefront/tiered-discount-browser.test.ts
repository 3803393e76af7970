import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { serve } from "../../devstore/http/node-adapter";
import type { DevStore } from "../../devstore/state/store";
import type { DevMetafield } from "../../devstore/state/types";
import { createStorefrontHandler } from "../../devstore/storefront/handler";
import { CHROMIUM, screenshot } from "../browser/harness";
import { APP_ID, openShop, preorderShopState, PRODUCT } from "./support/preorder-shop";

// assets/launch.js of storefront/launch/ in Chromium, on the dev store's pages. Each page is
// rendered by the dev store at a chosen server time (Liquid's 'now', set with vi.setSystemTime
// while it renders) and opened with the browser's clock paused at that same instant, so that
// page.clock moves time second by second across the tiers' boundaries.

const PRODUCT_PATH = `/products/${PRODUCT.handle}`;
const ROOT = "#shopify-block-launch_launch_discount [data-fieldtest-launch]";
const BAR = "#shopify-block-launch_launch_bar [data-fieldtest-launch]";

/** Launch day, 1 December 2026 (UTC): 50 % for an hour, 40 % for two more, 30 % until the next day. */
const LONG_MESSAGE = "First three hours: the early-bird price for everyone who came for the launch";
const TIME = {
  version: 1,
  discountId: "gid://shopify/DiscountAutomaticNode/1001",
  title: "Launch week",
  kind: "time",
  startsAt: "2026-12-01T13:00:00Z",
  endsAt: "2026-12-02T13:00:00Z",
  tiers: [
    { startsAt: "2026-12-01T13:00:00Z", endsAt: "2026-12-01T14:00:00Z", percentage: 50, message: "Launch hour" },
    { startsAt: "2026-12-01T14:00:00Z", endsAt: "2026-12-01T16:00:00Z", percentage: 40, message: LONG_MESSAGE },
    { startsAt: "2026-12-01T16:00:00Z", endsAt: "2026-12-02T13:00:00Z", percentage: 30, message: "Launch day" },
  ],
};

const QUANTITY = {
  version: 1,
  discountId: "gid://shopify/DiscountAutomaticNode/1002",
  title: "Buy more, save more",
  kind: "quantity",
  startsAt: null,
  endsAt: null,
  tiers: [
    { minimumQuantity: 2, percentage: 10, message: "Buy 2, save 10%" },
    { minimumQuantity: 3, percentage: 20, message: "Buy 3, save 20%" },
  ],
};

const ms = (iso: string) => Date.parse(iso);

let store: DevStore;
let storefront: (request: Request) => Promise<Response>;
let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext | undefined;
const pages = new Map<string, string>();

beforeAll(async () => {
  store = openShop(preorderShopState());
  storefront = createStorefrontHandler(store);
  server = await serve(
    async (request) => {
      const html = pages.get(new URL(request.url).pathname);
      if (html !== undefined) return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
      return storefront(request);
    },
    { host: "127.0.0.1", port: 0 },
  );
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
  await context?.close();
  context = undefined;
});

/** Sets (or, with undefined, removes) $app:tiered-discount.schedule on the trail pack or the shop. */
function setSchedule(owner: "product" | "shop", value: unknown) {
  const ownerId = owner === "product" ? `gid://shopify/Product/${PRODUCT.id}` : "gid://shopify/Shop/100";
  const namespace = `app--${APP_ID}--tiered-discount`;
  const metafields = store.state.metafields;
  const index = metafields.findIndex((m) => m.ownerId === ownerId && m.namespace === namespace);
  if (index >= 0) metafields.splice(index, 1);
  if (value === undefined) return;
  const metafield: DevMetafield = {
    id: owner === "product" ? "951" : "952",
    ownerId,
    namespace,
    key: "schedule",
    type: "json",
    value: JSON.stringify(value),
    compareDigest: `digest-schedule-${owner}`,
    createdAt: "2026-11-20T10:00:00Z",
    updatedAt: "2026-11-20T10:00:00Z",
  };
  metafields.push(metafield);
}

/** The dev store's page at `path` as its server renders it at `at`, served from then on under `as`. */
async function prerender(path: string, at: string, as: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  try {
    vi.setSystemTime(new Date(at));
    const response = await storefront(new Request(`${base}${path}`));
    expect(response.status).toBe(200);
    pages.set(as, await response.text());
  } finally {
    vi.useRealTimers();
  }
}

interface Open {
  at: string;
  schedule?: unknown;
  shopSchedule?: unknown;
  path?: string;
  viewport?: { width: number; height: number };
}

/** Renders the page at `at` with these schedules; returns the path it is served under. */
async function rendered({ at, schedule, shopSchedule, path = PRODUCT_PATH }: Omit<Open, "viewport">) {
  setSchedule("product", schedule);
  setSchedule("shop", shopSchedule);
  const served = `/rendered-${pages.size}`;
  await prerender(path, at, served);
  return served;
}

/** Renders the page at `at` and opens it in a fresh context whose clock stands still at `at`. */
async function open({
  at,
  schedule,
  shopSchedule,
  path = PRODUCT_PATH,
  viewport = { width: 1280, height: 900 },
}: Open) {
  const served = await rendered({ at, schedule, shopSchedule, path });

  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico"))
      problems.push(`${response.status()} ${response.url()}`);
  });
  // Installed a moment early: pausing cannot go back in time.
  await page.clock.install({ time: ms(at) - 5_000 });
  await page.clock.pauseAt(ms(at));
  await page.addInitScript(() => {
    const shifts: number[] = ((window as unknown as { layoutShifts: number[] }).layoutShifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
    // The bar as the parser inserts it: nothing can paint before this microtask runs.
    const sight = new MutationObserver(() => {
      const bar = document.querySelector(".fieldtest-launch--bar");
      if (!bar) return;
      sight.disconnect();
      (window as unknown as { barAtFirstSight: string }).barAtFirstSight = getComputedStyle(bar).display;
    });
    sight.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${base}${served}`, { waitUntil: "load" });
  return { page, problems };
}

/** What the block shows and says now. */
function state(page: Page, selector = ROOT) {
  return page.locator(selector).evaluate((root: HTMLElement) => ({
    phase: root.dataset.phase,
    shown: root.querySelector("[data-shown]")?.textContent,
    countdown: root.querySelector("[data-countdown]")?.textContent,
    say: root.querySelector("[data-say]")?.textContent,
  }));
}

type Writes = { countdown: [number, string][]; say: [number, string][] };

/** From now on, records each text the script writes to the countdown and to the sentence, with the page's time. */
async function recordWrites(page: Page, selector = ROOT) {
  await page.locator(selector).evaluate((root: HTMLElement) => {
    const writes: Writes = { countdown: [], say: [] };
    (window as unknown as { writes: Writes }).writes = writes;
    const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, "textContent")!;
    for (const name of ["countdown", "say"] as const) {
      Object.defineProperty(root.querySelector(`[data-${name}]`)!, "textContent", {
        get() {
          return descriptor.get!.call(this);
        },
        set(value: string) {
          writes[name].push([Date.now(), value]);
          descriptor.set!.call(this, value);
        },
      });
    }
  });
  return async () => page.evaluate(() => (window as unknown as { writes: Writes }).writes);
}

/** The bar's `display` when the parser inserted it. */
async function barAtFirstSight(page: Page) {
  return page.evaluate(() => (window as unknown as { barAtFirstSight?: string }).barAtFirstSight);
}

async function layoutShifts(page: Page) {
  return page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
}

/** Waits until the block is (or is no longer) in the viewport as IntersectionObserver sees it. */
async function intersecting(page: Page, expected: boolean) {
  await page.locator(ROOT).evaluate(
    (root, expected) =>
      new Promise<void>((resolve) => {
        const observer = new IntersectionObserver(([entry]) => {
          if (entry.isIntersecting === expected) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(root);
      }),
    expected,
  );
}

async function visibility(page: Page, hidden: boolean) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

describe("the launch countdown", { timeout: 90_000 }, () => {
  it.each([
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ])(
    "ticks once a second and switches tier at the boundary's exact second, moving nothing (%s)",
    async (name, viewport) => {
      const { page, problems } = await open({ at: "2026-12-01T13:59:55Z", schedule: TIME, viewport });
      await page.locator(ROOT).scrollIntoViewIfNeeded();
      const box = await page.locator(ROOT).boundingBox();
      // What the server rendered is what the script writes at that instant.
      expect(await state(page)).toEqual({
        phase: "on",
        shown: "50% off — Launch hour",
        countdown: "40% off in 00:05",
        say: "50% off — Launch hour. 40% off in 1 minute.",
      });
      const writes = await recordWrites(page);

      await page.clock.runFor(1_000);
      expect((await state(page)).countdown).toBe("40% off in 00:04");
      await page.clock.runFor(3_000);
      expect((await state(page)).countdown).toBe("40% off in 00:01");
      await page.clock.runFor(999);
      expect(await state(page)).toMatchObject({ phase: "on", shown: "50% off — Launch hour" });

      await page.clock.runFor(1);
      expect(await state(page)).toEqual({
        phase: "on",
        shown: `40% off — ${LONG_MESSAGE}`,
        countdown: "30% off in 2:00:00",
        say: `40% off — ${LONG_MESSAGE}. 30% off in 2 hours.`,
      });
      const boundary = ms("2026-12-01T14:00:00Z");
      expect(await writes()).toEqual({
        countdown: [
          [boundary - 4_000, "40% off in 00:04"],
          [boundary - 3_000, "40% off in 00:03"],
          [boundary - 2_000, "40% off in 00:02"],
          [boundary - 1_000, "40% off in 00:01"],
          [boundary, "30% off in 2:00:00"],
        ],
        // At the switch at once, not a minute after the page's first sentence.
        say: [[boundary, `40% off — ${LONG_MESSAGE}. 30% off in 2 hours.`]],
      });
      expect(await page.locator(ROOT).boundingBox()).toEqual(box);
      expect(await layoutShifts(page)).toEqual([]);
      await screenshot(page, `tiered-discount-storefront-countdown${name === "phone" ? "-phone" : ""}`, {
        fullPage: false,
      });
      expect(problems).toEqual([]);
    },
  );

  it("changes the screen-reader sentence at most once a minute, while the countdown ticks every second", async () => {
    const { page } = await open({ at: "2026-12-01T14:10:00Z", schedule: TIME });
    expect((await state(page)).say).toBe(`40% off — ${LONG_MESSAGE}. 30% off in 1 hour 50 minutes.`);
    const writes = await recordWrites(page);

    await page.clock.runFor(5 * 60_000 + 500);
    const { countdown, say } = await writes();
    const start = ms("2026-12-01T14:10:00Z");
    expect(countdown).toHaveLength(300);
    expect(countdown.at(-1)).toEqual([start + 300_000, "30% off in 1:45:00"]);
    expect(say).toEqual(
      [49, 48, 47, 46, 45].map((minutes, index) => [
        start + (index + 1) * 60_000,
        `40% off — ${LONG_MESSAGE}. 30% off in 1 hour ${minutes} minutes.`,
      ]),
    );
    const live = page.locator(`${ROOT} [data-say]`);
    expect([await live.getAttribute("aria-live"), await live.getAttribute("aria-atomic")]).toEqual(["polite", "true"]);
  });

  it("stops ticking off screen but still switches at the boundary, and catches up when scrolled back", async () => {
    const { page } = await open({ at: "2026-12-01T13:59:30Z", schedule: TIME, viewport: { width: 1280, height: 600 } });
    await page.evaluate(() => {
      document.body.style.paddingBottom = "3000px";
      window.scrollTo(0, document.body.scrollHeight);
    });
    await intersecting(page, false);
    const writes = await recordWrites(page);

    await page.clock.runFor(29_000);
    expect((await writes()).countdown).toEqual([]);
    await page.clock.runFor(1_000);
    const boundary = ms("2026-12-01T14:00:00Z");
    expect(await writes()).toEqual({
      countdown: [[boundary, "30% off in 2:00:00"]],
      say: [[boundary, `40% off — ${LONG_MESSAGE}. 30% off in 2 hours.`]],
    });
    expect((await state(page)).shown).toBe(`40% off — ${LONG_MESSAGE}`);
    await page.clock.runFor(20_000);
    expect((await writes()).countdown).toHaveLength(1);

    await page.evaluate(() => window.scrollTo(0, 0));
    await intersecting(page, true);
    await expect.poll(async () => (await state(page)).countdown).toBe("30% off in 1:59:40");
    await page.clock.runFor(1_000);
    expect((await state(page)).countdown).toBe("30% off in 1:59:39");
  });

  it("runs nothing in a hidden tab and shows the right time as soon as it is visible again", async () => {
    const { page } = await open({ at: "2026-12-01T13:30:00Z", schedule: TIME });
    await visibility(page, true);
    await page.clock.runFor(1_000);
    const writes = await recordWrites(page);

    await page.clock.runFor(60_000);
    expect(await writes()).toEqual({ countdown: [], say: [] });
    await visibility(page, false);
    expect((await state(page)).countdown).toBe("40% off in 28:59");
    await page.clock.runFor(1_000);
    expect((await state(page)).countdown).toBe("40% off in 28:58");
  });

  it("counts down to the first tier, then to the next one", async () => {
    const { page } = await open({ at: "2026-12-01T12:59:58Z", schedule: TIME });
    expect(await state(page)).toEqual({
      phase: "soon",
      shown: "50% off — Launch hour",
      countdown: "Starts in 00:02",
      say: "50% off — Launch hour. Starts in 1 minute.",
    });

    await page.clock.runFor(2_000);
    expect(await state(page)).toEqual({
      phase: "on",
      shown: "50% off — Launch hour",
      countdown: "40% off in 1:00:00",
      say: "50% off — Launch hour. 40% off in 1 hour.",
    });
  });

  it("says the offer has ended at the last tier's end, without moving, and stops", async () => {
    const { page, problems } = await open({ at: "2026-12-02T12:59:58Z", schedule: TIME });
    const box = await page.locator(ROOT).boundingBox();
    expect((await state(page)).countdown).toBe("Ends in 00:02");
    const writes = await recordWrites(page);

    await page.clock.runFor(2_000);
    expect(await state(page)).toEqual({
      phase: "ended",
      shown: "This offer has ended.",
      countdown: "",
      say: "This offer has ended.",
    });
    await page.clock.runFor(120_000);
    expect((await writes()).countdown).toHaveLength(2);
    expect(await page.locator(ROOT).boundingBox()).toEqual(box);
    expect(await layoutShifts(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("the quantity table and the app embed bar", { timeout: 90_000 }, () => {
  it("shows the quantity tiers on the product page, with no script at work", async () => {
    const { page, problems } = await open({ at: "2026-12-01T13:47:26Z", schedule: QUANTITY });
    const table = page.locator(`${ROOT} table`);

    expect(await table.locator("caption").textContent()).toBe("Buy more, save more");
    expect(await table.locator("tbody tr").allInnerTexts()).toEqual(["Buy 2\t10% off each", "Buy 3+\t20% off each"]);
    await page.locator(ROOT).scrollIntoViewIfNeeded();
    await screenshot(page, "tiered-discount-storefront-quantity", { fullPage: false });
    expect(problems).toEqual([]);
  });

  it("keeps the shop-wide bar at the bottom of the window on the home page, counting down", async () => {
    const viewport = { width: 1280, height: 560 };
    const { page, problems } = await open({ at: "2026-12-01T13:47:26Z", shopSchedule: TIME, path: "/", viewport });
    const bar = page.locator(BAR);

    expect(await state(page, BAR)).toMatchObject({ phase: "on", countdown: "40% off in 12:34" });
    // The page is taller than the window, and the bar, last in <body>, sticks to its bottom.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(viewport.height + 100);
    const box = (await bar.boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(viewport.height);
    await page.clock.runFor(1_000);
    expect((await state(page, BAR)).countdown).toBe("40% off in 12:33");
    await screenshot(page, "tiered-discount-storefront-bar", { fullPage: false });
    expect(await layoutShifts(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("the bar never covers the page for good", { timeout: 90_000 }, () => {
  const AT = "2026-12-01T13:47:26Z";
  const dismiss = (page: Page) => page.getByRole("button", { name: "Dismiss" });

  /** Boxes in the window: the bar's, and the last line of content and of the footer. */
  function boxes(page: Page) {
    return page.evaluate(() => {
      const box = (selector: string) => {
        const { top, bottom } = document.querySelector(selector)!.getBoundingClientRect();
        return { top, bottom };
      };
      return {
        bar: box(".fieldtest-launch--bar"),
        lastCard: box("#MainContent .card:last-child"),
        footer: box(".site-footer p"),
      };
    });
  }

  it("leaves room for itself at the end of a long page: the last lines scroll up above it", async () => {
    const viewport = { width: 390, height: 844 };
    const { page, problems } = await open({ at: AT, shopSchedule: TIME, path: "/", viewport });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(2 * viewport.height);

    // Half-way down, the bar is at the bottom of the window, over whatever passes under it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2 - innerHeight / 2));
    expect(Math.round((await boxes(page)).bar.bottom)).toBe(viewport.height);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const end = await boxes(page);
    // Flush with the window's bottom (not lifted by the theme's margins around app blocks).
    expect(Math.round(end.bar.bottom)).toBe(viewport.height);
    expect(end.lastCard.bottom).toBeLessThanOrEqual(end.bar.top);
    expect(end.footer.bottom).toBeLessThanOrEqual(end.bar.top);
    // Title, tier and countdown, a line each: under a seventh of a phone's height.
    expect(end.bar.bottom - end.bar.top).toBeLessThan(viewport.height / 7);
    // What a tap on the footer's last line reaches is the footer, not the bar.
    const hit = await page.evaluate(
      ({ y }) => document.elementFromPoint(40, y)?.closest(".site-footer, .fieldtest-launch")?.className,
      { y: end.footer.bottom - 4 },
    );
    expect(hit).toBe("site-footer");
    await screenshot(page, "tiered-discount-storefront-bar-end-phone", { fullPage: false });

    // Dismissed, the bar gives its room back: the page ends with the footer again.
    await dismiss(page).click();
    expect(await page.locator(BAR).isVisible()).toBe(false);
    const after = await page.evaluate(() => ({
      footer: document.querySelector(".site-footer p")!.getBoundingClientRect().bottom,
      max: document.documentElement.scrollHeight - innerHeight,
      scrollY,
    }));
    expect(after.scrollY).toBe(after.max);
    expect(after.footer).toBeLessThanOrEqual(viewport.height);
    expect(problems).toEqual([]);
  });

  it("never hides the link the keyboard reaches: one under the bar scrolls up above it", async () => {
    const viewport = { width: 1280, height: 560 };
    const { page, problems } = await open({ at: AT, shopSchedule: TIME, path: "/", viewport });
    // A long list of links, as a collection page has. Each in turn is first scrolled to sit
    // under the bar, then reached with Tab.
    await page.evaluate(() => {
      const list = document.createElement("ul");
      list.innerHTML = Array.from({ length: 30 }, (_, i) => `<li><a href="#item-${i}">Item ${i}</a></li>`).join("");
      document.querySelector("#MainContent")!.prepend(list);
    });
    const links = await page.locator("a[href]").count();
    let checked = 0;
    for (let i = 0; i < links; i++) {
      const placed = await page.evaluate((index) => {
        const link = document.querySelectorAll("a[href]")[index] as HTMLElement;
        const bar = document.querySelector(".fieldtest-launch--bar")!.getBoundingClientRect();
        window.scrollBy({ top: link.getBoundingClientRect().top - (bar.top + 4), behavior: "instant" });
        const under = link.getBoundingClientRect().top >= bar.top;
        // Tab from the element before it.
        (document.querySelectorAll("a[href]")[index - 1] as HTMLElement | undefined)?.focus({
          preventScroll: true,
        });
        if (index === 0) (document.activeElement as HTMLElement | null)?.blur();
        return under;
      }, i);
      if (!placed) continue; // Near the page's end: it can't be scrolled that far down.
      await page.keyboard.press("Tab");
      const seen = await page.evaluate(() => ({
        focused: document.activeElement!.matches("a[href]"),
        bottom: document.activeElement!.getBoundingClientRect().bottom,
        barTop: document.querySelector(".fieldtest-launch--bar")!.getBoundingClientRect().top,
      }));
      if (!seen.focused) continue;
      expect(seen.bottom).toBeLessThanOrEqual(seen.barTop);
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
    expect(problems).toEqual([]);
  });

  it("is dismissed from the keyboard for the session, and gone before paint on the next page, with no layout shift", async () => {
    const { page, problems } = await open({
      at: AT,
      shopSchedule: TIME,
      path: "/",
      viewport: { width: 1280, height: 560 },
    });
    expect(await barAtFirstSight(page)).toBe("flex");

    // The button is the page's last stop for Tab: one Shift+Tab from the top reaches it.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Dismiss");
    expect(await dismiss(page).evaluate((button) => button === document.activeElement)).toBe(true);
    const scrollY = await page.evaluate(() => window.scrollY);

    await page.keyboard.press("Enter");
    expect(await page.locator(BAR).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dataset.fieldtestLaunchBar)).toBe("dismissed");
    expect(await page.evaluate(() => ({ ...sessionStorage }))).toEqual({
      "fieldtest-launch:gid://shopify/DiscountAutomaticNode/1001": "dismissed",
    });
    // Focus went nowhere else, and the page did not scroll: the next Shift+Tab goes on from where the button was.
    expect(await page.evaluate(() => [document.activeElement?.tagName, window.scrollY])).toEqual(["BODY", scrollY]);
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".card") !== null)).toBe(true);

    // Reloaded, and on the next page: hidden from the parser's first sight of it, so nothing moves.
    for (const next of [
      () => page.reload({ waitUntil: "load" }),
      async () => page.goto(`${base}${await rendered({ at: AT, shopSchedule: TIME, path: "/" })}`),
    ]) {
      await next();
      expect(await barAtFirstSight(page)).toBe("none");
      expect(await page.locator(BAR).isVisible()).toBe(false);
      expect(await page.locator(BAR).count()).toBe(1);
      expect(await layoutShifts(page)).toEqual([]);
    }
    await screenshot(page, "tiered-discount-storefront-bar-dismissed", { fullPage: false });

    // A new discount shows again in the same tab.
    const next = { ...TIME, discountId: "gid://shopify/DiscountAutomaticNode/1009" };
    await page.goto(`${base}${await rendered({ at: AT, shopSchedule: next, path: "/" })}`, { waitUntil: "load" });
    expect(await barAtFirstSight(page)).toBe("flex");
    expect(await page.locator(BAR).isVisible()).toBe(true);
    expect(await layoutShifts(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("is not shown twice: a product page whose block shows the bar's discount hides the bar, before paint", async () => {
    const { page, problems } = await open({ at: AT, shopSchedule: TIME });
    const block = page.locator(ROOT);

    expect(await block.getAttribute("data-discount-id")).toBe(TIME.discountId);
    expect(await block.isVisible()).toBe(true);
    expect(await barAtFirstSight(page)).toBe("none");
    expect(await page.locator(BAR).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dataset.fieldtestLaunchBar)).toBe("block");
    // One countdown for screen readers, not two.
    expect(
      await page.locator("[data-say]").evaluateAll((says) => says.filter((say) => say.checkVisibility()).length),
    ).toBe(1);
    // Nothing was dismissed: a page without the block shows the bar.
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await layoutShifts(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("shows both on a product page whose block shows another discount", async () => {
    const { page, problems } = await open({ at: AT, schedule: QUANTITY, shopSchedule: TIME });

    expect(await page.locator(ROOT).getAttribute("data-discount-id")).toBe(QUANTITY.discountId);
    expect(await page.locator(ROOT).isVisible()).toBe(true);
    expect(await barAtFirstSight(page)).toBe("flex");
    expect(await page.locator(BAR).isVisible()).toBe(true);
    await page.locator(ROOT).scrollIntoViewIfNeeded();
    await screenshot(page, "tiered-discount-storefront-bar-and-block", { fullPage: false });
    expect(await layoutShifts(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
