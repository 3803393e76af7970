/**
 * Money as Shopify's Admin API shows it. Amounts stay decimal strings end to end; sums go
 * through integer micro-units so that "0.1" + "0.2" is "0.3".
 */

const MICROS = 1_000_000;

export interface MoneyV2 {
  amount: string;
  currencyCode: string;
}

export interface MoneyBag {
  shopMoney: MoneyV2;
  presentmentMoney: MoneyV2;
}

export function toMicros(amount: string | number): number {
  return Math.round(Number(amount) * MICROS);
}

export function fromMicros(micros: number): string {
  return (micros / MICROS).toFixed(6).replace(/\.?0+$/, "") || "0";
}

/** Integer cents (as the storefront and checkout count) as a decimal amount. */
export function fromCents(cents: number): string {
  return fromMicros(cents * 10_000);
}

export function sumAmounts(amounts: (string | number)[]): string {
  return fromMicros(amounts.reduce<number>((total, amount) => total + toMicros(amount), 0));
}

export function subtractAmount(from: string | number, amount: string | number): string {
  return fromMicros(toMicros(from) - toMicros(amount));
}

export function multiplyAmount(amount: string | number, factor: number): string {
  return fromMicros(toMicros(amount) * factor);
}

/** The `Decimal` scalar (MoneyV2.amount): Ruby BigDecimal style, "55.0", "11884.9". */
export function formatDecimal(amount: string | number): string {
  const text = fromMicros(toMicros(amount));
  return text.includes(".") ? text : `${text}.0`;
}

/** The `Money` scalar (ProductVariant.price): two decimals, "19.00". */
export function formatMoney(amount: string | number): string {
  return (toMicros(amount) / MICROS).toFixed(2);
}

export function moneyV2(amount: string | number, currencyCode: string): MoneyV2 {
  return { amount: String(amount), currencyCode };
}

/** The dev store sells in one currency, so shop and presentment money are the same. */
export function moneyBag(amount: string | number, currencyCode: string): MoneyBag {
  return { shopMoney: moneyV2(amount, currencyCode), presentmentMoney: moneyV2(amount, currencyCode) };
}
