import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { localDateTimeAt, utcOfLocalDateTime } from "../../app/shop-time/shop-local-time";
import { readFunctionConfiguration } from "../../storefront/tiered-discount/src/read-function-configuration";
import { startDemoStack, type DemoStack } from "../support/demo-stack";

// A time-tiered discount end to end over HTTP, as a merchant runs it: the admin form creates it
// in the dev store with its Function and config metafield, the list reads it back from the Admin
// API with its current tier, a cart gets the tier's discount, the tier is edited, and it is deleted.
let stack: DemoStack;
let productId: string;
let variantId: string;
let timeZone: string;

beforeAll(async () => {
  stack = await startDemoStack();
  const { state } = stack.devStore.store;
  const product = state.products.find((p) => p.status === "ACTIVE" && p.variants.length > 0)!;
  productId = `gid://shopify/Product/${product.id}`;
  variantId = product.variants[0].id;
  timeZone = state.shop.ianaTimezone;
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

// One "now" for the whole file, so a minute turning mid-test can't change the expected times.
const startedAt = Date.now();

/** The shop's wall clock `hours` from the test's start, to the minute, as the form's datetime-local gives it. */
function shopTime(hours: number): string {
  return localDateTimeAt(new Date(startedAt + hours * 3_600_000), timeZone).slice(0, 16);
}

/** The current tier: 50 % from an hour before the test started to an hour after; then 40 % for two hours. */
function tiers(firstPercentage = "50") {
  return [
    {
      startsAt: shopTime(-1),
      endsAt: shopTime(1),
      valueType: "percentage",
      value: firstPercentage,
      message: "Launch hour",
    },
    { startsAt: shopTime(1), endsAt: shopTime(3), valueType: "percentage", value: "40", message: "Launch day" },
  ].map((row) => ({ minimum: "", ...row }));
}

function discountForm(fields: Record<string, string> = {}) {
  return new URLSearchParams({
    title: "Launch flash sale",
    kind: "time",
    tiers: JSON.stringify(tiers()),
    appliesTo: "selected",
    productIds: productId,
    combinesWith: "shippingDiscounts",
    ...fields,
  });
}

/** A quantity tier, 10 % off from 2 items, running since an hour before the test started. */
function bundleForm(fields: Record<string, string>) {
  return new URLSearchParams({
    title: "Bundle",
    kind: "quantity",
    startsAt: shopTime(-1),
    endsAt: "",
    tiers: JSON.stringify([
      { startsAt: "", endsAt: "", minimum: "2", valueType: "percentage", value: "10", message: "Buy 2, save 10 %" },
    ]),
    appliesTo: "selected",
    combinesWith: "shippingDiscounts",
    ...fields,
  });
}

const post = (path: string, body: URLSearchParams) =>
  fetch(`${stack.app.url}${path}`, { method: "POST", body, redirect: "manual" });

function storedDiscounts() {
  const { state } = stack.devStore.store;
  return (state.automaticDiscounts ?? []).map((discount) => {
    const metafield = state.metafields.find(
      (m) => m.ownerId === `gid://shopify/DiscountAutomaticNode/${discount.id}` && m.key === "function-configuration",
    );
    return { discount, metafield, config: metafield ? readFunctionConfiguration(JSON.parse(metafield.value)) : null };
  });
}

/** The Launch discount block's schedule on the discount's product, parsed. */
function productSchedule() {
  const metafield = stack.devStore.store.state.metafields.find(
    (m) => m.ownerId === productId && m.namespace.endsWith("--tiered-discount") && m.key === "schedule",
  );
  return metafield && (JSON.parse(metafield.value) as { discountId: string; tiers: { percentage: number }[] });
}

async function cartWithTwo() {
  const added = await fetch(`${stack.storefrontUrl}/cart/add`, {
    method: "POST",
    body: new URLSearchParams({ id: variantId, quantity: "2" }),
    redirect: "manual",
  });
  const cookie = added.headers.get("set-cookie")!.split(";")[0];
  return (await (await fetch(`${stack.storefrontUrl}/cart.js`, { headers: { cookie } })).json()) as {
    original_total_price: number;
    total_discount: number;
  };
}

describe("a time-tiered discount", () => {
  it("refuses overlapping tiers with the form's message, and creates nothing in Shopify", async () => {
    const form = await fetch(`${stack.app.url}/app/discounts/new`);
    expect(form.status).toBe(200);
    const formPage = await form.text();
    expect(formPage).toContain(`Times are in the shop&#x27;s time zone, <!-- -->${timeZone}`);
    expect(formPage).toContain("Add tier");
    const overlapping = tiers();
    overlapping[1].startsAt = overlapping[0].startsAt;
    const response = await post("/app/discounts/new", discountForm({ tiers: JSON.stringify(overlapping) }));
    expect(response.status).toBe(400);
    // The action's errors, keyed by field, reach the page's data (the browser keeps the table's rows).
    const page = await response.text();
    expect(page).toContain("tiers.1.startsAt");
    expect(page).toContain("when tier 1 ends: tiers can't overlap");
    expect(stack.devStore.store.state.automaticDiscounts ?? []).toHaveLength(0);
  });

  it("is created from the form, listed live with its tier, discounts a cart, is edited and deleted", async () => {
    const created = await post("/app/discounts/new", discountForm());
    expect(created.status).toBe(302);
    const location = created.headers.get("location")!;
    expect(location).toMatch(/^\/app\/discounts\/\d+$/);

    const [stored] = storedDiscounts();
    // The storefront block's schedule is on the product, for the countdown.
    expect(productSchedule()).toMatchObject({
      discountId: `gid://shopify/DiscountAutomaticNode/${stored.discount.id}`,
      tiers: [{ percentage: 50 }, { percentage: 40 }],
    });
    expect(stored.discount).toMatchObject({
      title: "Launch flash sale",
      functionHandle: "tiered-discount",
      discountClasses: ["PRODUCT"],
      combinesWith: { productDiscounts: false, orderDiscounts: false, shippingDiscounts: true },
    });
    expect(stored.metafield?.type).toBe("json");
    expect(stored.config).toMatchObject({
      kind: "time",
      appliesTo: { productIds: [productId], collectionIds: [] },
      tiers: [
        { startsAt: `${shopTime(-1)}:00`, percentage: 50, message: "Launch hour" },
        { endsAt: `${shopTime(3)}:00`, percentage: 40, message: "Launch day" },
      ],
    });

    const list = await (await fetch(`${stack.app.url}/app/discounts`)).text();
    expect(list).toContain("Launch flash sale");
    expect(list).toContain("Live");
    expect(list).toContain(`50 % off until ${shopTime(1).slice(11)}`);
    expect(list).toContain(`href="${location}"`);

    // Checkout runs the same Function on the cart: half off the two items.
    const cart = await cartWithTwo();
    expect(cart.total_discount).toBe(Math.round(cart.original_total_price / 2));

    // The shop's clock moves into the second tier, then past the last: checkout follows the tiers.
    stack.devStore.clock.set(new Date(startedAt + 2 * 3_600_000));
    expect((await cartWithTwo()).total_discount).toBe(Math.round(cart.original_total_price * 0.4));
    stack.devStore.clock.set(new Date(startedAt + 4 * 3_600_000));
    expect((await cartWithTwo()).total_discount).toBe(0);
    stack.devStore.clock.set(new Date());

    const page = await fetch(`${stack.app.url}${location}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Launch hour");

    const edited = await post(location, discountForm({ tiers: JSON.stringify(tiers("25")) }));
    expect(edited.status).toBe(200);
    expect(storedDiscounts()[0].config?.tiers[0]).toMatchObject({ percentage: 25 });
    expect(productSchedule()?.tiers.map((tier) => tier.percentage)).toEqual([25, 40]);
    expect(storedDiscounts()).toHaveLength(1);
    expect((await cartWithTwo()).total_discount).toBe(Math.round(cart.original_total_price / 4));

    const deleted = await post(location, new URLSearchParams({ intent: "delete" }));
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe("/app/discounts");
    expect(storedDiscounts()).toHaveLength(0);
    expect(stack.devStore.store.state.metafields.some((m) => m.key === "function-configuration")).toBe(false);
    expect(productSchedule()).toBeUndefined();
    expect((await fetch(`${stack.app.url}${location}`)).status).toBe(404);
  });
});

describe("a quantity-tiered discount on a collection", () => {
  it("is picked from the form's collections, discounts only the collection's products, and schedules on them", async () => {
    const { state } = stack.devStore.store;
    const kitchen = state.collections!.find((c) => c.handle === "kitchen")!;
    const collectionId = `gid://shopify/Collection/${kitchen.id}`;
    const inStock = (id: string) => {
      const product = state.products.find((p) => p.id === id)!;
      return { product, variant: product.variants.find((v) => v.inventoryQuantity >= 2)! };
    };
    const inside = inStock(kitchen.productIds[0]);
    const outside = inStock(
      state.products.find((p) => p.status === "ACTIVE" && !kitchen.productIds.includes(p.id))!.id,
    );

    const formPage = await (await fetch(`${stack.app.url}/app/discounts/new`)).text();
    expect(formPage).toContain("Small spaces");

    const created = await post(
      "/app/discounts/new",
      bundleForm({ title: "Kitchen bundle", collectionIds: collectionId }),
    );
    expect(created.status).toBe(302);
    const location = created.headers.get("location")!;
    const [stored] = storedDiscounts();
    expect(stored.config).toMatchObject({
      kind: "quantity",
      appliesTo: { productIds: [], collectionIds: [collectionId] },
    });

    // One cart, two of each: only the collection's product gets 10 % off.
    const added = await fetch(`${stack.storefrontUrl}/cart/add`, {
      method: "POST",
      body: new URLSearchParams({ id: inside.variant.id, quantity: "2" }),
      redirect: "manual",
    });
    const cookie = added.headers.get("set-cookie")!.split(";")[0];
    await fetch(`${stack.storefrontUrl}/cart/add`, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ id: outside.variant.id, quantity: "2" }),
      redirect: "manual",
    });
    const cart = (await (await fetch(`${stack.storefrontUrl}/cart.js`, { headers: { cookie } })).json()) as {
      items: { product_id: number; original_line_price: number; total_discount: number }[];
    };
    const line = (productId: string) => cart.items.find((item) => String(item.product_id) === productId)!;
    expect(line(inside.product.id).total_discount).toBe(Math.round(line(inside.product.id).original_line_price / 10));
    expect(line(outside.product.id).total_discount).toBe(0);

    // The Launch block's schedule is on each of the collection's products, and on no other.
    const scheduled = () =>
      stack.devStore.store.state.metafields
        .filter((m) => m.namespace.endsWith("--tiered-discount") && m.key === "schedule")
        .map((m) => m.ownerId)
        .sort();
    expect(scheduled()).toEqual(kitchen.productIds.map((id) => `gid://shopify/Product/${id}`).sort());

    const deleted = await post(location, new URLSearchParams({ intent: "delete" }));
    expect(deleted.status).toBe(302);
    expect(scheduled()).toEqual([]);
  });
});

