import type { GraphQLFieldResolver } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import db from "../../app/db.server";
import { loadAdminSchema } from "../../devstore/admin/admin-schema";
import { addDays } from "../../app/shop-time/calendar-date";
import { preorderFormValues } from "../../app/preorders/preorder-form";
import type { PreorderTestDraft } from "../../app/preorders/preorder-test-draft";
import { localDateOf } from "../../app/shop-time/shop-time-zone";
import type { DevProduct } from "../../devstore/state/types";
import { placePreorder } from "../support/preorder-shopper";
import { preorderSettings } from "../support/preorder-form";
import { startDemoStack, type DemoStack } from "../support/demo-stack";

// The create form's new draft product and the edit form, over HTTP between the built app and the
// dev store: what Shopify ends up holding, and that a failure leaves nothing half-made.
let stack: DemoStack;
let today: string;

beforeAll(async () => {
  stack = await startDemoStack();
  today = localDateOf(new Date(), stack.devStore.store.state.shop.ianaTimezone);
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

const numeric = (gid: string) => gid.slice(gid.lastIndexOf("/") + 1);
const state = () => stack.devStore.store.state;
const IMAGE = "https://cdn.example.com/walnut-lamp.png";
/** A server-rendered page without the markers React puts between adjacent text parts. */
const pageText = (html: string) => html.replaceAll("<!-- -->", "");

function settings(fields: Record<string, string | string[]> = {}) {
  return { ...preorderSettings(today), ...fields };
}

function post(path: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  return fetch(`${stack.app.url}${path}`, { method: "POST", body, redirect: "manual" });
}

function createOnNewProduct(title: string, fields: Record<string, string> = {}) {
  return post("/app/preorders/new", {
    productSource: "new",
    newProductTitle: title,
    newProductPrice: "24.90",
    newProductImageUrl: IMAGE,
    ...settings(fields),
  });
}

/**
 * Runs `act` while the dev store answers one mutation with `payload` (Shopify refusing it), by
 * swapping that field's resolver in the dev store's schema, which this process serves.
 */
async function withRefusal<T>(mutation: string, payload: unknown, act: () => Promise<T>): Promise<T> {
  const { schema } = await loadAdminSchema();
  const field = schema.getMutationType()!.getFields()[mutation];
  const original = field.resolve;
  const refuse: GraphQLFieldResolver<unknown, unknown> = () => payload;
  field.resolve = refuse;
  try {
    return await act();
  } finally {
    field.resolve = original;
  }
}

/** The block's config, as the storefront reads it from the app-owned metafield. */
function storefrontConfig(productId: string) {
  const metafield = state().metafields.find(
    (m) => m.ownerId === productId && m.namespace.endsWith("--preorder") && m.key === "config",
  );
  return metafield && (JSON.parse(metafield.value) as { goal: unknown; cap: number | null; sellingPlanId: string });
}

describe("a preorder test on a new draft product", () => {
  it("creates the draft product with its price and image, and the selling plan on its variant", async () => {
    const response = await createOnNewProduct("Walnut Desk Lamp");
    expect(response.status).toBe(302);
    const testId = response.headers.get("location")!.split("/").pop()!;
    const test = await db.preorderTest.findUniqueOrThrow({ where: { id: testId } });

    const product = state().products.find((p) => p.title === "Walnut Desk Lamp")!;
    expect(test).toMatchObject({ productId: `gid://shopify/Product/${product.id}`, productTitle: "Walnut Desk Lamp" });
    expect(product.status).toBe("DRAFT");
    expect(product.variants).toHaveLength(1);
    expect(product.variants[0].price).toBe("24.90");
    expect(product.images).toMatchObject([{ url: IMAGE, altText: "Walnut Desk Lamp" }]);
    const group = state().sellingPlanGroups.find((g) => g.id === numeric(test.sellingPlanGroupId!))!;
    expect(group.variantIds).toEqual([product.variants[0].id]);
    expect(JSON.parse(test.variantIds)).toEqual([`gid://shopify/ProductVariant/${product.variants[0].id}`]);
    expect(storefrontConfig(test.productId)).toMatchObject({ sellingPlanId: test.sellingPlanId });

    // The merchant is told the draft must be published before shoppers can preorder it.
    const edit = await (await fetch(`${stack.app.url}/app/preorders/${testId}/edit`)).text();
    expect(edit).toContain("is still a draft");
  });

  it("checks the new product's fields before creating anything", async () => {
    const products = state().products.length;
    const response = await post("/app/preorders/new", {
      productSource: "new",
      newProductTitle: "",
      newProductPrice: "12.345",
      newProductImageUrl: "http://cdn.example.com/lamp.png",
      ...settings(),
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("Enter the product");
    expect(page).toContain(`${state().shop.currencyCode} prices have at most 2 decimals`);
    expect(page).toContain("starting with https://");
    expect(state().products).toHaveLength(products);
  });

  it("deletes the product again when the selling plan can't be created", async () => {
    const tests = await db.preorderTest.count();
    const groups = state().sellingPlanGroups.length;
    // Shopify refusing the plan, with the userError it gives a group of 32 plans (captured).
    const response = await withRefusal(
      "sellingPlanGroupCreate",
      {
        sellingPlanGroup: null,
        userErrors: [
          {
            field: ["input"],
            message: "Selling plan groups can't have more than 31 selling plans.",
            code: "SELLING_PLAN_COUNT_UPPER_BOUND",
          },
        ],
      },
      () => createOnNewProduct("Oak Bookend"),
    );
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("Selling plan groups can&#x27;t have more than 31 selling plans.");
    expect(page).toContain("was deleted again: nothing was left half-created");
    expect(state().products.some((p) => p.title === "Oak Bookend")).toBe(false);
    expect(state().sellingPlanGroups).toHaveLength(groups);
    expect(await db.preorderTest.count()).toBe(tests);
  });
  it("deletes the product again when its price is refused, before any selling plan", async () => {
    const groups = state().sellingPlanGroups.length;
    const response = await withRefusal(
      "productVariantsBulkUpdate",
      {
        product: null,
        productVariants: null,
        userErrors: [
          {
            field: ["variants", "0", "price"],
            message: "Price cannot take a negative value.",
            code: "NEGATIVE_PRICE_VALUE",
          },
        ],
      },
      () => createOnNewProduct("Cork Coaster"),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Shopify did not accept the price: Price cannot take a negative value.");
    expect(state().products.some((p) => p.title === "Cork Coaster")).toBe(false);
    expect(state().sellingPlanGroups).toHaveLength(groups);
  });
});

describe("editing a live preorder test", () => {
  let product: DevProduct;
  let variants: string[];
  let testId: string;

  beforeAll(async () => {
    product = state().products.find((p) => p.status === "ACTIVE" && p.variants.length >= 2)!;
    variants = product.variants.map((v) => `gid://shopify/ProductVariant/${v.id}`);
    const created = await post("/app/preorders/new", {
      productId: `gid://shopify/Product/${product.id}`,
      variantIds: [variants[0]],
      ...settings(),
    });
    expect(created.status).toBe(302);
    testId = created.headers.get("location")!.split("/").pop()!;
  });

  const current = async () => {
    const row = await db.preorderTest.findUniqueOrThrow({ where: { id: testId } });
    return { row, form: JSON.parse(row.draft) as PreorderTestDraft };
  };
  /** The edit form as the page posts it: the saved values, with the changes. */
  const saveEdit = async (fields: Record<string, string | string[]>) =>
    post(`/app/preorders/${testId}/edit`, { ...preorderFormValues((await current()).form), ...fields });
  const group = async () => {
    const { row } = await current();
    return state().sellingPlanGroups.find((g) => g.id === numeric(row.sellingPlanGroupId!))!;
  };

  it("saves a new goal and cap into the storefront block's config and the test's page", async () => {
    const saved = await saveEdit({ goalValue: "40", cap: "60" });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain("Saved");
    expect(storefrontConfig(`gid://shopify/Product/${product.id}`)).toMatchObject({
      goal: { kind: "units", value: 40 },
      cap: 60,
    });
    const page = pageText(await (await fetch(`${stack.app.url}/app/preorders/${testId}`)).text());
    expect(page).toContain("0 of 40 units");
    expect(page).toContain("Stops at 60 units");
    expect(page).toContain(`/app/preorders/${testId}/edit`);
  });

  it("adds a second variant to the selling plan group", async () => {
    const saved = await saveEdit({ variantIds: variants.slice(0, 2) });
    expect(saved.status).toBe(200);
    expect((await group()).variantIds).toEqual([product.variants[0].id, product.variants[1].id]);
    expect(JSON.parse((await current()).row.variantIds)).toEqual(variants.slice(0, 2));
  });

  it("undoes every step in Shopify and the database when a later step fails", async () => {
    const before = await current();
    const productId = `gid://shopify/Product/${product.id}`;
    const groupBefore = structuredClone(await group());
    const configBefore = storefrontConfig(productId);
    // The plan's new goal and the variant's removal are done when the block's data can't be written.
    const refused = await withRefusal(
      "metafieldsSet",
      {
        metafields: null,
        userErrors: [{ field: ["metafields", "0", "value"], message: "Value is invalid.", code: "INVALID_VALUE" }],
      },
      () => saveEdit({ goalValue: "45", variantIds: [variants[0]] }),
    );
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Could not update the storefront block: Value is invalid.");
    const groupAfter = await group();
    expect(groupAfter.merchantCode).toBe(groupBefore.merchantCode);
    expect(groupAfter.variantIds).toEqual(groupBefore.variantIds);
    expect((await current()).row).toMatchObject({ draft: before.row.draft, variantIds: before.row.variantIds });
    expect(storefrontConfig(productId)).toEqual(configBefore);
  });

  it("refuses a cap below the goal with the create form's message, changing nothing", async () => {
    const before = await current();
    const refused = await saveEdit({ cap: "20" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("is below the goal");
    expect((await current()).row.draft).toBe(before.row.draft);
  });

  it("keeps the payment model once an order exists, and moves the ship date with a notice to the buyer", async () => {
    const { row } = await current();
    await placePreorder(stack, variants[0], row.sellingPlanId!, "ines@example.com");
    await stack.devStore.webhooks.drain();
    await vi.waitFor(async () => expect(await db.preorderLine.count({ where: { testId } })).toBe(1), {
      timeout: 15_000,
    });

    const edit = await (await fetch(`${stack.app.url}/app/preorders/${testId}/edit`)).text();
    expect(edit).toContain("1 order was placed with these terms");

    const before = await current();
    const planBefore = JSON.stringify((await group()).sellingPlans);
    const refused = await saveEdit({ paymentModel: "full" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("the payment model, deposit and balance date can&#x27;t change any more");
    expect((await current()).row.draft).toBe(before.row.draft);
    expect(JSON.stringify((await group()).sellingPlans)).toBe(planBefore);

    const newShipDate = addDays(today, 75);
    const moved = await saveEdit({ shipDate: newShipDate });
    expect(moved.status).toBe(200);
    expect(await moved.text()).toContain(`The ship date is now ${newShipDate}. 1 preorder will be emailed`);
    await vi.waitFor(() => expect(stack.devStore.mailbox.messages()).toHaveLength(1), { timeout: 15_000 });
    expect(stack.devStore.mailbox.messages()[0].to).toEqual(["ines@example.com"]);
    expect((await current()).row).toMatchObject({ shipDate: newShipDate });
  });
});
