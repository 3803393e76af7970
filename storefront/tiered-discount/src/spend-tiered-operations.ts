import type { CartLinesDiscountsGenerateRunInput } from "./cart-lines-discounts-generate-run-input";
import type { CartOperation } from "./cart-lines-discounts-generate-run-result";
import { orderDiscountOperation, percentageOff } from "./discount-operations";
import { toDecimalString, toHundredths } from "./money-amount";
import type { SpendTieredDiscount } from "./tiered-discount-config";

/**
 * The highest tier the order's subtotal reaches, off the order. Gift cards neither count
 * towards the subtotal nor get discounted (they are excluded from the order subtotal target).
 * Thresholds and fixed amounts are in the shop's currency and converted to the cart's.
 */
export function spendTieredOperations(
  config: SpendTieredDiscount,
  input: CartLinesDiscountsGenerateRunInput,
  presentmentCurrencyRate: number,
): CartOperation[] {
  const giftCardLines = input.cart.lines.filter((line) => line.merchandise.product?.isGiftCard === true);
  const subtotal = input.cart.lines
    .filter((line) => !giftCardLines.includes(line))
    .reduce((total, line) => total + toHundredths(Number(line.cost.subtotalAmount.amount)), 0);
  const reached = config.tiers.filter(
    (candidate) => subtotal >= toHundredths(Number(candidate.minimumSubtotal) * presentmentCurrencyRate),
  );
  if (reached.length === 0) return [];
  const tier = reached[reached.length - 1];
  const value =
    "percentage" in tier.value
      ? percentageOff(tier.value.percentage)
      : { fixedAmount: { amount: toDecimalString(Number(tier.value.amountOffOrder) * presentmentCurrencyRate) } };
  return [
    orderDiscountOperation(
      giftCardLines.map((line) => line.id),
      value,
      tier.message,
    ),
  ];
}
