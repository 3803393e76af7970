import type {
  DevSellingPlanBillingPolicy,
  DevSellingPlanDeliveryPolicy,
  DevSellingPlanPricingPolicy,
} from "../../state/types";
import { typed } from "../resolver-map";
import { moneyV2 } from "./money";

/**
 * A selling plan's policies as the Admin API's unions show them: SellingPlanBillingPolicy,
 * SellingPlanDeliveryPolicy and SellingPlanPricingPolicy, with their values as
 * SellingPlanCheckoutChargePercentageValue / SellingPlanPricingPolicyPercentageValue or
 * MoneyV2 in the shop currency.
 */

export function billingPolicyOutput(policy: DevSellingPlanBillingPolicy, currencyCode: string) {
  if (policy.kind === "recurring") {
    const { kind: _kind, ...fields } = policy;
    return typed("SellingPlanRecurringBillingPolicy", fields);
  }
  const { checkoutCharge } = policy;
  return typed("SellingPlanFixedBillingPolicy", {
    checkoutCharge: {
      type: checkoutCharge.type,
      value:
        checkoutCharge.type === "PERCENTAGE"
          ? typed("SellingPlanCheckoutChargePercentageValue", { percentage: checkoutCharge.percentage })
          : typed("MoneyV2", moneyV2(checkoutCharge.amount, currencyCode)),
    },
    remainingBalanceChargeTrigger: policy.remainingBalanceChargeTrigger,
    remainingBalanceChargeExactTime: policy.remainingBalanceChargeExactTime,
    remainingBalanceChargeTimeAfterCheckout: policy.remainingBalanceChargeTimeAfterCheckout,
  });
}

export function deliveryPolicyOutput(policy: DevSellingPlanDeliveryPolicy) {
  const { kind, ...fields } = policy;
  return typed(kind === "fixed" ? "SellingPlanFixedDeliveryPolicy" : "SellingPlanRecurringDeliveryPolicy", fields);
}

export function pricingPolicyOutput(policy: DevSellingPlanPricingPolicy, currencyCode: string) {
  const { adjustmentValue } = policy;
  const value =
    "percentage" in adjustmentValue
      ? typed("SellingPlanPricingPolicyPercentageValue", { percentage: adjustmentValue.percentage })
      : typed("MoneyV2", moneyV2(adjustmentValue.amount, currencyCode));
  const fields = { adjustmentType: policy.adjustmentType, adjustmentValue: value, createdAt: policy.createdAt };
  return policy.kind === "fixed"
    ? typed("SellingPlanFixedPricingPolicy", fields)
    : typed("SellingPlanRecurringPricingPolicy", { ...fields, afterCycle: policy.afterCycle });
}
