import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mainContent, markupProblems, visibleText } from "./html";
import { Shopper, startStorefront, type RunningStorefront } from "./storefront-server";

let storefront: RunningStorefront;
let shopper: Shopper;

beforeEach(async () => {
  storefront = await startStorefront({ now: () => new Date("2026-02-10T12:00:00Z") });
  shopper = new Shopper(storefront.url);
});
afterEach(() => storefront?.close());

const OAK_OTTOMAN = "201";
const WALNUT_OTTOMAN = "202";
const BASKET = "301";

const validCheckout = {
  email: "ada@example.com",
  country: "NL",
  firstName: "Ada",
  lastName: "Lovelace",
  address1: "Keizersgracht 1",
  zip: "1015 CJ",
  city: "Amsterdam",
};

async function cartJs(): Promise<Record<string, unknown> & { items: Record<string, unknown>[] }> {
  return (await shopper.get("/cart.js")).json();
}

async function fillCart() {
  await shopper.submit("/cart/add", { id: OAK_OTTOMAN, quantity: "2" }, { multipart: true });
  await shopper.submit("/cart/add", { id: BASKET, quantity: "1" });
}

describe("the cart", () => {
  it("adds from the product form and redirects to the cart, which shows the line and the total", async () => {
    const added = await shopper.submit(
      "/cart/add",
      { form_type: "product", id: OAK_OTTOMAN, quantity: "2" },
      { multipart: true },
    );
    expect(added.status).toBe(302);
    expect(added.headers.get("location")).toBe("/cart");
    expect(shopper.cartToken).toBeTruthy();

    const cart = visibleText(mainContent(await shopper.page("/cart")));
    expect(cart).toContain("Folding Storage Ottoman Oak €1.249,50");
    expect(cart).toContain("€2.499,00");
    expect(cart).toContain("Subtotal €2.499,00 EUR");
    expect(visibleText(await shopper.page("/"))).toContain("Cart 2 2 items");
  });

  it("answers /cart.js like Shopify's Ajax cart, in cents", async () => {
    await fillCart();
    await shopper.submit("/cart/add", { id: BASKET, quantity: "1", "properties[Gift note]": "Happy birthday" });

    const cart = await cartJs();
    expect(cart).toMatchObject({ token: shopper.cartToken, item_count: 4, total_price: 253700, currency: "EUR" });
    expect(cart.items).toEqual([
      expect.objectContaining({
        id: 201,
        variant_id: 201,
        product_id: 200,
        title: "Folding Storage Ottoman - Oak",
        quantity: 2,
        price: 124950,
        line_price: 249900,
        selling_plan_allocation: null,
      }),
      expect.objectContaining({
        id: 301,
        title: "Collapsible Laundry Basket",
        quantity: 1,
        line_price: 1900,
        properties: {},
      }),
      expect.objectContaining({ id: 301, quantity: 1, properties: { "Gift note": "Happy birthday" } }),
    ]);
  });

  it("refuses a sold-out variant, and a selling plan the variant does not have (selling-plans.test.ts has plans)", async () => {
    expect((await shopper.submit("/cart/add", { id: WALNUT_OTTOMAN, quantity: "1" })).status).toBe(422);

    const response = await shopper.postJson("/cart/add.js", { id: Number(WALNUT_OTTOMAN), selling_plan: 9001 });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ description: "Selling plan is not applicable." });
    expect((await cartJs()).items).toEqual([]);
  });

  it("changes a line's quantity, and removes it at zero", async () => {
    await fillCart();

    await shopper.submit("/cart/change", { line: "1", quantity: "3" });
    expect((await cartJs()).items.map((item) => item.quantity)).toEqual([3, 1]);

    const removed = await shopper.submit("/cart/change", { line: "1", quantity: "0" });
    expect(removed.headers.get("location")).toBe("/cart");
    expect((await cartJs()).items.map((item) => item.id)).toEqual([301]);
  });

  it("stores cart attributes, where an A/B test assignment travels", async () => {
    await shopper.submit("/cart/update", {
      "attributes[_fieldtest_ab]": "test-7:variant-b",
      "attributes[Gift]": "yes",
    });
    await shopper.postJson("/cart/update.js", { attributes: { Gift: "" } });

    expect((await cartJs()).attributes).toEqual({ _fieldtest_ab: "test-7:variant-b" });
  });

  it("takes the Ajax API's JSON on /cart/add.js and answers the added line", async () => {
    const response = await shopper.postJson("/cart/add.js", { id: Number(OAK_OTTOMAN), quantity: 1 });

    expect(await response.json()).toMatchObject({ variant_id: 201, quantity: 1, price: 124950 });
    expect((await cartJs()).item_count).toBe(1);
  });
});

