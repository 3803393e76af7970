import type { DevProduct, DevStoreState } from "../../../devstore/state/types";
import { ProductDrop } from "../../../devstore/storefront/drops/product-drop";
import { VariantDrop } from "../../../devstore/storefront/drops/variant-drop";
import { toCents } from "../../../devstore/storefront/money";

/**
 * A product page's `product` with selling plans in the shape of Shopify's Liquid objects
 * (selling_plan_group, selling_plan, selling_plan_allocation, from shopify.dev's Liquid
 * reference), for the block's tests to render the planned product today. The dev store's own
 * drops (devstore/storefront/drops/selling-plans.ts) return none until selling plans land
 * there; tests/storefront/preorder-devstore.test.ts covers that path.
 */

export interface PlanSpec {
  /** The numeric selling plan id (config.sellingPlanId is its gid). */
  id: number;
  /** selling_plan_group.app_id: what the app passed as appId. */
  appId: string | null;
  /** What checkout charges, in percent of the price: 20 (deposit), 100 (full), 0 (charge later). */
  checkoutPercent: number;
  /** The variant ids the plan applies to. */
  variantIds: string[];
}

export function sellingPlanGroup(spec: PlanSpec) {
  const groupId = `group-${spec.id}`;
  const option = spec.checkoutPercent === 100 ? "Pay in full" : `${spec.checkoutPercent}% deposit`;
  const plan = {
    id: spec.id,
    group_id: groupId,
    name: `Pre-order, ${option}`,
    description: null,
    options: [{ name: "Pre-order", position: 1, value: option }],
    recurring_deliveries: false,
    selected: false,
    price_adjustments: [],
    checkout_charge: { value: spec.checkoutPercent, value_type: "percentage" },
  };
  return {
    id: groupId,
    name: "Pre-order",
    app_id: spec.appId,
    options: [{ name: "Pre-order", position: 1, values: [option], selected_value: null }],
    selling_plan_selected: false,
    selling_plans: [plan],
  };
}

type Group = ReturnType<typeof sellingPlanGroup>;

function allocation(group: Group, priceCents: number) {
  const plan = group.selling_plans[0];
  const checkout = Math.round((priceCents * plan.checkout_charge.value) / 100);
  return {
    selling_plan: plan,
    selling_plan_group_id: group.id,
    price: priceCents,
    compare_at_price: priceCents,
    per_delivery_price: priceCents,
    unit_price: null,
    price_adjustments: [],
    checkout_charge_amount: checkout,
    remaining_balance_charge_amount: priceCents - checkout,
  };
}

export class PlannedProductDrop extends ProductDrop {
  readonly #product: DevProduct;
  readonly #state: DevStoreState;
  readonly #specs: PlanSpec[];
  #variants: VariantDrop[] | undefined;

  constructor(product: DevProduct, state: DevStoreState, selectedVariantId: string | null, specs: PlanSpec[]) {
    super(product, state, selectedVariantId);
    this.#product = product;
    this.#state = state;
    this.#specs = specs;
  }

  override get selling_plan_groups() {
    return this.#specs.map(sellingPlanGroup);
  }

  override get variants(): VariantDrop[] {
    this.#variants ??= super.variants.map((drop) => {
      const variant = this.#product.variants.find((candidate) => Number(candidate.id) === drop.id)!;
      const allocations = this.#specs
        .filter((spec) => spec.variantIds.includes(variant.id))
        .map((spec) => allocation(sellingPlanGroup(spec), toCents(variant.price)));
      return new (class extends VariantDrop {
        override get selling_plan_allocations() {
          return allocations;
        }
      })(this.#product, variant, this.#state, drop.selected);
    });
    return this.#variants;
  }
}

/** The trail pack of preorder-shop.ts with `specs`' plans, `?variant=` as `selected`. */
export function plannedProduct(state: DevStoreState, specs: PlanSpec[], selected: string | null = null) {
  const product = state.products.find((candidate) => candidate.handle === "trail-pack-30l")!;
  return new PlannedProductDrop(product, state, selected, specs);
}
