import type { CartLinesDiscountsGenerateRunInput } from "./cart-lines-discounts-generate-run-input";
import type { CartOperation } from "./cart-lines-discounts-generate-run-result";
import { percentageOff, productDiscountOperation } from "./discount-operations";
import { toDecimalString } from "./money-amount";
import { selectedLines } from "./selected-lines";
import type { QuantityTieredDiscount } from "./tiered-discount-config";

/**
 * The highest tier the selected lines' total quantity reaches, off each of those lines; a
 * fixed amount comes off every item, converted to the cart's currency.
 */
export function quantityTieredOperations(
  config: QuantityTieredDiscount,
  input: CartLinesDiscountsGenerateRunInput,
  presentmentCurrencyRate: number,
): CartOperation[] {
  const lines = selectedLines(input.cart.lines, config.appliesTo);
  const quantity = lines.reduce((total, line) => total + line.quantity, 0);
  const reached = config.tiers.filter((candidate) => quantity >= candidate.minimumQuantity);
  if (reached.length === 0) return [];
  const tier = reached[reached.length - 1];
  const value =
    "percentage" in tier.value
      ? percentageOff(tier.value.percentage)
      : {
          fixedAmount: {
            amount: toDecimalString(Number(tier.value.amountOffEachItem) * presentmentCurrencyRate),
            appliesToEachItem: true,
          },
        };
  return [productDiscountOperation(lines, value, tier.message)];
}
