import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { DevStoreState } from "../../devstore/state/types";
import { markupProblems, visibleText } from "../devstore/storefront/html";
import { plannedProduct, type PlanSpec } from "./support/planned-product";
import {
  openShop,
  preorderBlock,
  preorderConfig,
  preorderProgress,
  preorderShopState,
  renderProductPage,
  VARIANTS,
  type PreorderConfig,
  type PreorderProgress,
} from "./support/preorder-shop";

// The block rendered by the dev store's storefront renderer (the theme's product template,
// the block found in storefront/preorder, its schema defaults, translations and snippets)
// for a product whose selling plans have the shape of Shopify's Liquid objects.

const DEPOSIT: PlanSpec = {
  id: 7,
  appId: "fieldtest",
  checkoutPercent: 20,
  variantIds: [VARIANTS.sand.id, VARIANTS.slate.id],
};

interface Render {
  config?: Partial<PreorderConfig> | null;
  progress?: Partial<PreorderProgress> | null;
  plans?: PlanSpec[];
  variant?: string;
  shop?: Partial<DevStoreState["shop"]>;
}

async function render({ config = {}, progress = {}, plans = [DEPOSIT], variant, shop }: Render = {}) {
  const state = preorderShopState(
    {
      config: config && preorderConfig(config),
      progress: progress && preorderProgress(progress),
    },
    shop,
  );
  const store = openShop(state);
  const html = await renderProductPage(store, plannedProduct(store.state, plans, variant ?? null));
  const block = preorderBlock(html);
  const { document } = parseHTML(`<!doctype html><html><body>${block}</body></html>`);
  return { html, block, document, root: document.querySelector("[data-fieldtest-preorder]") as HTMLElement | null };
}

function text(element: Element | null) {
  return visibleText(element?.outerHTML ?? "");
}

