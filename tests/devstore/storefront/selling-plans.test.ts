import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mainContent, visibleText } from "./html";
import { DEPOSIT_PLAN, FULL_PLAN, PREORDER_APP_ID, preorderState, SUBSCRIPTION_PLAN } from "./preorder-fixture";
import { Shopper, startStorefront, type RunningStorefront } from "./storefront-server";
import { TempExtensions } from "./temp-extension";

/**
 * Selling plans on the storefront: the Liquid objects a theme app block reads
 * (selling_plan_group, selling_plan, selling_plan_allocation, selling_plan_checkout_charge,
 * in cents like Shopify's), the product JSON, and the cart's `selling_plan` parameter.
 */

// An app block that prints what a preorder widget reads.
const PLANS_BLOCK = `
{%- assign preorder_groups = product.selling_plan_groups | where: "app_id", "${PREORDER_APP_ID}" -%}
<div class="plans">
<p class="summary">groups={{ product.selling_plan_groups.size }} preorder={{ preorder_groups.size }} requires={{ product.requires_selling_plan }} selected={{ product.selected_selling_plan.name | default: "none" }} allocation={{ product.selected_or_first_available_selling_plan_allocation.price | default: "none" }}</p>
{%- for group in preorder_groups %}
<p class="group">{{ group.name }} app={{ group.app_id }} id={{ group.id.size }}chars options={% for option in group.options %}{{ option.position }}.{{ option.name }}:{{ option.values | join: "/" }}:{{ option.selected_value | default: "-" }}{% endfor %} selected={{ group.selling_plan_selected }}</p>
{%- for plan in group.selling_plans %}
<p class="plan">{{ plan.id }} {{ plan.name }} charge={{ plan.checkout_charge.value }} {{ plan.checkout_charge.value_type }} in-group={% if plan.group_id == group.id %}yes{% else %}no{% endif %} option={{ plan.options.first.name }}:{{ plan.options.first.value }} recurring={{ plan.recurring_deliveries }} adjustments={% for adjustment in plan.price_adjustments %}{{ adjustment.value_type }}:{{ adjustment.value }}{% endfor %} selected={{ plan.selected }}</p>
{%- endfor %}
{%- endfor %}
{%- for variant in product.variants %}
{%- for allocation in variant.selling_plan_allocations %}
<p class="allocation">{{ variant.title }} plan={{ allocation.selling_plan.id }} price={{ allocation.price }} compare={{ allocation.compare_at_price }} per_delivery={{ allocation.per_delivery_price }} now={{ allocation.checkout_charge_amount }} later={{ allocation.remaining_balance_charge_amount }} ({{ allocation.checkout_charge_amount | money }} today) group={% if allocation.selling_plan_group_id == preorder_groups.first.id %}preorder{% else %}other{% endif %}</p>
{%- endfor %}
{%- endfor %}
</div>
{% schema %}{ "name": "Plans", "target": "section", "settings": [] }{% endschema %}
`;

const extensions = new TempExtensions();
let storefront: RunningStorefront;
let shopper: Shopper;

beforeAll(() => {
  extensions.add("plans", {
    "shopify.extension.toml": 'name = "plans"\ntype = "theme"\n',
    "blocks/plans.liquid": PLANS_BLOCK,
  });
});
afterAll(() => extensions.remove());

beforeEach(async () => {
  await storefront?.close();
  storefront = await startStorefront({ extensionsDir: extensions.dir, state: preorderState });
  shopper = new Shopper(storefront.url);
});
afterAll(() => storefront?.close());

async function plansOn(path: string): Promise<string[]> {
  const html = mainContent(await shopper.page(path));
  return [...html.matchAll(/<p class="(?:summary|group|plan|allocation)">([\s\S]*?)<\/p>/g)].map(([, text]) =>
    visibleText(text),
  );
}

