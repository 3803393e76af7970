import { describe, expect, it } from "vitest";
import { ProductDrop } from "../../../devstore/storefront/drops/product-drop";
import { createLiquidEngine } from "../../../devstore/storefront/liquid/engine";
import { formatMoney } from "../../../devstore/storefront/money";
import { THEME_DIR } from "../../../devstore/storefront/storefront-renderer";
import { stateFixture } from "./state-fixture";

const state = stateFixture();
const liquid = createLiquidEngine({
  themeDir: THEME_DIR,
  snippetDirs: [],
  assetsPath: "/extensions/preorder/assets",
  translations: { preorder: { left: { one: "{{ count }} left", other: "{{ count }} left in stock" } } },
  shop: () => state.shop,
});
const render = (source: string, scope: object = {}) => liquid.parseAndRender(source, scope);

describe("Shopify's money formats", () => {
  it.each([
    ["${{amount}}", 123456, "$1,234.56"],
    ["€{{amount_with_comma_separator}}", 123456, "€1.234,56"],
    ["{{ amount_no_decimals }} kr", 123456, "1,235 kr"],
    ["{{amount_with_apostrophe_separator}} CHF", 123456789, "1'234'567.89 CHF"],
    ["{{amount_with_space_separator}} €", 5, "0,05 €"],
    ["{{amount_no_decimals_with_space_separator}} Ft", 123456, "1 235 Ft"],
  ])("formats cents with %s", (format, cents, expected) => {
    expect(formatMoney(cents, format)).toBe(expected);
  });
});

describe("the storefront's Liquid filters", () => {
  it("formats cents with the shop's money format, with or without currency and trailing zeros", async () => {
    expect(await render("{{ 250000 | money }}|{{ 250000 | money_with_currency }}")).toBe("€2.500,00|€2.500,00 EUR");
    expect(await render("{{ 250000 | money_without_trailing_zeros }}|{{ 1950 | money_without_trailing_zeros }}")).toBe(
      "€2.500|€19,50",
    );
    expect(await render("{{ 1950 | money_without_currency }}")).toBe("19,50");
  });

  it("translates with plurals and says which key is missing", async () => {
    expect(await render("{{ 'preorder.left' | t: count: 1 }}, {{ 'preorder.left' | t: count: 4 }}")).toBe(
      "1 left, 4 left in stock",
    );
    expect(await render("{{ 'preorder.gone' | t }}")).toBe("translation missing: en.preorder.gone");
  });

  it("serializes drops to Shopify's JSON, safe inside a script tag", async () => {
    const product = new ProductDrop(state.products[0], state);
    const json = JSON.parse(await render("{{ product | json }}", { product }));

    expect(json).toMatchObject({
      id: 200,
      handle: "folding-storage-ottoman",
      price: 124950,
      options: [{ name: "Colour" }],
    });
    expect(await render("{{ text | json }}", { text: "</script><b>" })).toBe('"\\u003c/script\\u003e\\u003cb\\u003e"');
  });

  it("handleizes, sizes images and names Shopify's date formats", async () => {
    expect(await render("{{ 'Oak Table, Large!' | handleize }}")).toBe("oak-table-large");
    expect(await render("{{ '/images/a.svg' | img_url: '300x' }}|{{ 'logo.svg' | asset_url }}")).toBe(
      "/images/a.svg?width=300|/extensions/preorder/assets/logo.svg",
    );
    expect(await render("{{ '2026-03-01T12:00:00Z' | date: format: 'abbreviated_date' }}")).toBe("Mar 01, 2026");
    expect(await render("{{ '2026-03-01T12:00:00Z' | date: '%-d %B' }}")).toBe("1 March");
  });

  it("writes {% form 'product' %} as Shopify's add-to-cart form", async () => {
    const html = await render(
      "{% form 'product', product, id: 'f', data-type: 'add-to-cart-form' %}<i>in</i>{% endform %}",
      {
        product: {},
      },
    );

    expect(html).toBe(
      '<form method="post" action="/cart/add" accept-charset="UTF-8" enctype="multipart/form-data" id="f" data-type="add-to-cart-form" class="shopify-product-form">' +
        '<input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓"><i>in</i></form>',
    );
  });

  it("strips {% schema %} and collects {% stylesheet %} instead of printing them", async () => {
    expect(
      await render('a{% schema %}{"name": "x {{ y }}"}{% endschema %}b{% stylesheet %}.x{}{% endstylesheet %}c'),
    ).toBe("abc");
  });
});
