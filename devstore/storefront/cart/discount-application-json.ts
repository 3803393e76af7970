import type { CartDiscountApplication } from "./priced-cart";

/**
 * A cart discount as Liquid's `discount_application` and the Ajax API show it: cents, and
 * for a percentage the percentage itself. The dev store's discounts are all automatic.
 */
export function discountApplicationJson(application: CartDiscountApplication) {
  const { value } = application;
  return {
    type: "automatic",
    key: `automatic-${application.discountId}`,
    title: application.title,
    description: null,
    value: "percentage" in value ? value.percentage : value.amount,
    value_type: "percentage" in value ? "percentage" : "fixed_amount",
    allocation_method: "amount" in value && value.each ? "each" : "across",
    target_selection: application.level === "cart" ? "all" : "entitled",
    target_type: "line_item",
    total_allocated_amount: application.totalAllocatedAmount,
  };
}