describe("the preorder block on a product with the preorder's selling plan", () => {
  it("labels the product with the app's wording, the ship date and the note", async () => {
    const { root, document } = await render();

    expect(document.querySelector(".fieldtest-preorder__badge")?.textContent).toBe("Early bird preorder");
    expect(root?.getAttribute("aria-labelledby")).toBe(document.querySelector(".fieldtest-preorder__badge")?.id);
    expect(document.querySelector(".fieldtest-preorder__ship")?.innerHTML).toBe(
      'Expected to ship <time datetime="2027-02-15">February 15, 2027</time>',
    );
    expect(text(document.querySelector(".fieldtest-preorder__note"))).toBe("Ships mid-February");
  });

  it("falls back to its own translated label and button when the app sends no wording", async () => {
    const { document, root } = await render({ config: { wording: { label: "", button: "", note: "" } } });

    expect(document.querySelector(".fieldtest-preorder__badge")?.textContent).toBe("Preorder");
    expect(root?.dataset.button).toBe("Preorder now");
    expect(document.querySelector(".fieldtest-preorder__note")).toBeNull();
  });

  it("keeps the ship date on its day in every shop time zone", async () => {
    for (const ianaTimezone of ["America/Los_Angeles", "Europe/Amsterdam", "Pacific/Auckland", "Pacific/Kiritimati"]) {
      const { document } = await render({ shop: { ianaTimezone } });
      expect(text(document.querySelector("time")), ianaTimezone).toBe("February 15, 2027");
    }
  });

  it("says what the selected variant costs now and at shipping, from its allocation, in the shop's money format", async () => {
    const { document } = await render();
    const terms = [...document.querySelectorAll("[data-variant]")].map((p) => ({
      variant: p.getAttribute("data-variant"),
      plan: p.getAttribute("data-plan"),
      hidden: p.hasAttribute("hidden"),
      text: text(p),
    }));

    expect(terms).toEqual([
      { variant: "801", plan: "7", hidden: false, text: "Pay €20,00 now, €80,00 when it ships" },
      { variant: "802", plan: "7", hidden: true, text: "Pay €24,00 now, €96,00 when it ships" },
      { variant: "803", plan: "", hidden: true, text: "This option can't be preordered" },
    ]);
    expect(document.querySelector(".fieldtest-preorder__terms")?.getAttribute("aria-live")).toBe("polite");
  });

  it("says full payment, or no charge until the preorder goes ahead, for those plans", async () => {
    const full = await render({ plans: [{ ...DEPOSIT, checkoutPercent: 100 }], config: { paymentModel: "full" } });
    const later = await render({
      plans: [{ ...DEPOSIT, checkoutPercent: 0 }],
      config: { paymentModel: "charge-later", depositPercent: null },
    });

    expect(text(full.document.querySelector('[data-variant="801"]'))).toBe("Pay €100,00 now, in full");
    expect(text(later.document.querySelector('[data-variant="801"]'))).toBe("No charge until the preorder goes ahead");
  });

  it("adds selling_plan=<id> to the theme's product form for the selected variant", async () => {
    const { html, document } = await render();
    const input = document.querySelector("input[name=selling_plan]") as HTMLInputElement;

    expect(input.outerHTML).toMatch(/^<input type="hidden" name="selling_plan" value="7" form="product-form-main"/);
    expect(input.hasAttribute("disabled")).toBe(false);
    expect(html).toContain(
      '<form method="post" action="/cart/add" accept-charset="UTF-8" enctype="multipart/form-data" id="product-form-main"',
    );
  });

  it("sends no selling plan for a variant the plan does not cover", async () => {
    const { document } = await render({ variant: VARIANTS.olive.id });
    const input = document.querySelector("input[name=selling_plan]") as HTMLInputElement;

    expect(input.getAttribute("value")).toBe("");
    expect(input.hasAttribute("disabled")).toBe(true);
    expect(text(document.querySelector("[data-variant]:not([hidden])"))).toBe("This option can't be preordered");
  });

  it("shows the progress toward a units goal as an accessible progress bar", async () => {
    const { document } = await render();
    const bar = document.querySelector("[role=progressbar]") as HTMLElement;

    expect(bar.getAttribute("aria-label")).toBe("Preorder progress");
    expect(
      ["aria-valuemin", "aria-valuemax", "aria-valuenow", "aria-valuetext"].map((name) => bar.getAttribute(name)),
    ).toEqual(["0", "100", "12", "12 of 100 preorders, 12%"]);
    expect(bar.getAttribute("style")).toBe("--fieldtest-preorder-percent: 12;");
    expect(text(document.querySelector(".fieldtest-preorder__numbers"))).toBe("12 of 100 preorders 12%");
    expect(document.querySelector(".fieldtest-preorder__numbers")?.getAttribute("aria-live")).toBe("polite");
  });

  it("shows a revenue goal in money, and caps the bar at 100% when the goal is passed", async () => {
    const { document, root } = await render({
      config: { goal: { kind: "revenue", value: 5000 } },
      progress: { revenue: 6420.5, percent: 128.41 },
    });
    const bar = document.querySelector("[role=progressbar]") as HTMLElement;

    expect(text(document.querySelector("[data-progress-text]"))).toBe("€6.420,50 of €5.000,00 raised");
    expect(bar.getAttribute("aria-valuenow")).toBe("100");
    expect(bar.getAttribute("aria-valuetext")).toBe("€6.420,50 of €5.000,00 raised, 128.41%");
    expect(root?.dataset.progressTemplate).toBe("%c of %g raised");
  });

  it("hands the script what it needs in data attributes", async () => {
    const { root } = await render();

    expect({ ...root?.dataset }).toEqual({
      fieldtestPreorder: "",
      state: "open",
      deadline: "2027-01-31T23:59:59Z",
      progressUrl: "/apps/fieldtest/preorders/pt_123/progress",
      kind: "units",
      goal: "100",
      moneyFormat: "€{{amount_with_comma_separator}}",
      progressTemplate: "%c of %g preorders",
      percentTemplate: "%p%",
      button: "Preorder now",
      closed: "Preorders for this product have closed.",
      closedButton: "Preorders closed",
      soldOut: "All preorders have been taken.",
      soldOutButton: "Sold out",
    });
  });

  it("takes its look from the block settings' defaults", async () => {
    const { root } = await render();

    expect(root?.getAttribute("style")).toBe("--fieldtest-preorder-accent: #1f5f4a;");
  });

  it("finds the plan in the app's own group, and in another group too", async () => {
    const other = await render({ plans: [{ ...DEPOSIT, appId: null }] });
    const both = await render({ plans: [{ ...DEPOSIT, id: 99, appId: "another-app" }, DEPOSIT] });

    expect(other.root).not.toBeNull();
    expect(both.document.querySelector("input[name=selling_plan]")?.getAttribute("value")).toBe("7");
  });

  it("keeps the product page well-formed, with unique ids and labelled controls", async () => {
    const { html } = await render();

    expect(markupProblems(html)).toEqual([]);
  });
});

