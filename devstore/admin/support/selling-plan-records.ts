import type {
  DevCheckoutCharge,
  DevSellingPlan,
  DevSellingPlanAnchor,
  DevSellingPlanBillingPolicy,
  DevSellingPlanDeliveryPolicy,
  DevSellingPlanPricingPolicy,
} from "../../state/types";
import type {
  AnchorInput,
  BillingPolicyInput,
  DeliveryPolicyInput,
  PricingPolicyInput,
  SellingPlanInput,
} from "./selling-plan-input";

/**
 * Selling plans as the dev store keeps them, from validated input: the policies as given,
 * with the defaults Shopify fills in (intent FULFILLMENT_BEGIN, pre-anchor behaviour ASAP,
 * inventory reserved on sale, a full charge at checkout).
 */

function anchorsOf(anchors: AnchorInput[] | null | undefined): DevSellingPlanAnchor[] {
  return (anchors ?? []).map((anchor) => ({
    type: anchor.type ?? "MONTHDAY",
    day: anchor.day ?? 1,
    month: anchor.month ?? null,
    cutoffDay: anchor.cutoffDay ?? null,
  }));
}

function checkoutChargeOf(charge: NonNullable<BillingPolicyInput["fixed"]>["checkoutCharge"]): DevCheckoutCharge {
  if (charge?.type === "PRICE") return { type: "PRICE", amount: charge.value?.fixedValue ?? "0" };
  return { type: "PERCENTAGE", percentage: charge?.value?.percentage ?? 100 };
}

/** `previous` keeps a recurring policy's createdAt when an update replaces it. */
export function billingPolicyOf(
  input: BillingPolicyInput,
  now: string,
  previous?: DevSellingPlanBillingPolicy,
): DevSellingPlanBillingPolicy {
  if (input.fixed) {
    const fixed = input.fixed;
    return {
      kind: "fixed",
      checkoutCharge: checkoutChargeOf(fixed.checkoutCharge),
      remainingBalanceChargeTrigger: fixed.remainingBalanceChargeTrigger ?? "NO_REMAINING_BALANCE",
      remainingBalanceChargeExactTime: fixed.remainingBalanceChargeExactTime ?? null,
      remainingBalanceChargeTimeAfterCheckout: fixed.remainingBalanceChargeTimeAfterCheckout ?? null,
    };
  }
  const recurring = input.recurring ?? {};
  return {
    kind: "recurring",
    interval: recurring.interval ?? "MONTH",
    intervalCount: recurring.intervalCount ?? 1,
    minCycles: recurring.minCycles ?? null,
    maxCycles: recurring.maxCycles ?? null,
    anchors: anchorsOf(recurring.anchors),
    createdAt: previous?.kind === "recurring" ? previous.createdAt : now,
  };
}

export function deliveryPolicyOf(
  input: DeliveryPolicyInput,
  now: string,
  previous?: DevSellingPlanDeliveryPolicy,
): DevSellingPlanDeliveryPolicy {
  if (input.fixed) {
    const fixed = input.fixed;
    return {
      kind: "fixed",
      fulfillmentTrigger: fixed.fulfillmentTrigger ?? "ASAP",
      fulfillmentExactTime: fixed.fulfillmentExactTime ?? null,
      cutoff: fixed.cutoff ?? null,
      intent: fixed.intent ?? "FULFILLMENT_BEGIN",
      preAnchorBehavior: fixed.preAnchorBehavior ?? "ASAP",
      anchors: anchorsOf(fixed.anchors),
    };
  }
  const recurring = input.recurring ?? {};
  return {
    kind: "recurring",
    interval: recurring.interval ?? "MONTH",
    intervalCount: recurring.intervalCount ?? 1,
    cutoff: recurring.cutoff ?? null,
    intent: recurring.intent ?? "FULFILLMENT_BEGIN",
    preAnchorBehavior: recurring.preAnchorBehavior ?? "ASAP",
    anchors: anchorsOf(recurring.anchors),
    createdAt: previous?.kind === "recurring" ? previous.createdAt : now,
  };
}

function pricingPolicyOf(input: PricingPolicyInput, now: string): DevSellingPlanPricingPolicy {
  const value = input.fixed ?? input.recurring ?? {};
  const adjustmentType = value.adjustmentType ?? "PERCENTAGE";
  return {
    kind: input.fixed ? "fixed" : "recurring",
    adjustmentType,
    adjustmentValue:
      adjustmentType === "PERCENTAGE"
        ? { percentage: value.adjustmentValue?.percentage ?? 0 }
        : { amount: value.adjustmentValue?.fixedValue ?? "0" },
    afterCycle: input.recurring ? input.recurring.afterCycle : null,
    createdAt: now,
  };
}

/** A plan to create; the input has passed inputErrors and newPlanErrors. */
export function newSellingPlan(input: SellingPlanInput, id: string, now: string): DevSellingPlan {
  return {
    id,
    name: input.name?.trim() ?? "",
    description: input.description ?? null,
    options: input.options ?? [],
    position: input.position ?? null,
    category: input.category ?? null,
    billingPolicy: billingPolicyOf(input.billingPolicy ?? {}, now),
    deliveryPolicy: deliveryPolicyOf(input.deliveryPolicy ?? {}, now),
    inventoryPolicy: { reserve: input.inventoryPolicy?.reserve ?? "ON_SALE" },
    pricingPolicies: (input.pricingPolicies ?? []).map((policy) => pricingPolicyOf(policy, now)),
    createdAt: now,
  };
}

/**
 * Applies sellingPlansToUpdate to a plan. Fields left out keep their value, except the
 * pricing policies: Shopify replaces them with what the update gives, none if it gives none.
 */
export function updateSellingPlan(plan: DevSellingPlan, input: SellingPlanInput, now: string) {
  if (input.name != null) plan.name = input.name.trim();
  if (input.description !== undefined) plan.description = input.description;
  if (input.options != null) plan.options = input.options;
  if (input.position !== undefined) plan.position = input.position;
  if (input.category !== undefined) plan.category = input.category;
  if (input.billingPolicy) plan.billingPolicy = billingPolicyOf(input.billingPolicy, now, plan.billingPolicy);
  if (input.deliveryPolicy) plan.deliveryPolicy = deliveryPolicyOf(input.deliveryPolicy, now, plan.deliveryPolicy);
  if (input.inventoryPolicy) plan.inventoryPolicy = { reserve: input.inventoryPolicy.reserve ?? "ON_SALE" };
  plan.pricingPolicies = (input.pricingPolicies ?? []).map((policy) => pricingPolicyOf(policy, now));
}
