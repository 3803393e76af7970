import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mainContent, markupProblems, visibleText } from "./html";
import { APP_ID } from "./state-fixture";
import { Shopper, startStorefront, type RunningStorefront } from "./storefront-server";
import { TempExtensions } from "./temp-extension";

// A preorder block as a theme app extension would ship it: schema settings with defaults,
// a snippet, translations, assets, the product's app-owned metafield and app data.
const PREORDER_BLOCK = `
{%- assign config = product.metafields["app--${APP_ID}--preorder"].config.value -%}
{%- assign variant = product.selected_or_first_available_variant -%}
{%- assign deposit = variant.price | times: config.deposit | divided_by: 100 | money -%}
{%- assign backers = product.metafields.custom.backers.value | plus: 1 -%}
<div class="preorder" data-block="{{ block.id }}" style="--accent: {{ block.settings.accent }}"{{ block.shopify_attributes }}>
  <h2 class="preorder__heading">{{ block.settings.heading }}</h2>
  <p class="preorder__deposit">{{ 'preorder.deposit' | t: amount: deposit }}</p>
  {%- render 'ship-date', ships: config.ships -%}
  <p class="preorder__backers">{{ 'preorder.backers' | t: count: backers }}</p>
  <p class="preorder__material">{{ product.metafields.custom.material }}</p>
  <p class="preorder__percent">{{ product.metafields["$app:preorder"].config.value.deposit }}% deposit</p>
  <p class="preorder__plans">{{ variant.selling_plan_allocations.size }} plans, show count: {{ block.settings.show_count }}</p>
  {{ 'badge.svg' | asset_url | image_url: width: 48 | image_tag: alt: 'Pre-order' }}
</div>
{% schema %}
{
  "name": "Preorder",
  "target": "section",
  "javascript": "preorder.js",
  "stylesheet": "preorder.css",
  "settings": [
    { "type": "header", "content": "Look" },
    { "type": "text", "id": "heading", "label": "Heading", "default": "Pre-order now" },
    { "type": "color", "id": "accent", "label": "Accent", "default": "#aa3300" },
    { "type": "checkbox", "id": "show_count", "label": "Show backers" }
  ]
}
{% endschema %}
`;

const SHIP_DATE_SNIPPET = `{%- assign date = ships | date: format: 'abbreviated_date' -%}
<p class="preorder__ships">{{ 'preorder.ships' | t: date: date }}</p>`;

const AB_EMBED = `
<script id="fieldtest-ab" data-api="{{ app.metafields.fieldtest.api_url }}" data-enabled="{{ app.metafields.fieldtest.enabled }}"></script>
{% javascript %}window.fieldtestEmbed = "$&";{% endjavascript %}
{% schema %}{ "name": "A/B test", "target": "body", "settings": [] }{% endschema %}
`;

const UNAVAILABLE_BLOCK = `<p>not offered yet</p>
{% schema %}{ "name": "Later", "target": "section", "available_if": "{{ app.metafields.fieldtest.not_set }}" }{% endschema %}`;

const extensions = new TempExtensions();
let storefront: RunningStorefront;
let shopper: Shopper;
let productPage: string;

beforeAll(async () => {
  extensions.add("preorder", {
    "shopify.extension.toml": 'name = "preorder"\ntype = "theme"\n',
    "blocks/preorder.liquid": PREORDER_BLOCK,
    "blocks/later.liquid": UNAVAILABLE_BLOCK,
    "snippets/ship-date.liquid": SHIP_DATE_SNIPPET,
    "locales/en.default.json": JSON.stringify({
      preorder: {
        deposit: "Pay {{ amount }} today",
        ships: "Ships {{ date }}",
        backers: { one: "{{ count }} backer", other: "{{ count }} backers" },
      },
    }),
    "assets/preorder.js": "console.log('preorder');",
    "assets/preorder.css": ".preorder { color: var(--accent); }",
    "assets/badge.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
  });
  extensions.add("ab-test", {
    "shopify.extension.toml": 'name = "ab-test"\ntype = "theme"\n',
    "blocks/ab-embed.liquid": AB_EMBED,
  });
  extensions.add("tiered-discount", { "shopify.extension.toml": 'type = "function"\n', "src/run.js": "" });
  storefront = await startStorefront({ extensionsDir: extensions.dir });
  shopper = new Shopper(storefront.url);
  productPage = await shopper.page("/products/folding-storage-ottoman");
});
afterAll(async () => {
  await storefront?.close();
  extensions.remove();
});

function preorderBlock(html: string) {
  return (
    /<div id="shopify-block-preorder_preorder" class="shopify-app-block">([\s\S]*?)<\/div>\s*<\/div>/.exec(html)?.[1] ??
    ""
  );
}

