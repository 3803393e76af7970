import type { DevProduct, DevVariant } from "../../state/types";

// The dev store's state has no selling plans yet: the preorder capability adds them (and
// their place in DevStoreState). Until then products have no selling plan groups and
// variants no allocations, exactly as on a shop without purchase options.

export function sellingPlanGroupsOf(_product: DevProduct): unknown[] {
  return [];
}

export function sellingPlanAllocationsOf(_variant: DevVariant): unknown[] {
  return [];
}
