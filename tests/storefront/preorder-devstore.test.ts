import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_GRAPHQL_PATH, createAdminGraphqlHandler } from "../../devstore/admin/graphql-handler";
import type { DevStore } from "../../devstore/state/store";
import { ProductDrop } from "../../devstore/storefront/drops/product-drop";
import { createStorefrontHandler } from "../../devstore/storefront/handler";
import { markupProblems, visibleText } from "../devstore/storefront/html";
import {
  openShop,
  preorderBlock,
  preorderConfig,
  preorderProgress,
  preorderShopState,
  PRODUCT,
  VARIANTS,
} from "./support/preorder-shop";

// The whole way through the dev store, as the app will do it: the app creates the preorder's
// selling plan group (appId "fieldtest") and writes $app:preorder.config/progress through the
// Admin API, and a shopper opens the product page.
//
// Until the dev store has selling plans (devstore/storefront/drops/selling-plans.ts returns
// none, sellingPlanGroupCreate is not served), the product has no plan and the block must show
// nothing: that is what these tests check today. The assertions under `plansInDevStore` and
// `allocationsInDevStore` take over by themselves once the dev store has them.

const FALLBACK_PLAN = "gid://shopify/SellingPlan/7";

let store: DevStore;
let planGid: string;
let createErrors: unknown;
let page: string;
let plansInDevStore: boolean;
let allocationsInDevStore: boolean;

