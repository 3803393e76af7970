import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mainContent, markupProblems, visibleText } from "./html";
import { Shopper, startStorefront, type RunningStorefront } from "./storefront-server";

let storefront: RunningStorefront;
let shopper: Shopper;

beforeAll(async () => {
  storefront = await startStorefront();
  shopper = new Shopper(storefront.url);
});
afterAll(() => storefront?.close());

describe("the storefront's catalogue", () => {
  it("lists the active products on the home page, with prices in the shop's money format", async () => {
    const text = visibleText(mainContent(await shopper.page("/")));

    expect(text).toContain("Folding Storage Ottoman From €1.249,50");
    expect(text).toContain("Collapsible Laundry Basket €19,00 Regular price €25,00");
    expect(text).not.toContain("Bamboo Drawer Organisers");
  });

  it("shows a product's title, price, variant options, image and description", async () => {
    const html = await shopper.page("/products/folding-storage-ottoman");
    const main = mainContent(html);

    expect(main).toMatch(/<h1[^>]*>Folding Storage Ottoman<\/h1>/);
    expect(main).toContain('<span class="price__regular" data-price>€1.249,50</span>');
    expect(main).toMatch(/<label for="Option-main-1">Colour<\/label>/);
    expect(main).toContain('<option value="Oak" selected>Oak</option><option value="Walnut">Walnut</option>');
    expect(main).toContain(
      '<img src="/images/products/folding-storage-ottoman.svg?width=960" alt="Folding Storage Ottoman on a wooden floor"',
    );
    expect(main).toContain("<p>Folding Storage Ottoman, made to last.</p>");
    expect(main).toContain('<form method="post" action="/cart/add"');
    expect(main).toContain('<input type="hidden" name="id" value="201">');
  });

  it("shows the variant picked with ?variant=, sold out when it has no stock", async () => {
    const main = mainContent(await shopper.page("/products/folding-storage-ottoman?variant=202"));

    expect(main).toContain('<option value="Walnut" selected>');
    expect(main).toContain("€1.299,00");
    expect(main).toMatch(/<button type="submit" name="add" class="button button--full" disabled>Sold out<\/button>/);
  });

  it("strikes through the compare-at price of a product on sale", async () => {
    const text = visibleText(mainContent(await shopper.page("/products/collapsible-laundry-basket")));

    expect(text).toContain("Sale price €19,00 Regular price €25,00");
  });

  it("defines window.Shopify in content_for_header, as Shopify does", async () => {
    const html = await shopper.page("/products/folding-storage-ottoman");
    const head = html.slice(0, html.indexOf("</head>"));

    expect(head).toContain('"shop":"northwind-test.myshopify.com"');
    expect(head).toContain('"currency":{"active":"EUR"');
    expect(head).toContain('"routes":{"root":"/"}');
  });

  it("answers 404 with the theme's not-found page for a draft or unknown product", async () => {
    for (const path of ["/products/bamboo-drawer-organisers", "/products/no-such-thing", "/no/such/page"]) {
      const response = await shopper.get(path);
      expect(response.status, path).toBe(404);
      expect(visibleText(mainContent(await response.text()))).toContain("Page not found");
    }
  });

  it("serves product images as SVG", async () => {
    const image = await shopper.get("/images/products/folding-storage-ottoman.svg");
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/svg+xml");
    expect(await image.text()).toMatch(/^<svg /);

    expect((await shopper.get("/images/products/no-such-thing.svg")).status).toBe(404);
  });

  it("answers the Ajax product JSON with prices in cents", async () => {
    const product = await (await shopper.get("/products/folding-storage-ottoman.js")).json();

    expect(product).toMatchObject({ id: 200, handle: "folding-storage-ottoman", price: 124950, price_max: 129900 });
    expect(
      product.variants.map((variant: { id: number; available: boolean }) => [variant.id, variant.available]),
    ).toEqual([
      [201, true],
      [202, false],
    ]);
  });

  it("writes well-formed, labelled markup: balanced tags, unique ids, alt text on images", async () => {
    for (const path of ["/", "/products/folding-storage-ottoman", "/cart"]) {
      expect(markupProblems(await shopper.page(path)), path).toEqual([]);
    }
    expect(await shopper.page("/")).toMatch(/<header[\s\S]*<nav[^>]*aria-label="Main">[\s\S]*<main[\s\S]*<footer/);
  });
});
