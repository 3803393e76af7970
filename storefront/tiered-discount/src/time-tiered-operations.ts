import { activeTimeTier } from "./active-time-tier";
import type { CartLinesDiscountsGenerateRunInput } from "./cart-lines-discounts-generate-run-input";
import type { CartOperation } from "./cart-lines-discounts-generate-run-result";
import { percentageOff, productDiscountOperation } from "./discount-operations";
import { selectedLines } from "./selected-lines";
import type { TimeTieredDiscount } from "./tiered-discount-config";

/** The current window's percentage off every selected line; nothing outside the windows. */
export function timeTieredOperations(
  config: TimeTieredDiscount,
  input: CartLinesDiscountsGenerateRunInput,
): CartOperation[] {
  const tier = activeTimeTier(config.tiers, input.shop.localTime);
  const lines = selectedLines(input.cart.lines, config.appliesTo);
  if (!tier || lines.length === 0) return [];
  return [productDiscountOperation(lines, percentageOff(tier.percentage), tier.message)];
}
