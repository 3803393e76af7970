import type { DevDiscountAllocation, DevDiscountApplication } from "../../state/types";
import type { CartDiscountApplication, PricedCart, PricedLine } from "../cart/priced-cart";
import { fromCents } from "../money";

/**
 * The cart's discounts as the order keeps them: its discount applications, and each line's
 * shares of them (indexes into those applications).
 */

export function orderDiscountApplications(priced: PricedCart): DevDiscountApplication[] {
  return priced.discountApplications.map(({ discountId, title, level, value }) => ({
    type: "AUTOMATIC",
    title,
    discountId,
    targetSelection: level === "cart" ? "ALL" : "ENTITLED",
    allocationMethod: "amount" in value && value.each ? "EACH" : "ACROSS",
    value: "percentage" in value ? { percentage: value.percentage } : { amount: fromCents(value.amount) },
  }));
}

export function lineDiscountAllocations(
  priced: PricedCart,
  line: PricedLine,
): { discount: string; discountAllocations?: DevDiscountAllocation[] } {
  const applications: CartDiscountApplication[] = priced.discountApplications;
  const allocations = line.discountAllocations.map(({ application, amount }) => ({
    applicationIndex: applications.indexOf(application),
    amount: fromCents(amount),
  }));
  return {
    discount: fromCents(line.linePrice - line.discountedTotal),
    ...(allocations.length ? { discountAllocations: allocations } : {}),
  };
}
