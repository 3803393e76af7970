import { planForVariant } from "../../state/selling-plans";
import type { DevStoreState } from "../../state/types";
import type { LineToAdd } from "./cart";
import { findVariant } from "./priced-cart";

/** Why a line cannot go into the cart, as the Ajax API's error status and description. */
export interface CartProblem {
  status: 404 | 422;
  description: string;
}

/**
 * What Shopify refuses at /cart/add: an unknown or unpublished variant, a selling plan that
 * is not one of the variant's (the Storefront API's SELLING_PLAN_NOT_APPLICABLE), a product
 * sold only on a selling plan without one (VARIANT_REQUIRES_SELLING_PLAN), and a sold-out
 * variant — which a selling plan (a preorder) may still sell.
 */
export function problemAdding(state: DevStoreState, line: LineToAdd): CartProblem | null {
  const found = findVariant(state, line.variantId);
  if (!found || found.product.status !== "ACTIVE") return { status: 404, description: "Cannot find variant" };
  if (line.sellingPlanId) {
    if (!planForVariant(state, found.variant, line.sellingPlanId)) {
      return { status: 422, description: "Selling plan is not applicable." };
    }
    return null;
  }
  if (found.product.requiresSellingPlan) {
    return { status: 422, description: "Variant can only be purchased with a selling plan." };
  }
  if (found.variant.inventoryQuantity <= 0) return { status: 422, description: `${found.product.title} is sold out.` };
  return null;
}