describe("closed and sold-out preorders", () => {
  const cases: [string, Render, string, string][] = [
    ["the app closed it", { config: { status: "closed" } }, "closed", "Preorders for this product have closed."],
    ["the progress says so", { progress: { state: "closed" } }, "closed", "Preorders for this product have closed."],
    ["the cap is reached", { progress: { units: 150, percent: 150 } }, "sold-out", "All preorders have been taken."],
    ["the app sold it out", { progress: { state: "sold-out" } }, "sold-out", "All preorders have been taken."],
    [
      "its deadline passed",
      { config: { deadline: "2026-01-31T23:59:59Z" } },
      "closed",
      "Preorders for this product have closed.",
    ],
  ];

  it.each(cases)("says why and sends no selling plan when %s", async (_name, options, state, message) => {
    const { document, root } = await render(options);
    const input = document.querySelector("input[name=selling_plan]") as HTMLInputElement;

    expect(root?.dataset.state).toBe(state);
    expect(text(document.querySelector("[data-status]"))).toBe(message);
    expect(document.querySelector("[data-status]")?.hasAttribute("hidden")).toBe(false);
    expect(document.querySelectorAll("[data-variant]:not([hidden])")).toHaveLength(0);
    expect(input.hasAttribute("disabled")).toBe(true);
  });
});

describe("where the block shows nothing", () => {
  const nothing: [string, Render][] = [
    ["the product lacks the config's selling plan", { config: { sellingPlanId: "gid://shopify/SellingPlan/8" } }],
    ["the product has no selling plans at all", { plans: [] }],
    ["the config has no status", { config: { status: undefined } }],
    ["there is no config", { config: null, progress: null }],
  ];

  it.each(nothing)("when %s", async (_name, options) => {
    const { block } = await render(options);

    expect(block).toBe("");
  });

  it("tolerates a config without progress (the numbers start at zero)", async () => {
    const { document } = await render({ progress: null });

    expect(document.querySelector("[role=progressbar]")?.getAttribute("aria-valuetext")).toBe("0 of 100 preorders, 0%");
  });
});

describe("translations", () => {
  const locales = (file: string) =>
    JSON.parse(readFileSync(new URL(`../../storefront/preorder/locales/${file}`, import.meta.url), "utf8")) as object;
  const keys = (tree: object, prefix = ""): string[] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
    );

  it("has German and French for every English string, with the same placeholders", () => {
    const english = locales("en.default.json");
    const placeholders = (tree: object) =>
      Object.fromEntries(
        keys(tree).map((key) => [
          key,
          [
            ...String(
              key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree),
            ).matchAll(/\{\{\s*(\w+)\s*\}\}/g),
          ]
            .map((match) => match[1])
            .sort(),
        ]),
      );
    for (const file of ["de.json", "fr.json"]) {
      expect(keys(locales(file)), file).toEqual(keys(english));
      expect(placeholders(locales(file)), file).toEqual(placeholders(english));
    }
  });
});
