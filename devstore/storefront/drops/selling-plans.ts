import { groupsOfProduct, groupsOfVariant, plansInOrder } from "../../state/selling-plans";
import type { DevProduct, DevSellingPlanGroup, DevStoreState, DevVariant } from "../../state/types";
import { allocationOf } from "../selling-plan-pricing";
import { SellingPlanAllocationDrop } from "./selling-plan-allocation-drop";
import { SellingPlanGroupDrop } from "./selling-plan-group-drop";
import { liquidGroupId } from "./selling-plan-group-id";

/**
 * The selling plans a product page shows: `product.selling_plan_groups` (the groups that
 * include any of its variants, merged as Liquid merges them) and each variant's
 * `selling_plan_allocations` (one per plan that applies to it).
 */

export function sellingPlanGroupsOf(
  state: DevStoreState,
  product: DevProduct,
  selectedPlanId: string | null,
): SellingPlanGroupDrop[] {
  const merged = new Map<string, DevSellingPlanGroup[]>();
  for (const group of sortedForDisplay(groupsOfProduct(state, product))) {
    const id = liquidGroupId(group);
    merged.set(id, [...(merged.get(id) ?? []), group]);
  }
  return [...merged.values()].map((groups) => new SellingPlanGroupDrop(groups, selectedPlanId));
}

export function sellingPlanAllocationsOf(
  state: DevStoreState,
  variant: DevVariant,
  selectedPlanId: string | null,
): SellingPlanAllocationDrop[] {
  return sortedForDisplay(groupsOfVariant(state, variant)).flatMap((group) =>
    plansInOrder(group).map(
      (plan) => new SellingPlanAllocationDrop(allocationOf(group, plan, variant), selectedPlanId),
    ),
  );
}

/** Groups by their position (SellingPlanGroup.position), then as created. */
function sortedForDisplay(groups: DevSellingPlanGroup[]): DevSellingPlanGroup[] {
  return [...groups].sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || Number(a.id) - Number(b.id));
}