describe("app blocks from storefront/ extensions on the product page", () => {
  it("renders the block in place in the product section, after the buy buttons, wrapped as Shopify wraps it", () => {
    const main = mainContent(productPage);
    const form = main.indexOf("</form>");
    const block = main.indexOf('<div id="shopify-block-preorder_preorder" class="shopify-app-block">');
    const description = main.indexOf('<div class="product__description');

    expect(block).toBeGreaterThan(form);
    expect(block).toBeLessThan(description);
    expect(main).not.toContain("{% schema %}");
    expect(main).not.toContain('"target"');
  });

  it("gives block.settings the defaults of the block's schema", () => {
    const block = preorderBlock(productPage);

    expect(block).toContain('<h2 class="preorder__heading">Pre-order now</h2>');
    expect(block).toContain('style="--accent: #aa3300"');
    expect(block).toContain("show count: false");
  });

  it("reads the product's app-owned metafields, parsed by type, and formats money in the shop's format", () => {
    const text = visibleText(preorderBlock(productPage));

    expect(text).toContain("Pay €249,90 today");
    expect(text).toContain("Ships Mar 01, 2026");
    expect(text).toContain("43 backers");
    expect(text).toContain("Solid oak");
    expect(text).toContain("20% deposit");
    expect(text).toContain("0 plans");
  });

  it("resolves asset_url to the extension's assets, which the storefront serves", async () => {
    expect(preorderBlock(productPage)).toContain(
      '<img src="/extensions/preorder/assets/badge.svg?width=48" alt="Pre-order" width="48" loading="lazy">',
    );
    const asset = await shopper.get("/extensions/preorder/assets/badge.svg");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toBe("image/svg+xml");
    expect((await shopper.get("/extensions/preorder/assets/..%2Fblocks%2Fpreorder.liquid")).status).toBe(404);
  });

  it("loads the schema's javascript and stylesheet in the head", async () => {
    const head = productPage.slice(0, productPage.indexOf("</head>"));

    expect(head).toContain('<link rel="stylesheet" href="/extensions/preorder/assets/preorder.css">');
    expect(head).toContain('<script src="/extensions/preorder/assets/preorder.js" defer></script>');
    expect(await (await shopper.get("/extensions/preorder/assets/preorder.js")).text()).toBe(
      "console.log('preorder');",
    );
  });

  it("leaves out a block whose available_if is not true", () => {
    expect(productPage).not.toContain("not offered yet");
  });

  it("keeps the page's markup well-formed with the blocks in it", () => {
    expect(markupProblems(productPage)).toEqual([]);
  });
});

describe("app embeds", () => {
  it("injects a body embed before </body> on theme pages, with the app's data and its collected JavaScript", async () => {
    for (const path of ["/", "/products/folding-storage-ottoman", "/cart"]) {
      const html = await shopper.page(path);
      const body = html.slice(html.indexOf("</main>"));
      expect(body, path).toContain(
        '<script id="fieldtest-ab" data-api="/apps/fieldtest" data-enabled="true"></script>',
      );
      expect(body, path).toMatch(/<script>window\.fieldtestEmbed = "\$&";<\/script>\s*<\/body>/);
    }
  });

  it("stays off the checkout, like app embeds on Shopify", async () => {
    await shopper.submit("/cart/add", { id: "201", quantity: "1" });

    expect(await shopper.page("/checkout")).not.toContain("fieldtest-ab");
  });
});

it("picks up an edited block on the next request", async () => {
  extensions.add("preorder", {
    "blocks/later.liquid": UNAVAILABLE_BLOCK.replace(
      "{{ app.metafields.fieldtest.not_set }}",
      "{{ app.metafields.fieldtest.enabled }}",
    ),
  });

  expect(await shopper.page("/products/folding-storage-ottoman")).toContain("not offered yet");
});

it("names the block file whose schema is broken on the error page", async () => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  const broken = new TempExtensions();
  broken.add("preorder", {
    "blocks/broken.liquid": '<p>hi</p>{% schema %}{ "name": "Broken", "target": "footer" }{% endschema %}',
  });
  const shop = await startStorefront({ extensionsDir: broken.dir });
  try {
    const response = await new Shopper(shop.url).get("/products/folding-storage-ottoman");

    expect(response.status).toBe(500);
    expect(visibleText(await response.text())).toMatch(
      /preorder\/blocks\/broken\.liquid: invalid \{% schema %\}.*target/,
    );
  } finally {
    await shop.close();
    broken.remove();
  }
});
