import { salesTaxRate, type PostalAddress } from "../../seed/addresses";
import { formatCents } from "../../seed/money";
import { moneySet } from "./money-set";

export interface TaxRate {
  title: string;
  rate: number;
}

/**
 * The tax the order was charged at: the rate of where it ships when that reproduces the
 * order's tax (the seed's orders), otherwise the rate the amounts imply.
 */
export function orderTaxRate(address: PostalAddress, netCents: number, taxCents: number): TaxRate {
  const title = address.countryCode === "US" ? "Sales Tax" : ["AU", "CA"].includes(address.countryCode) ? "GST" : "VAT";
  const rate = salesTaxRate(address);
  if (netCents > 0 && Math.abs(Math.round(netCents * rate) - taxCents) > 1)
    return { title, rate: Number((taxCents / netCents).toFixed(5)) };
  return { title, rate };
}

/** Shopify's tax_lines: none when nothing was charged. */
export function taxLinesPayload(taxCents: number, taxRate: TaxRate, currencyCode: string) {
  if (taxCents === 0) return [];
  const price = formatCents(taxCents);
  return [
    {
      price,
      rate: taxRate.rate,
      title: taxRate.title,
      price_set: moneySet(price, currencyCode),
      channel_liable: false,
    },
  ];
}
