/**
 * Money as Shopify's storefront handles it: integer cents in Liquid and the Ajax API,
 * decimal strings ("25.00") in the Admin API and the dev store's state.
 */

export function toCents(amount: string | number): number {
  return Math.round(Number(amount) * 100);
}

export function fromCents(cents: number): string {
  return (cents / 100).toFixed(2);
}

type Separators = { thousands: string; decimal: string; decimals: 0 | 2 };

// The amount placeholders a shop's money format may use (Settings → General → Currency display).
const AMOUNT_FORMATS: Record<string, Separators> = {
  amount: { thousands: ",", decimal: ".", decimals: 2 },
  amount_no_decimals: { thousands: ",", decimal: ".", decimals: 0 },
  amount_with_comma_separator: { thousands: ".", decimal: ",", decimals: 2 },
  amount_no_decimals_with_comma_separator: { thousands: ".", decimal: ",", decimals: 0 },
  amount_with_apostrophe_separator: { thousands: "'", decimal: ".", decimals: 2 },
  amount_no_decimals_with_space_separator: { thousands: " ", decimal: ",", decimals: 0 },
  amount_with_space_separator: { thousands: " ", decimal: ",", decimals: 2 },
  amount_with_period_and_space_separator: { thousands: " ", decimal: ".", decimals: 2 },
};

/** Cents in the shop's money format, e.g. 123456 with "€{{amount_with_comma_separator}}" → "€1.234,56". */
export function formatMoney(cents: number, moneyFormat: string): string {
  return moneyFormat.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => {
    const separators = AMOUNT_FORMATS[name];
    return separators ? formatAmount(cents, separators) : placeholder;
  });
}

function formatAmount(cents: number, { thousands, decimal, decimals }: Separators): string {
  const negative = cents < 0;
  const fixed = (Math.abs(cents) / 100).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${negative ? "-" : ""}${grouped}${fraction ? decimal + fraction : ""}`;
}