async function admin(query: string, variables: Record<string, unknown>) {
  const handler = createAdminGraphqlHandler(store, { now: () => new Date() });
  const response = await handler(
    new Request(`http://127.0.0.1:4000${ADMIN_GRAPHQL_PATH}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": store.state.app.accessToken },
      body: JSON.stringify({ query, variables }),
    }),
  );
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

const CREATE_PLAN = `mutation CreatePreorderPlan($input: SellingPlanGroupInput!, $resources: SellingPlanGroupResourceInput) {
  sellingPlanGroupCreate(input: $input, resources: $resources) {
    sellingPlanGroup { id appId sellingPlans(first: 1) { nodes { id } } }
    userErrors { field message }
  }
}`;

const SET_METAFIELDS = `mutation SetPreorder($metafields: [MetafieldsSetInput!]!) {
  metafieldsSet(metafields: $metafields) { metafields { key } userErrors { field message } }
}`;

async function get(path: string) {
  const response = await createStorefrontHandler(store)(new Request(`http://shop.test${path}`));
  expect(response.status, path).toBe(200);
  return response.text();
}

beforeAll(async () => {
  store = openShop(preorderShopState());
  const created = await admin(CREATE_PLAN, {
    input: {
      name: "Pre-order",
      merchantCode: "Trail pack preorder",
      appId: "fieldtest",
      options: ["Pre-order"],
      sellingPlansToCreate: [
        {
          name: "Pre-order, 20% deposit",
          options: ["20% deposit"],
          category: "PRE_ORDER",
          billingPolicy: {
            fixed: {
              checkoutCharge: { type: "PERCENTAGE", value: { percentage: 20 } },
              remainingBalanceChargeTrigger: "EXACT_TIME",
              remainingBalanceChargeExactTime: "2027-02-15T00:00:00Z",
            },
          },
          deliveryPolicy: {
            fixed: { fulfillmentTrigger: "EXACT_TIME", fulfillmentExactTime: "2027-02-15T00:00:00Z" },
          },
          inventoryPolicy: { reserve: "ON_FULFILLMENT" },
        },
      ],
    },
    resources: {
      productVariantIds: [VARIANTS.sand.id, VARIANTS.slate.id].map((id) => `gid://shopify/ProductVariant/${id}`),
    },
  });
  createErrors = created.errors;
  const group = (
    created.data?.sellingPlanGroupCreate as { sellingPlanGroup?: { sellingPlans: { nodes: { id: string }[] } } }
  )?.sellingPlanGroup;
  planGid = group?.sellingPlans.nodes[0]?.id ?? FALLBACK_PLAN;

  const set = await admin(SET_METAFIELDS, {
    metafields: [
      ["config", preorderConfig({ sellingPlanId: planGid })],
      ["progress", preorderProgress()],
    ].map(([key, value]) => ({
      ownerId: `gid://shopify/Product/${PRODUCT.id}`,
      namespace: "$app:preorder",
      key,
      type: "json",
      value: JSON.stringify(value),
    })),
  });
  expect(set.errors).toBeUndefined();
  expect(set.data).toEqual({ metafieldsSet: { metafields: [{ key: "config" }, { key: "progress" }], userErrors: [] } });

  const product = new ProductDrop(
    store.state.products.find((candidate) => candidate.id === PRODUCT.id)!,
    store.state,
  );
  plansInDevStore = (product.selling_plan_groups as unknown[]).length > 0;
  allocationsInDevStore = product.variants.some(
    (variant) => (variant.selling_plan_allocations as unknown[]).length > 0,
  );
  console.info(
    `[preorder block] dev store selling plans: ${plansInDevStore ? "yes" : "not yet"}, allocations: ` +
      `${allocationsInDevStore ? "yes" : "not yet"} (plan ${planGid})`,
  );
  page = await get(`/products/${PRODUCT.handle}`);
});

describe("the preorder block on the dev store, set up through the Admin API", () => {
  it("shows itself exactly when the product carries the config's selling plan", () => {
    const block = preorderBlock(page);
    if (!plansInDevStore) {
      // Missing plan: nothing to show, nothing added to the product form.
      expect(createErrors ?? []).not.toEqual([]);
      expect(block).toBe("");
      expect(page).not.toContain('name="selling_plan"');
      return;
    }
    const text = visibleText(block);
    expect(text).toContain("Early bird preorder");
    expect(text).toContain("Expected to ship February 15, 2027");
    expect(text).toContain("12 of 100 preorders 12%");
    expect(block).toContain('data-progress-url="/apps/fieldtest/preorders/pt_123/progress"');
  });

  it("prices each variant's preorder from the dev store's allocations and posts the plan with the form", async () => {
    const { document } = parseHTML(`<!doctype html><html><body>${preorderBlock(page)}</body></html>`);
    const input = document.querySelector("input[name=selling_plan]");
    const terms = (variant: string) =>
      visibleText(document.querySelector(`[data-variant="${variant}"]`)?.outerHTML ?? "");
    if (!plansInDevStore) {
      expect(input).toBeNull();
      return;
    }
    if (!allocationsInDevStore) {
      // A plan on the product but on none of its variants: nothing can be preordered.
      expect(input?.hasAttribute("disabled")).toBe(true);
      expect(terms(VARIANTS.sand.id)).toBe("This option can't be preordered");
      return;
    }
    const planId = planGid.split("/").pop();
    expect(terms(VARIANTS.sand.id)).toBe("Pay €20,00 now, €80,00 when it ships");
    expect(terms(VARIANTS.slate.id)).toBe("Pay €24,00 now, €96,00 when it ships");
    expect(terms(VARIANTS.olive.id)).toBe("This option can't be preordered");
    expect(input?.getAttribute("value")).toBe(planId);
    expect(input?.hasAttribute("disabled")).toBe(false);

    const added = await createStorefrontHandler(store)(
      new Request("http://shop.test/cart/add.js", {
        method: "POST",
        body: new URLSearchParams({ id: VARIANTS.sand.id, quantity: "1", selling_plan: String(planId) }),
      }),
    );
    expect(added.status).toBe(200);
    expect(
      ((await added.json()) as { selling_plan_allocation?: { selling_plan: { id: number } } }).selling_plan_allocation
        ?.selling_plan.id,
    ).toBe(Number(planId));
  });

  it("keeps the product page well-formed", () => {
    expect(markupProblems(page)).toEqual([]);
  });

  it("shows nothing on a product whose preorder metafield predates the config's shape", async () => {
    // The fixture's ottoman has $app:preorder.config = {"ships": …, "deposit": 20}: no status.
    expect(preorderBlock(await get("/products/folding-storage-ottoman"))).toBe("");
  });
});
