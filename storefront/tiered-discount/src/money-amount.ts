/** Up to nine whole digits and two decimals, no sign or exponent: "12", "12.5", "12.50". */
const MONEY_AMOUNT = /^(0|[1-9]\d{0,8})(\.\d{1,2})?$/;

/** A money amount above zero, as the config stores it (a string, like Shopify's Decimal). */
export function isPositiveMoneyAmount(value: unknown): value is string {
  return typeof value === "string" && MONEY_AMOUNT.test(value) && Number(value) > 0;
}

/** Whole hundredths, so that amounts compare without binary-fraction surprises (0.1 + 0.2). */
export function toHundredths(amount: number): number {
  return Math.round(amount * 100);
}

/** Shopify's Decimal as it appears in Function output: a string. */
export function toDecimalString(amount: number): string {
  return amount.toFixed(2);
}
