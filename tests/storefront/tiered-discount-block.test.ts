import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DevMetafield, DevStoreState } from "../../devstore/state/types";
import { priceCart } from "../../devstore/storefront/cart/priced-cart";
import { ProductDrop } from "../../devstore/storefront/drops/product-drop";
import { createLiquidEngine } from "../../devstore/storefront/liquid/engine";
import { StorefrontRenderer, THEME_DIR } from "../../devstore/storefront/storefront-renderer";
import { markupProblems, visibleText } from "../devstore/storefront/html";
import { APP_ID, openShop, preorderShopState, PRODUCT, renderProductPage } from "./support/preorder-shop";

// The "Launch discount" block and the "Launch discount bar" embed (storefront/launch/) rendered
// by the dev store's storefront renderer, with the schedule the app writes to
// $app:tiered-discount.schedule on the product or the shop, at a server time set with
// vi.setSystemTime (Liquid's 'now').

const EXTENSION = fileURLToPath(new URL("../../storefront/launch", import.meta.url));
const BLOCK = "shopify-block-launch_launch_discount";
const BAR = "shopify-block-launch_launch_bar";

/** Launch day, 1 December 2026 (UTC): 50 % for an hour, 40 % for two more, 30 % until the next day. */
const TIME = {
  version: 1,
  discountId: "gid://shopify/DiscountAutomaticNode/1001",
  title: "Launch week",
  kind: "time",
  startsAt: "2026-12-01T13:00:00Z",
  endsAt: "2026-12-02T13:00:00Z",
  tiers: [
    { startsAt: "2026-12-01T13:00:00Z", endsAt: "2026-12-01T14:00:00Z", percentage: 50, message: "Launch hour" },
    { startsAt: "2026-12-01T14:00:00Z", endsAt: "2026-12-01T16:00:00Z", percentage: 40, message: "First three hours" },
    { startsAt: "2026-12-01T16:00:00Z", endsAt: "2026-12-02T13:00:00Z", percentage: 30, message: "Launch day" },
  ],
};

const QUANTITY = {
  version: 1,
  discountId: "gid://shopify/DiscountAutomaticNode/1002",
  title: "Buy more, save more",
  kind: "quantity",
  startsAt: "2026-11-01T00:00:00Z",
  endsAt: null,
  tiers: [
    { minimumQuantity: 2, percentage: 10, message: "Buy 2, save 10%" },
    { minimumQuantity: 3, amountOffEachItem: "5.00", message: "Buy 3, save €5 each" },
    { minimumQuantity: 5, percentage: 20, message: "Buy 5, save 20%" },
  ],
};

const SPEND = {
  version: 1,
  discountId: "gid://shopify/DiscountAutomaticNode/1003",
  title: "",
  kind: "spend",
  startsAt: null,
  endsAt: "2026-12-31T23:00:00Z",
  tiers: [
    { minimumSubtotal: "100.00", percentage: 10, message: "Spend €100, save 10%" },
    { minimumSubtotal: "150.00", amountOffOrder: "20.50", message: "Spend €150, save €20.50" },
  ],
};

function scheduleMetafield(owner: "product" | "shop", value: unknown): DevMetafield {
  return {
    id: owner === "product" ? "951" : "952",
    ownerId: owner === "product" ? `gid://shopify/Product/${PRODUCT.id}` : "gid://shopify/Shop/100",
    namespace: `app--${APP_ID}--tiered-discount`,
    key: "schedule",
    type: "json",
    value: typeof value === "string" ? value : JSON.stringify(value),
    compareDigest: `digest-schedule-${owner}`,
    createdAt: "2026-11-20T10:00:00Z",
    updatedAt: "2026-11-20T10:00:00Z",
  };
}

interface Render {
  /** The server's clock. */
  at: string;
  product?: unknown;
  shop?: unknown;
  page?: "product" | "index";
}

