/** Amounts in the shop's currency: its minor unit (JPY has none, KWD has three), rounding and display. */

/** Throws a RangeError unless the code is three letters (ISO 4217 form), e.g. "EUR". */
export function assertCurrencyCode(currency: string): void {
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Not a currency code: ${currency}`);
}

/** How many decimals the currency's amounts have (2 for EUR, 0 for JPY, 3 for KWD). */
export function currencyDecimals(currency: string): number {
  assertCurrencyCode(currency);
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** The amount rounded to the currency's minor unit, so that sums of prices carry no float noise. */
export function roundToMinorUnit(amount: number, currency: string): number {
  const scale = 10 ** currencyDecimals(currency);
  // toPrecision first: 1.005 * 100 is 100.49999999999999 in binary floating point.
  return Math.round(Number((amount * scale).toPrecision(12))) / scale;
}

/** "€5,000.00", "¥120,000": for the merchant-facing sentences. */
export function formatAmount(amount: number, currency: string): string {
  assertCurrencyCode(currency);
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(amount);
}
