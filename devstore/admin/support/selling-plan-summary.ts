import type { DevSellingPlan } from "../../state/types";
import { formatMoney } from "../../storefront/money";

/**
 * SellingPlanGroup.summary as Shopify computes it: the number of plans, then the range of
 * percentage discounts and the range of fixed-amount discounts (whole units in the shop's
 * money format), joined by "·". Captured: "4 delivery frequencies, 10-20%·$5-$8 discount",
 * "1 delivery frequency, 10% discount", and with no discount at all
 * "1 delivery frequency,  discount".
 */
export function sellingPlanGroupSummary(plans: DevSellingPlan[], moneyFormat: string): string {
  const policies = plans.flatMap((plan) => plan.pricingPolicies);
  const percentages = policies.flatMap((policy) =>
    "percentage" in policy.adjustmentValue ? [policy.adjustmentValue.percentage] : [],
  );
  const amounts = policies.flatMap((policy) =>
    policy.adjustmentType === "FIXED_AMOUNT" && "amount" in policy.adjustmentValue
      ? [Math.round(Number(policy.adjustmentValue.amount))]
      : [],
  );
  const wholeUnits = wholeUnitFormat(moneyFormat);
  const discounts = [
    range(percentages, (value) => `${value}`, "%"),
    range(amounts, (value) => formatMoney(value * 100, wholeUnits), ""),
  ].filter(Boolean);
  const frequencies = `${plans.length} delivery ${plans.length === 1 ? "frequency" : "frequencies"}`;
  return `${frequencies}, ${discounts.join("·")} discount`;
}

/** "10%" or "10-20%"; "$5" or "$5-$8"; "" for none. */
function range(values: number[], format: (value: number) => string, suffix: string): string {
  if (!values.length) return "";
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `${format(low)}${suffix}` : `${format(low)}-${format(high)}${suffix}`;
}

/** The shop's money format without decimals ("${{amount}}" → "${{amount_no_decimals}}"). */
function wholeUnitFormat(moneyFormat: string): string {
  return moneyFormat
    .replace(/\{\{\s*amount\s*\}\}/g, "{{amount_no_decimals}}")
    .replace(/\{\{\s*amount_with_comma_separator\s*\}\}/g, "{{amount_no_decimals_with_comma_separator}}");
}