describe("the Liquid selling plan objects", () => {
  it("show the product's groups, plans and each variant's allocations, in cents", async () => {
    expect(await plansOn("/products/folding-storage-ottoman")).toEqual([
      "groups=1 preorder=1 requires=false selected=none allocation=none",
      "Pre-order app=fieldtest-preorder id=40chars options=1.Payment:20% deposit/Pay in full:- selected=false",
      `${DEPOSIT_PLAN} Pre-order, 20% deposit charge=20 percentage in-group=yes option=Payment:20% deposit recurring=false adjustments= selected=false`,
      `${FULL_PLAN} Pre-order, pay in full, 10% off charge=100 percentage in-group=yes option=Payment:Pay in full recurring=false adjustments=percentage:10 selected=false`,
      "Oak plan=800 price=124950 compare=124950 per_delivery=124950 now=24990 later=99960 (€249,90 today) group=preorder",
      "Oak plan=801 price=112455 compare=124950 per_delivery=112455 now=112455 later=0 (€1.124,55 today) group=preorder",
      "Walnut plan=800 price=129900 compare=129900 per_delivery=129900 now=25980 later=103920 (€259,80 today) group=preorder",
      "Walnut plan=801 price=116910 compare=129900 per_delivery=116910 now=116910 later=0 (€1.169,10 today) group=preorder",
    ]);
  });

  it("mark the plan that ?selling_plan= selects, and its allocation on the selected variant", async () => {
    const lines = await plansOn(`/products/folding-storage-ottoman?variant=202&selling_plan=${DEPOSIT_PLAN}`);
    expect(lines[0]).toBe("groups=1 preorder=1 requires=false selected=Pre-order, 20% deposit allocation=129900");
    expect(lines[1]).toContain("options=1.Payment:20% deposit/Pay in full:20% deposit selected=true");
    expect(lines[2]).toMatch(/selected=true$/);
    expect(lines[3]).toMatch(/selected=false$/);
  });

  it("leave out another app's group when filtered by app_id, and show it on the variant it applies to", async () => {
    expect(await plansOn("/products/collapsible-laundry-basket")).toEqual([
      "groups=1 preorder=0 requires=false selected=none allocation=none",
      `Default Title plan=${SUBSCRIPTION_PLAN} price=1900 compare=1900 per_delivery=1900 now=1900 later=0 (€19,00 today) group=other`,
    ]);
  });

  it("offer the first allocation of a product sold only on a plan", async () => {
    storefront.store.state.products[0].requiresSellingPlan = true;
    const [summary] = await plansOn("/products/folding-storage-ottoman");
    expect(summary).toBe("groups=1 preorder=1 requires=true selected=none allocation=124950");
  });

  it("appear in the product JSON as Shopify's /products/<handle>.js has them", async () => {
    const product = (await (await shopper.get("/products/folding-storage-ottoman.js")).json()) as {
      requires_selling_plan: boolean;
      selling_plan_groups: Record<string, unknown>[];
      variants: { selling_plan_allocations: unknown[] }[];
    };
    const groupId = product.selling_plan_groups[0].id as string;
    expect(groupId).toMatch(/^[0-9a-f]{40}$/);
    expect(product.requires_selling_plan).toBe(false);
    expect(product.selling_plan_groups).toEqual([
      {
        id: groupId,
        name: "Pre-order",
        options: [{ name: "Payment", position: 1, values: ["20% deposit", "Pay in full"] }],
        selling_plans: [
          {
            id: 800,
            name: "Pre-order, 20% deposit",
            description: null,
            options: [{ name: "Payment", position: 1, value: "20% deposit" }],
            recurring_deliveries: false,
            price_adjustments: [],
            checkout_charge: { value_type: "percentage", value: 20 },
          },
          expect.objectContaining({
            id: 801,
            price_adjustments: [{ order_count: null, position: 1, value_type: "percentage", value: 10 }],
          }),
        ],
        app_id: PREORDER_APP_ID,
      },
    ]);
    expect(product.variants[0].selling_plan_allocations).toEqual([
      {
        price_adjustments: [],
        price: 124950,
        compare_at_price: 124950,
        per_delivery_price: 124950,
        selling_plan_id: 800,
        selling_plan_group_id: groupId,
      },
      {
        price_adjustments: [{ position: 1, price: 112455 }],
        price: 112455,
        compare_at_price: 124950,
        per_delivery_price: 112455,
        selling_plan_id: 801,
        selling_plan_group_id: groupId,
      },
    ]);
  });
});