describe("two discounts on one product", () => {
  it("shows the flash sale on now over a bundle saved later, looks again when its tier ends, and hands over on delete", async () => {
    const flash = await post("/app/discounts/new", discountForm());
    expect(flash.status).toBe(302);
    const flashId = `gid://shopify/DiscountAutomaticNode/${flash.headers.get("location")!.split("/").pop()}`;
    const bundle = await post("/app/discounts/new", bundleForm({ productIds: productId }));
    expect(bundle.status).toBe(302);
    const bundleLocation = bundle.headers.get("location")!;
    const bundleId = `gid://shopify/DiscountAutomaticNode/${bundleLocation.split("/").pop()}`;

    // Saved last, but the flash sale's 50 % is on now: the product keeps the flash sale's countdown.
    expect(productSchedule()?.discountId).toBe(flashId);
    // The choice changes when the first tier ends: a job syncs the schedules again then.
    const shop = stack.devStore.store.state.shop.myshopifyDomain;
    const revisit = await db.job.findFirst({ where: { kind: "tiered-discount-schedules", shop, status: "queued" } });
    expect(revisit?.runAt.toISOString()).toBe(
      new Date(utcOfLocalDateTime(`${shopTime(1)}:00`, timeZone)!).toISOString(),
    );

    // Run early, the job finds the same choice and writes nothing new.
    const scheduleBefore = productSchedule();
    await db.job.update({ where: { id: revisit!.id }, data: { runAt: new Date() } });
    await vi.waitFor(
      async () => expect((await db.job.findUnique({ where: { id: revisit!.id } }))?.status).toBe("succeeded"),
      { timeout: 10_000 },
    );
    expect(productSchedule()).toEqual(scheduleBefore);

    const deleted = await post(`/app/discounts/${flashId.split("/").pop()}`, new URLSearchParams({ intent: "delete" }));
    expect(deleted.status).toBe(302);
    expect(productSchedule()?.discountId).toBe(bundleId);

    expect((await post(bundleLocation, new URLSearchParams({ intent: "delete" }))).status).toBe(302);
    expect(productSchedule()).toBeUndefined();
  });
});

