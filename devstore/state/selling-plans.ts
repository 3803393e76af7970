import type { DevProduct, DevSellingPlan, DevSellingPlanGroup, DevStoreState, DevVariant } from "./types";

/**
 * Which selling plan groups apply where. A group applies to a product directly (all its
 * variants) or to single variants; the Admin API, the storefront and the checkout all ask.
 */

export function findSellingPlanGroup(state: DevStoreState, groupId: string): DevSellingPlanGroup | null {
  return state.sellingPlanGroups.find((group) => group.id === groupId) ?? null;
}

export function findSellingPlan(
  state: DevStoreState,
  planId: string,
): { group: DevSellingPlanGroup; plan: DevSellingPlan } | null {
  for (const group of state.sellingPlanGroups) {
    const plan = group.sellingPlans.find((candidate) => candidate.id === planId);
    if (plan) return { group, plan };
  }
  return null;
}

/** Groups that apply to the product or to any of its variants (Product.sellingPlanGroups), by id. */
export function groupsOfProduct(state: DevStoreState, product: DevProduct): DevSellingPlanGroup[] {
  const variantIds = new Set(product.variants.map((variant) => variant.id));
  return byId(
    state.sellingPlanGroups.filter(
      (group) => group.productIds.includes(product.id) || group.variantIds.some((id) => variantIds.has(id)),
    ),
  );
}

/** Groups that apply to the variant, directly or through its product (ProductVariant.sellingPlanGroups), by id. */
export function groupsOfVariant(state: DevStoreState, variant: DevVariant): DevSellingPlanGroup[] {
  return byId(
    state.sellingPlanGroups.filter(
      (group) => group.variantIds.includes(variant.id) || group.productIds.includes(variant.productId),
    ),
  );
}

/** The plan, when its group applies to the variant: what the cart and checkout accept. */
export function planForVariant(state: DevStoreState, variant: DevVariant, planId: string) {
  const found = findSellingPlan(state, planId);
  if (!found) return null;
  const { group } = found;
  return group.variantIds.includes(variant.id) || group.productIds.includes(variant.productId) ? found : null;
}

/** A group's plans in display order: by position, then as created. */
export function plansInOrder(group: DevSellingPlanGroup): DevSellingPlan[] {
  return [...group.sellingPlans].sort(
    (a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || Number(a.id) - Number(b.id),
  );
}

function byId(groups: DevSellingPlanGroup[]): DevSellingPlanGroup[] {
  return [...groups].sort((a, b) => Number(a.id) - Number(b.id));
}
