import type { Marketplace } from "../estimate/curves";

/** The currency prices on each marketplace are shown in. */
export const MARKETPLACE_CURRENCY: Record<Marketplace, string> = {
  "amazon.com": "USD",
  "amazon.co.uk": "GBP",
  "amazon.de": "EUR",
  "amazon.fr": "EUR",
  "amazon.it": "EUR",
  "amazon.es": "EUR",
  "amazon.ca": "CAD",
  "amazon.ae": "AED",
  "amazon.in": "INR",
  "amazon.co.jp": "JPY",
};

/**
 * US dollars per unit of each currency. Only used to place a price on Amazon's US fee schedules (price bands, the
 * $0.30 minimum, the FBA rate card), which are the fee tables we have; a 10 % error here moves those fees by at most
 * 10 %. Rounded market rates of 2025, not live rates: EUR ≈ 1.15, GBP ≈ 1.33, CAD ≈ 0.72, INR ≈ 88 per dollar,
 * JPY ≈ 150 per dollar. AED is pegged by the Central Bank of the UAE at 3.6725 per dollar.
 */
export const USD_PER_UNIT: Record<string, number> = {
  USD: 1,
  EUR: 1.15,
  GBP: 1.33,
  CAD: 0.72,
  AED: 1 / 3.6725,
  INR: 1 / 88,
  JPY: 1 / 150,
};

export function currencyOf(marketplace: string): string {
  return MARKETPLACE_CURRENCY[marketplace as Marketplace] ?? "USD";
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(amount);
}