describe("a discount deleted in Shopify's admin", () => {
  it("takes its countdown off the storefront: discounts/delete reaches the app, which clears the schedule it wrote", async () => {
    const created = await post("/app/discounts/new", discountForm());
    expect(created.status).toBe(302);
    const discountId = `gid://shopify/DiscountAutomaticNode/${created.headers.get("location")!.split("/").pop()}`;
    expect(productSchedule()?.discountId).toBe(discountId);

    // The merchant deletes it in Shopify's admin, not in Fieldtest.
    const { devStore } = stack;
    const deleted = await fetch(`${devStore.url}/admin/api/2026-04/graphql.json`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": devStore.store.state.app.accessToken },
      body: JSON.stringify({
        query: "mutation($id: ID!) { discountAutomaticDelete(id: $id) { deletedAutomaticDiscountId } }",
        variables: { id: discountId },
      }),
    });
    expect((await deleted.json()).data.discountAutomaticDelete.deletedAutomaticDiscountId).toBe(discountId);
    await vi.waitFor(() => expect(productSchedule()).toBeUndefined(), { timeout: 15_000 });
    const shop = devStore.store.state.shop.myshopifyDomain;
    expect(await db.storefrontScheduleHolder.count({ where: { shop, discountId } })).toBe(0);
  });
});
