import type {
  DevSellingPlan,
  DevSellingPlanBillingPolicy,
  DevSellingPlanGroup,
  DevSellingPlanPricingPolicy,
  DevVariant,
} from "../state/types";
import { toCents } from "./money";

/**
 * What a variant costs on a selling plan, in cents as the storefront counts: the price after
 * the plan's first price adjustment, what checkout charges now (a preorder's deposit) and
 * the balance charged later. The cart, the checkout and the Liquid objects all price here.
 */

export interface SellingPlanAllocation {
  group: DevSellingPlanGroup;
  plan: DevSellingPlan;
  variant: DevVariant;
  /** The price with the plan applied. */
  price: number;
  /** The variant's price without the plan. */
  compareAtPrice: number;
  /** The price after each of the plan's price adjustments, in order. */
  adjustedPrices: number[];
  checkoutChargeAmount: number;
  remainingBalanceChargeAmount: number;
}

/** The plan's price adjustments as they apply: the fixed one from the first order, then the recurring one. */
export function pricingPoliciesInOrder(plan: DevSellingPlan): DevSellingPlanPricingPolicy[] {
  return [...plan.pricingPolicies].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "fixed" ? -1 : 1));
}

export function adjustedPrice(priceCents: number, policy: DevSellingPlanPricingPolicy): number {
  const { adjustmentValue } = policy;
  if ("percentage" in adjustmentValue) return Math.round((priceCents * (100 - adjustmentValue.percentage)) / 100);
  const amount = toCents(adjustmentValue.amount);
  return policy.adjustmentType === "PRICE" ? amount : Math.max(0, priceCents - amount);
}

/** A fixed billing policy charges its checkout charge now; any other plan charges the full price. */
export function checkoutChargeCents(priceCents: number, billing: DevSellingPlanBillingPolicy): number {
  if (billing.kind !== "fixed") return priceCents;
  const charge = billing.checkoutCharge;
  if (charge.type === "PRICE") return Math.min(priceCents, toCents(charge.amount));
  return Math.round((priceCents * charge.percentage) / 100);
}

export function allocationOf(
  group: DevSellingPlanGroup,
  plan: DevSellingPlan,
  variant: DevVariant,
): SellingPlanAllocation {
  const compareAtPrice = toCents(variant.price);
  const adjustedPrices = pricingPoliciesInOrder(plan).map((policy) => adjustedPrice(compareAtPrice, policy));
  const price = adjustedPrices[0] ?? compareAtPrice;
  const checkoutChargeAmount = checkoutChargeCents(price, plan.billingPolicy);
  return {
    group,
    plan,
    variant,
    price,
    compareAtPrice,
    adjustedPrices,
    checkoutChargeAmount,
    remainingBalanceChargeAmount: price - checkoutChargeAmount,
  };
}