async function render({ at, product, shop, page = "product" }: Render) {
  const state: DevStoreState = preorderShopState();
  if (product !== undefined) state.metafields.push(scheduleMetafield("product", product));
  if (shop !== undefined) state.metafields.push(scheduleMetafield("shop", shop));
  const store = openShop(state);
  vi.setSystemTime(new Date(at));
  let html: string;
  if (page === "product") {
    const trailPack = state.products.find((candidate) => candidate.id === PRODUCT.id)!;
    html = await renderProductPage(store, new ProductDrop(trailPack, state));
  } else {
    html = await new StorefrontRenderer(store).render({
      request: new Request("http://shop.test/"),
      cart: priceCart(state, { token: "", lines: [], attributes: {}, note: "" }),
      pageType: "index",
    });
  }
  const { document } = parseHTML(html);
  const wrapper = document.getElementById(page === "product" ? BLOCK : BAR);
  return {
    html,
    document,
    wrapper,
    root: wrapper?.querySelector<HTMLElement>("[data-fieldtest-launch]") ?? null,
  };
}

const text = (element: Element | null | undefined) => visibleText(element?.outerHTML ?? "");

/** What the block shows and says about a time schedule. */
function timeState(root: HTMLElement | null) {
  const tiers = [...(root?.querySelectorAll<HTMLElement>("[data-tier]") ?? [])];
  return {
    phase: root?.dataset.phase,
    shown: text(root?.querySelector("[data-shown]")),
    countdown: root?.querySelector("[data-countdown]")?.textContent,
    say: root?.querySelector("[data-say]")?.textContent,
    tiers: tiers.map((tier) => tier.dataset.tier),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("a time-tiered discount on the product", () => {
  it.each([
    [
      "the launch hour, with the next tier 12:34 away",
      "2026-12-01T13:47:26Z",
      {
        phase: "on",
        shown: "50% off — Launch hour",
        countdown: "40% off in 12:34",
        say: "50% off — Launch hour. 40% off in 13 minutes.",
        tiers: ["0", "1", "2"],
      },
    ],
    [
      "its first second",
      "2026-12-01T13:00:00Z",
      {
        phase: "on",
        shown: "50% off — Launch hour",
        countdown: "40% off in 1:00:00",
        say: "50% off — Launch hour. 40% off in 1 hour.",
        tiers: ["0", "1", "2"],
      },
    ],
    [
      "its last second",
      "2026-12-01T13:59:59Z",
      {
        phase: "on",
        shown: "50% off — Launch hour",
        countdown: "40% off in 00:01",
        say: "50% off — Launch hour. 40% off in 1 minute.",
        tiers: ["0", "1", "2"],
      },
    ],
    [
      "the second tier, from the boundary's own second (the launch hour is gone from the markup)",
      "2026-12-01T14:00:00Z",
      {
        phase: "on",
        shown: "40% off — First three hours",
        countdown: "30% off in 2:00:00",
        say: "40% off — First three hours. 30% off in 2 hours.",
        tiers: ["1", "2"],
      },
    ],
    [
      "the last tier, counting down to the end",
      "2026-12-01T17:00:00Z",
      {
        phase: "on",
        shown: "30% off — Launch day",
        countdown: "Ends in 20:00:00",
        say: "30% off — Launch day. Ends in 20 hours.",
        tiers: ["2"],
      },
    ],
    [
      "an hour before the first tier",
      "2026-12-01T12:00:00Z",
      {
        phase: "soon",
        shown: "50% off — Launch hour",
        countdown: "Starts in 1:00:00",
        say: "50% off — Launch hour. Starts in 1 hour.",
        tiers: ["0", "1", "2"],
      },
    ],
    [
      "days before the first tier",
      "2026-11-28T10:56:57Z",
      {
        phase: "soon",
        shown: "50% off — Launch hour",
        countdown: "Starts in 3 days 2:03:03",
        say: "50% off — Launch hour. Starts in 3 days 2 hours.",
        tiers: ["0", "1", "2"],
      },
    ],
    [
      "one day and a few seconds before",
      "2026-11-30T12:59:58Z",
      {
        phase: "soon",
        shown: "50% off — Launch hour",
        countdown: "Starts in 1 day 0:00:02",
        say: "50% off — Launch hour. Starts in 1 day.",
        tiers: ["0", "1", "2"],
      },
    ],
  ])("shows %s", async (_name, at, expected) => {
    const { root } = await render({ at, product: TIME });

    expect(timeState(root)).toEqual(expected);
  });

  it("shows nothing from the last tier's end on", async () => {
    for (const at of ["2026-12-02T13:00:00Z", "2027-01-01T00:00:00Z"]) {
      const { wrapper } = await render({ at, product: TIME });
      expect(wrapper?.innerHTML.trim(), at).toBe("");
    }
  });

  it("counts down to the next tier across a gap, and to the end of a tier the gap follows", async () => {
    const gap = structuredClone(TIME);
    gap.tiers[1].endsAt = "2026-12-01T15:00:00Z";

    const during = await render({ at: "2026-12-01T14:30:00Z", product: gap });
    const between = await render({ at: "2026-12-01T15:30:00Z", product: gap });

    expect(timeState(during.root)).toMatchObject({ phase: "on", countdown: "Ends in 30:00" });
    expect(timeState(between.root)).toEqual({
      phase: "soon",
      shown: "30% off — Launch day",
      countdown: "Starts in 30:00",
      say: "30% off — Launch day. Starts in 30 minutes.",
      tiers: ["2"],
    });
  });

  it("ends the tiers at the discount's own end", async () => {
    const { root } = await render({ at: "2026-12-01T14:30:00Z", product: { ...TIME, endsAt: "2026-12-01T15:00:00Z" } });

    expect(timeState(root)).toMatchObject({ phase: "on", countdown: "Ends in 30:00", tiers: ["1"] });
    expect(root?.querySelector("[data-tier]")?.getAttribute("data-ends")).toBe("2026-12-01T15:00:00Z");
  });

  it("hands the script the whole schedule as ISO UTC instants, and its translated templates", async () => {
    const { root } = await render({ at: "2026-12-01T13:47:26Z", product: TIME });
    const tiers = [...root!.querySelectorAll<HTMLElement>("[data-tier]")].map((tier) => ({ ...tier.dataset }));

    expect({ ...root!.dataset }).toEqual({
      fieldtestLaunch: "",
      kind: "time",
      discountId: "gid://shopify/DiscountAutomaticNode/1001",
      phase: "on",
      locale: "en",
      textNext: "%p% off in %t",
      textEnds: "Ends in %t",
      textStarts: "Starts in %t",
    });
    expect(tiers).toEqual([
      { tier: "0", starts: "2026-12-01T13:00:00Z", ends: "2026-12-01T14:00:00Z", percentage: "50", shown: "" },
      { tier: "1", starts: "2026-12-01T14:00:00Z", ends: "2026-12-01T16:00:00Z", percentage: "40" },
      { tier: "2", starts: "2026-12-01T16:00:00Z", ends: "2026-12-02T13:00:00Z", percentage: "30" },
    ]);
    expect(root!.querySelector("[data-ended]")?.textContent).toBe("This offer has ended.");
    expect(root!.getAttribute("style")).toBe("--fieldtest-launch-accent: #b42318;");
  });

  it("is accessible: the title, a hidden visual part, one polite atomic sentence", async () => {
    const { root, html } = await render({ at: "2026-12-01T13:47:26Z", product: TIME });
    const say = root!.querySelector("[data-say]")!;

    expect(text(root!.querySelector(".fieldtest-launch__title"))).toBe("Launch week");
    expect(root!.querySelector(".fieldtest-launch__visual")?.getAttribute("aria-hidden")).toBe("true");
    expect([say.getAttribute("aria-live"), say.getAttribute("aria-atomic")]).toEqual(["polite", "true"]);
    expect(say.className).toBe("fieldtest-launch__say");
    expect(markupProblems(html)).toEqual([]);
  });

  it("escapes the app's words", async () => {
    const hostile = structuredClone(TIME);
    hostile.title = '<img src=x onerror="alert(1)">';
    hostile.tiers[0].message = "<b>Launch</b> & hour";
    const { root } = await render({ at: "2026-12-01T13:47:26Z", product: hostile });

    expect(root!.querySelector("img, b")).toBeNull();
    expect(root!.querySelector("[data-shown]")?.textContent).toBe("50% off — <b>Launch</b> & hour");
    expect(root!.querySelector("[data-say]")?.textContent).toBe(
      "50% off — <b>Launch</b> & hour. 40% off in 13 minutes.",
    );
  });

  it("leaves out a tier it cannot read and shows the rest", async () => {
    const mixed = structuredClone(TIME) as { tiers: unknown[] };
    mixed.tiers[0] = { ...TIME.tiers[0], percentage: 0 };
    const { root } = await render({ at: "2026-12-01T13:47:26Z", product: mixed });

    expect(timeState(root)).toEqual({
      phase: "soon",
      shown: "40% off — First three hours",
      countdown: "Starts in 12:34",
      say: "40% off — First three hours. Starts in 13 minutes.",
      tiers: ["1", "2"],
    });
  });

  it("shows the percentage alone for a tier without a message", async () => {
    const bare = structuredClone(TIME);
    bare.tiers[0].message = "  ";
    const { root } = await render({ at: "2026-12-01T13:47:26Z", product: bare });

    expect(root!.querySelector("[data-shown]")?.innerHTML).toBe("<strong>50% off</strong>");
    expect(root!.querySelector("[data-say]")?.textContent).toBe("50% off. 40% off in 13 minutes.");
  });
});

describe("a quantity-tiered discount on the product", () => {
  it("shows the tiers as a table, ranges between tiers and money in the shop's format", async () => {
    const { root, html } = await render({ at: "2026-12-01T13:47:26Z", product: QUANTITY });
    const table = root!.querySelector("table")!;
    const rows = [...table.querySelectorAll("tbody tr")].map((row) => [
      row.querySelector("th")?.getAttribute("scope"),
      text(row.querySelector("th")),
      text(row.querySelector("td")),
    ]);

    expect(root!.dataset).toMatchObject({ kind: "quantity", discountId: "gid://shopify/DiscountAutomaticNode/1002" });
    expect(root!.dataset.phase).toBeUndefined();
    expect(text(table.querySelector("caption"))).toBe("Buy more, save more");
    expect([...table.querySelectorAll("thead th")].map((th) => [th.getAttribute("scope"), text(th)])).toEqual([
      ["col", "Quantity"],
      ["col", "Discount"],
    ]);
    expect(rows).toEqual([
      ["row", "Buy 2", "10% off each"],
      ["row", "Buy 3–4", "€5 off each"],
      ["row", "Buy 5+", "20% off each"],
    ]);
    expect(markupProblems(html)).toEqual([]);
  });

  it("captions the table with its own words when the discount has no title, and says 'Buy 2+' for one tier", async () => {
    const { root } = await render({
      at: "2026-12-01T13:47:26Z",
      product: { ...QUANTITY, title: "", tiers: [QUANTITY.tiers[0]] },
    });

    expect(text(root!.querySelector("caption"))).toBe("Buy more, save more");
    expect(text(root!.querySelector("tbody"))).toBe("Buy 2+ 10% off each");
  });

  it("shows nothing before the discount starts or after it ends", async () => {
    const before = await render({ at: "2026-10-31T23:59:59Z", product: QUANTITY });
    const after = await render({
      at: "2026-12-01T00:00:00Z",
      product: { ...QUANTITY, endsAt: "2026-12-01T00:00:00Z" },
    });

    expect(before.wrapper?.innerHTML.trim()).toBe("");
    expect(after.wrapper?.innerHTML.trim()).toBe("");
  });
});

describe("a spend-tiered discount (a shop metafield: it is an order discount)", () => {
  it("says what each spend saves, in the shop's money format, on every product page", async () => {
    const { root, html } = await render({ at: "2026-12-01T13:47:26Z", shop: SPEND });

    expect(root!.dataset.kind).toBe("spend");
    expect([...root!.querySelectorAll("li")].map((item) => text(item))).toEqual([
      "Spend €100, save 10%",
      "Spend €150, save €20,50",
    ]);
    expect(root!.querySelector("ul")?.getAttribute("role")).toBe("list");
    expect(markupProblems(html)).toEqual([]);
  });

  it("ends with the discount", async () => {
    const { wrapper } = await render({ at: "2026-12-31T23:00:00Z", shop: SPEND });

    expect(wrapper?.innerHTML.trim()).toBe("");
  });
});

describe("where the schedule comes from", () => {
  it("takes the shop's schedule (an all-products discount) when the product has none", async () => {
    const { root } = await render({ at: "2026-12-01T13:47:26Z", shop: TIME });

    expect(timeState(root).shown).toBe("50% off — Launch hour");
  });

  it("prefers the product's own schedule to the shop's", async () => {
    const { root } = await render({ at: "2026-12-01T13:47:26Z", product: QUANTITY, shop: TIME });

    expect(root!.dataset.kind).toBe("quantity");
  });

  it("shows the shop's schedule in the app embed bar on every page, and the product's nowhere but its block", async () => {
    const home = await render({ at: "2026-12-01T13:47:26Z", shop: TIME, page: "index" });
    const productOnly = await render({ at: "2026-12-01T13:47:26Z", product: TIME, page: "index" });
    const productPage = await render({ at: "2026-12-01T13:47:26Z", shop: SPEND });

    expect(home.root?.classList.contains("fieldtest-launch--bar")).toBe(true);
    expect(timeState(home.root)).toMatchObject({ phase: "on", countdown: "40% off in 12:34" });
    expect(home.root?.getAttribute("style")).toBe(
      "--fieldtest-launch-accent: #b42318; --fieldtest-launch-background: #ffffff; --fieldtest-launch-text: #1a1a1a;",
    );
    expect(markupProblems(home.html)).toEqual([]);
    expect(productOnly.wrapper?.innerHTML.trim()).toBe("");
    // On a product page both render the shop's discount, each with its own ids (the bar's script then hides the bar).
    const bar = productPage.document.getElementById(BAR)?.querySelector("[data-fieldtest-launch]");
    expect(bar?.id).toBe("FieldtestLaunchBar-launch_launch_bar");
    expect(productPage.root?.id).toBe("FieldtestLaunch-launch_launch_discount");
    expect(markupProblems(productPage.html)).toEqual([]);
  });

  it("lists the quantity tiers in the bar", async () => {
    const { root } = await render({ at: "2026-12-01T13:47:26Z", shop: QUANTITY, page: "index" });

    expect(root?.querySelector("table")).toBeNull();
    expect([...root!.querySelectorAll("li")].map((item) => text(item))).toEqual([
      "Buy 2: 10% off each",
      "Buy 3–4: €5 off each",
      "Buy 5+: 20% off each",
    ]);
    expect(root!.querySelector("ul")?.getAttribute("aria-labelledby")).toBe(
      root!.querySelector(".fieldtest-launch__title")?.id,
    );
  });
});

describe("the bar's Dismiss, and the bar on a page that already shows its discount", () => {
  // sessionStorage for the bar's scripts: a plain object, or this one, which throws like a browser that blocks storage.
  const blocked = new Proxy(
    {},
    {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
      set() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    },
  );

  /** Runs the bar's inline script on the rendered page as the parser meets it; returns <html>'s mark. */
  function runBarScript(document: Document, sessionStorage: object) {
    const script = document.getElementById(BAR)?.querySelector("script");
    expect(script).toBeTruthy();
    Object.defineProperty(document, "currentScript", { configurable: true, value: script });
    new Function("document", "sessionStorage", script!.textContent!)(document, sessionStorage);
    return document.documentElement.getAttribute("data-fieldtest-launch-bar");
  }

  /** Runs assets/launch.js on the page, as the browser does once it is parsed. */
  function runLaunchJs(document: Document, sessionStorage: object) {
    const source = readFileSync(`${EXTENSION}/assets/launch.js`, "utf8");
    new Function("document", "sessionStorage", source)(document, sessionStorage);
  }

  it("ends the bar, and only the bar, with a Dismiss button", async () => {
    for (const schedule of [TIME, QUANTITY, SPEND]) {
      const { root, html } = await render({ at: "2026-12-01T13:47:26Z", shop: schedule, page: "index" });
      const button = root!.lastElementChild!;

      expect(
        {
          tag: button.tagName,
          type: button.getAttribute("type"),
          dismiss: button.hasAttribute("data-dismiss"),
          name: button.getAttribute("aria-label"),
          text: button.textContent,
        },
        schedule.kind,
      ).toEqual({ tag: "BUTTON", type: "button", dismiss: true, name: "Dismiss", text: "×" });
      expect(markupProblems(html)).toEqual([]);
    }
    const { root } = await render({ at: "2026-12-01T13:47:26Z", product: QUANTITY });
    expect(root!.querySelector("button")).toBeNull();
  });

  it("runs a script right before the bar, with the bar's discount, and none when there is no bar", async () => {
    const { document, root } = await render({ at: "2026-12-01T13:47:26Z", shop: TIME, page: "index" });
    const ended = await render({ at: "2026-12-02T13:00:00Z", shop: TIME, page: "index" });
    const script = document.getElementById(BAR)!.querySelector("script")!;

    expect(script.nextElementSibling).toBe(root);
    expect(script.getAttribute("data-discount-id")).toBe("gid://shopify/DiscountAutomaticNode/1001");
    expect(ended.document.getElementById(BAR)?.innerHTML.trim()).toBe("");
  });

  it("hides the bar before it is parsed when it was dismissed in this session, for that discount only", async () => {
    const key = "fieldtest-launch:gid://shopify/DiscountAutomaticNode/1001";
    const page = () => render({ at: "2026-12-01T13:47:26Z", shop: TIME, page: "index" });

    expect(runBarScript((await page()).document, {})).toBeNull();
    expect(runBarScript((await page()).document, { [key]: "dismissed" })).toBe("dismissed");
    expect(
      runBarScript((await page()).document, {
        "fieldtest-launch:gid://shopify/DiscountAutomaticNode/999": "dismissed",
      }),
    ).toBeNull();
    // Storage blocked: the bar shows, and nothing throws.
    expect(runBarScript((await page()).document, blocked)).toBeNull();
  });

  it("hides the bar on a product page whose block shows the same discount, not one whose block shows another", async () => {
    const same = await render({ at: "2026-12-01T13:47:26Z", shop: TIME });
    const other = await render({ at: "2026-12-01T13:47:26Z", product: QUANTITY, shop: TIME });

    expect(same.root!.dataset.discountId).toBe(TIME.discountId);
    expect(runBarScript(same.document, blocked)).toBe("block");
    expect(other.root!.dataset.discountId).toBe(QUANTITY.discountId);
    expect(runBarScript(other.document, {})).toBeNull();
  });

  it("launch.js: Dismiss hides the bar and remembers it for the session, under the discount's gid", async () => {
    const { document, root } = await render({ at: "2026-12-01T13:47:26Z", shop: QUANTITY, page: "index" });
    const session = {};
    runLaunchJs(document, session);

    root!.querySelector<HTMLButtonElement>("[data-dismiss]")!.click();
    expect(document.documentElement.getAttribute("data-fieldtest-launch-bar")).toBe("dismissed");
    expect(session).toEqual({ "fieldtest-launch:gid://shopify/DiscountAutomaticNode/1002": "dismissed" });
    // And what it wrote is what the bar's script reads on the next page.
    expect(
      runBarScript((await render({ at: "2026-12-01T13:47:27Z", shop: QUANTITY, page: "index" })).document, session),
    ).toBe("dismissed");
  });

  it("launch.js: Dismiss still hides the bar when storage is blocked", async () => {
    const { document, root } = await render({ at: "2026-12-01T13:47:26Z", shop: SPEND, page: "index" });
    runLaunchJs(document, blocked);

    root!.querySelector<HTMLButtonElement>("[data-dismiss]")!.click();
    expect(document.documentElement.getAttribute("data-fieldtest-launch-bar")).toBe("dismissed");
  });
});

describe("a schedule the block cannot read renders nothing", () => {
  const broken: [string, unknown][] = [
    ["no metafield at all", undefined],
    ["a value that is not JSON", "{not json"],
    ["JSON that is not an object", [1, 2, 3]],
    ["another version", { ...TIME, version: 2 }],
    ["no version", { ...TIME, version: undefined }],
    ["an unknown kind", { ...TIME, kind: "bogo" }],
    ["no tiers", { ...TIME, tiers: [] }],
    ["tiers that are not a list", { ...TIME, tiers: "50% off" }],
    ["tiers that are an object", { ...TIME, tiers: { startsAt: "2026-12-01T13:00:00Z" } }],
    [
      "time tiers with bad instants and percentages",
      {
        ...TIME,
        tiers: [
          { startsAt: "soon", endsAt: "2026-12-01T14:00:00Z", percentage: 50, message: "" },
          { startsAt: "2026-12-01T14:00:00Z", endsAt: "2026-12-01T14:00:00Z", percentage: 40, message: "" },
          { startsAt: "2026-12-01T15:00:00Z", endsAt: "2026-12-01T14:00:00Z", percentage: 40, message: "" },
          { startsAt: "2026-12-01T16:00:00Z", endsAt: "2026-12-02T13:00:00Z", percentage: 101, message: "" },
          { startsAt: "2026-12-01T16:00:00Z", endsAt: "2026-12-02T13:00:00Z", percentage: "lots", message: "" },
          { startsAt: "2026-12-01T16:00:00Z", percentage: 30, message: "" },
        ],
      },
    ],
    [
      "quantity tiers without a minimum or a discount",
      {
        ...QUANTITY,
        tiers: [
          { minimumQuantity: 0, percentage: 10, message: "" },
          { minimumQuantity: 2, message: "" },
          { minimumQuantity: 3, percentage: 0, amountOffEachItem: "-1", message: "" },
        ],
      },
    ],
    [
      "spend tiers without a minimum or a discount",
      {
        ...SPEND,
        tiers: [
          { minimumSubtotal: "0", percentage: 10, message: "" },
          { minimumSubtotal: "lots", percentage: 10, message: "" },
          { minimumSubtotal: "100.00", message: "" },
        ],
      },
    ],
  ];

  it.each(broken)("%s", async (_name, schedule) => {
    const onProduct = await render({ at: "2026-12-01T13:47:26Z", product: schedule });
    const onShop = await render({ at: "2026-12-01T13:47:26Z", shop: schedule, page: "index" });

    expect(onProduct.wrapper?.innerHTML.trim()).toBe("");
    expect(onShop.wrapper?.innerHTML.trim()).toBe("");
    expect(markupProblems(onProduct.html)).toEqual([]);
  });
});

describe("the snippet in other languages and currencies", () => {
  const locale = (file: string) =>
    JSON.parse(readFileSync(`${EXTENSION}/locales/${file}`, "utf8")) as Record<string, unknown>;
  const state = preorderShopState();

  async function renderSnippet(
    schedule: unknown,
    { translations = locale("en.default.json"), lang = "en", sameCurrency = true, layout = "block" } = {},
  ) {
    const liquid = createLiquidEngine({
      themeDir: THEME_DIR,
      snippetDirs: [`${EXTENSION}/snippets`],
      assetsPath: "/extensions/launch/assets",
      translations,
      shop: () => state.shop,
    });
    const html = await liquid.parseAndRender(
      "{% render 'launch-discount', schedule: schedule, layout: layout, id: 'x', style: '', attributes: '', locale: lang, same_currency: same %}",
      { schedule, lang, same: sameCurrency, layout },
    );
    return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  }

  it("speaks German and French, with the day, hour and minute words the script's Intl.NumberFormat uses", async () => {
    vi.setSystemTime(new Date("2026-11-28T10:56:57Z"));
    const german = await renderSnippet(TIME, { translations: locale("de.json"), lang: "de" });
    const french = await renderSnippet(TIME, { translations: locale("fr.json"), lang: "fr" });

    expect(german.querySelector("[data-countdown]")?.textContent).toBe("Noch 3 Tage 2:03:03 bis zum Start");
    expect(german.querySelector("[data-say]")?.textContent).toBe(
      "50 % Rabatt — Launch hour. Noch 3 Tage 2 Stunden bis zum Start.",
    );
    expect(german.querySelector("[data-fieldtest-launch]")?.getAttribute("data-text-next")).toBe(
      "Noch %t, dann %p % Rabatt",
    );
    expect(french.querySelector("[data-say]")?.textContent).toBe(
      "50 % de remise — Launch hour. Commence dans 3\u00a0jours 2\u00a0heures.",
    );

    for (const [file, lang] of [
      ["en.default.json", "en"],
      ["de.json", "de"],
      ["fr.json", "fr"],
    ]) {
      const units = (locale(file).launch as { time: Record<string, Record<string, string>> }).time;
      for (const [key, unit] of [
        ["days", "day"],
        ["hours", "hour"],
        ["minutes", "minute"],
      ]) {
        for (const count of [1, 2, 5, 23, 59]) {
          const liquid = units[key][count === 1 ? "one" : "other"].replace("{{ count }}", String(count));
          const intl = new Intl.NumberFormat(lang, { style: "unit", unit, unitDisplay: "long" }).format(count);
          // ICU versions differ in the space they put there (French: a no-break space, or not).
          expect(liquid.replace(/\s/g, " "), `${lang} ${count} ${unit}`).toBe(intl.replace(/\s/g, " "));
        }
      }
    }
  });

  it("names the bar's Dismiss button in German and French", async () => {
    vi.setSystemTime(new Date("2026-12-01T13:47:26Z"));
    const german = await renderSnippet(QUANTITY, { translations: locale("de.json"), lang: "de", layout: "bar" });
    const french = await renderSnippet(TIME, { translations: locale("fr.json"), lang: "fr", layout: "bar" });

    expect(german.querySelector("button[data-dismiss]")?.getAttribute("aria-label")).toBe("Schließen");
    expect(french.querySelector("button[data-dismiss]")?.getAttribute("aria-label")).toBe("Fermer");
  });

  it("leaves money out for a buyer in another currency: no spend tiers, no amount-off quantity tiers", async () => {
    vi.setSystemTime(new Date("2026-12-01T13:47:26Z"));
    const spend = await renderSnippet(SPEND, { sameCurrency: false });
    const quantity = await renderSnippet(QUANTITY, { sameCurrency: false });

    expect(spend.body.innerHTML.trim()).toBe("");
    expect([...quantity.querySelectorAll("tbody tr")].map((row) => text(row))).toEqual([
      "Buy 2 10% off each",
      "Buy 5+ 20% off each",
    ]);
  });
});

describe("translations", () => {
  const locales = (file: string) =>
    JSON.parse(readFileSync(`${EXTENSION}/locales/${file}`, "utf8")) as Record<string, unknown>;
  const leaves = (tree: object, prefix = ""): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]): [string, string][] =>
      typeof value === "object" && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
    );
  const placeholders = (tree: object) =>
    Object.fromEntries(
      leaves(tree).map(([key, value]) => [key, [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()]),
    );

  it("has German and French for every English string, with the same placeholders", () => {
    const english = locales("en.default.json");
    for (const file of ["de.json", "fr.json"]) {
      expect(placeholders(locales(file)), file).toEqual(placeholders(english));
    }
  });
});