describe("the cart's selling_plan", () => {
  it("is kept on the line from the product form, which is priced on the plan, even when sold out", async () => {
    const added = await shopper.submit(
      "/cart/add",
      { form_type: "product", id: "202", quantity: "1", selling_plan: DEPOSIT_PLAN },
      { multipart: true },
    );
    expect(added.status).toBe(302);
    const cart = (await (await shopper.get("/cart.js")).json()) as { total_price: number; items: object[] };
    expect(cart.total_price).toBe(129900);
    expect(cart.items).toEqual([
      expect.objectContaining({
        id: 202,
        price: 129900,
        line_price: 129900,
        selling_plan_allocation: {
          price_adjustments: [],
          price: 129900,
          compare_at_price: 129900,
          per_delivery_price: 129900,
          selling_plan: expect.objectContaining({
            id: 800,
            name: "Pre-order, 20% deposit",
            checkout_charge: { value_type: "percentage", value: 20 },
          }),
          checkout_charge_amount: 25980,
          remaining_balance_charge_amount: 103920,
        },
      }),
    ]);
    const page = visibleText(mainContent(await shopper.page("/cart")));
    expect(page).toContain("Folding Storage Ottoman Walnut Pre-order, 20% deposit €1.299,00");
  });

  it("keeps lines on different plans apart, and Ajax adds answer the priced line", async () => {
    const response = await shopper.postJson("/cart/add.js", {
      items: [
        { id: 201, quantity: 1, selling_plan: Number(FULL_PLAN) },
        { id: 201, quantity: 2, selling_plan: Number(DEPOSIT_PLAN) },
        { id: 201, quantity: 1 },
      ],
    });
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: Record<string, unknown>[] };
    expect(items.map((item) => [item.quantity, item.line_price])).toEqual([
      [1, 112455],
      [2, 249900],
      [1, 124950],
    ]);
    const cart = (await (await shopper.get("/cart.js")).json()) as { items: { selling_plan_allocation: unknown }[] };
    expect(cart.items.map((item) => item.selling_plan_allocation !== null)).toEqual([true, true, false]);
  });

  it("is refused (422) when the plan is not one of the variant's, and nothing is added", async () => {
    for (const sellingPlan of [SUBSCRIPTION_PLAN, "9001", "not-a-plan"]) {
      const response = await shopper.postJson("/cart/add.js", { id: 201, quantity: 1, selling_plan: sellingPlan });
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({
        status: 422,
        message: "Cart Error",
        description: "Selling plan is not applicable.",
      });
    }
    const form = await shopper.submit("/cart/add", { id: "201", quantity: "1", selling_plan: SUBSCRIPTION_PLAN });
    expect(form.status).toBe(422);
    expect(visibleText(await form.text())).toContain("Selling plan is not applicable.");
    expect((await (await shopper.get("/cart.js")).json()).item_count).toBe(0);
  });

  it("is required for a product sold only on a selling plan", async () => {
    storefront.store.state.products[0].requiresSellingPlan = true;
    const response = await shopper.postJson("/cart/add.js", { id: 201, quantity: 1 });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { description: string }).description).toBe(
      "Variant can only be purchased with a selling plan.",
    );
  });

  it("drops a line whose plan no longer applies", async () => {
    await shopper.postJson("/cart/add.js", { id: 201, quantity: 1, selling_plan: Number(DEPOSIT_PLAN) });
    storefront.store.state.sellingPlanGroups[0].productIds = [];
    expect((await (await shopper.get("/cart.js")).json()).items).toEqual([]);
  });
});