describe("the checkout", () => {
  it("re-renders the form with a clear error for an invalid email, keeping what was typed", async () => {
    await fillCart();

    const response = await shopper.submit("/checkout", { ...validCheckout, email: "ada-at-example" });

    expect(response.status).toBe(422);
    const html = await response.text();
    expect(visibleText(mainContent(html))).toContain("Please correct this to place your order Enter a valid email");
    expect(html).toMatch(/<input\s+id="checkout-email"[^>]*value="ada-at-example"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/<input\s+id="checkout-lastName"[^>]*value="Lovelace"/);
    expect(markupProblems(html)).toEqual([]);
    expect(storefront.store.state.orders).toHaveLength(1);
  });

  it("places a paid order from the cart, takes the stock, empties the cart and shows the order status page", async () => {
    await fillCart();
    await shopper.submit("/cart/update", { "attributes[_fieldtest_ab]": "test-7:variant-b" });
    const events: [string, string][] = [];
    storefront.store.events.on("orders/create", (id) => events.push(["orders/create", id]));
    storefront.store.events.on("orders/paid", (id) => events.push(["orders/paid", id]));

    const response = await shopper.submit("/checkout", validCheckout);

    const order = storefront.store.state.orders.at(-1)!;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/orders/${order.id}`);
    expect(events).toEqual([
      ["orders/create", order.id],
      ["orders/paid", order.id],
    ]);
    expect(order).toMatchObject({
      name: "#1013",
      number: 13,
      customerId: "500",
      email: "ada@example.com",
      currencyCode: "EUR",
      subtotal: "2518.00",
      total: "2518.00",
      totalTax: "0.00",
      financialStatus: "PAID",
      noteAttributes: [{ name: "_fieldtest_ab", value: "test-7:variant-b" }],
      createdAt: "2026-02-10T12:00:00.000Z",
    });
    expect(order.lines).toEqual([
      expect.objectContaining({
        productId: "200",
        variantId: "201",
        title: "Folding Storage Ottoman",
        variantTitle: "Oak",
        quantity: 2,
        price: "1249.50",
      }),
      expect.objectContaining({ productId: "300", variantId: "301", variantTitle: null, quantity: 1, price: "19.00" }),
    ]);
    const variants = storefront.store.state.products.flatMap((product) => product.variants);
    expect(variants.find((variant) => variant.id === OAK_OTTOMAN)!.inventoryQuantity).toBe(3);
    expect(variants.find((variant) => variant.id === BASKET)!.inventoryQuantity).toBe(2);
    expect((await cartJs()).item_count).toBe(0);

    const status = visibleText(mainContent(await shopper.page(`/orders/${order.id}`)));
    expect(status).toContain("Order #1013 Thank you, Ada!");
    expect(status).toContain("Total €2.518,00 EUR");
  });

  it("places a guest order when no customer has the email", async () => {
    await fillCart();

    await shopper.submit("/checkout", { ...validCheckout, email: "new.visitor@example.com" });

    expect(storefront.store.state.orders.at(-1)).toMatchObject({ customerId: null, email: "new.visitor@example.com" });
    expect(storefront.store.state.customers).toHaveLength(1);
  });

  it("sends an empty cart back to the cart page", async () => {
    expect((await shopper.get("/checkout")).headers.get("location")).toBe("/cart");
  });
});
