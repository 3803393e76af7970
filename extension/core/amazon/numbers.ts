import { oneLine } from "./text";
import type { Marketplace, Money } from "./types";

/**
 * Locale-correct reading of the numbers Amazon prints. Reading "1.234,56" the US way gives 1.23,
 * a silent failure (../shared/research/extension.md §3), so the decimal separator is worked out
 * from the number itself and, only when it is truly ambiguous ("1.234"), from the page's language.
 */

type DecimalSeparator = "." | ",";

/** Languages of Amazon storefronts that write 1.234,56 (or 1 234,56). */
const COMMA_DECIMAL_LANGUAGES = new Set(["de", "fr", "it", "es", "nl", "pt", "pl", "sv", "tr"]);

export function decimalSeparatorFor(language: string | null | undefined): DecimalSeparator {
  return language && COMMA_DECIMAL_LANGUAGES.has(language.toLowerCase()) ? "," : ".";
}

/**
 * The first number in `text`: digit groups joined by "." or "," (with optional spaces around, as
 * in the split price "$ 99 . 95"), or by a space or apostrophe before a group of exactly three
 * digits ("1 234,56" with a narrow no-break space, Swiss "1'234").
 */
const NUMBER = /\d+(?:\s?[.,]\s?\d+|[ '’]\d{3}(?!\d))*/;

/**
 * Reads the first number in `text`. The last "." or "," is the decimal point when both kinds
 * appear, or when it is the only separator and is not followed by exactly three digits; a lone
 * separator before three digits ("1.234", "1,980") is a thousands separator unless
 * `decimalSeparator` (the page's convention) says otherwise.
 */
export function parseLocaleNumber(text: string | null | undefined, decimalSeparator?: DecimalSeparator): number | null {
  const match = NUMBER.exec(oneLine(text));
  if (!match) return null;
  const token = match[0].replace(/\s*([.,])\s*/g, "$1");
  const pieces = token.split(/([.,' ’])/);
  const groups = pieces.filter((_, i) => i % 2 === 0);
  const separators = pieces.filter((_, i) => i % 2 === 1);
  if (separators.length === 0) return Number(token);
  const last = separators[separators.length - 1];
  const lastGroup = groups[groups.length - 1];
  let lastIsDecimal: boolean;
  if (last !== "." && last !== ",") lastIsDecimal = false;
  else if (separators.includes(".") && separators.includes(",")) lastIsDecimal = true;
  else if (separators.filter((s) => s === last).length > 1) lastIsDecimal = false;
  else if (lastGroup.length !== 3) lastIsDecimal = true;
  else lastIsDecimal = decimalSeparator === last;
  if (!lastIsDecimal) return Number(groups.join(""));
  return Number(`${groups.slice(0, -1).join("")}.${lastGroup}`);
}

const CURRENCY_CODE = /(?<![A-Za-z])(USD|EUR|GBP|CAD|AED|INR|JPY|AUD|MXN|BRL|SEK|PLN|TRY|SAR|SGD|EGP)(?![A-Za-z])/;
const CURRENCY_SYMBOLS: [RegExp, string][] = [
  [/CDN\$|CA\$|C\$/, "CAD"],
  [/US\$/, "USD"],
  [/€/, "EUR"],
  [/£/, "GBP"],
  [/₹|\bRs\.?\s?(?=\d)/, "INR"],
  [/[¥￥円]/, "JPY"],
  [/د\.إ/, "AED"],
];
const DOLLAR_CURRENCIES = new Set(["USD", "CAD", "AUD", "MXN", "SGD"]);

/**
 * The ISO currency a price text names. A bare number ("237,097.00": amazon.in drew ₹ as an icon)
 * takes the storefront's currency; other text without a currency ("Nur noch 2 Stück") is no price.
 */
export function currencyOf(text: string, storefrontCurrency?: string | null): string | null {
  const code = CURRENCY_CODE.exec(text);
  if (code) return code[1];
  for (const [symbol, currency] of CURRENCY_SYMBOLS) if (symbol.test(text)) return currency;
  if (text.includes("$"))
    return storefrontCurrency && DOLLAR_CURRENCIES.has(storefrontCurrency) ? storefrontCurrency : "USD";
  return /^[\d\s.,'’]+$/.test(text) ? (storefrontCurrency ?? null) : null;
}

/** Currencies without minor units among Amazon's storefronts. */
const ZERO_DECIMAL_CURRENCIES = new Set(["JPY"]);

/**
 * A shown price ("EUR 14,99", "14,99 €", "AED26.00", "₹237,097.00", "$ 99 . 95", "¥1,980").
 */
export function parsePrice(
  text: string | null | undefined,
  marketplace?: Pick<Marketplace, "currency" | "language"> | null,
): Money | null {
  const clean = oneLine(text);
  if (clean === "") return null;
  const amount = parseLocaleNumber(clean, decimalSeparatorFor(marketplace?.language));
  const currency = currencyOf(clean, marketplace?.currency);
  if (amount === null || currency === null) return null;
  const factor = ZERO_DECIMAL_CURRENCIES.has(currency) ? 1 : 100;
  return { amount: Math.round(amount * factor) / factor, currency };
}

/**
 * Multipliers of the compact counts Amazon prints: "84.7K", "1,2 Tsd.", "2 Mio.", "1,2 mil"
 * (es), "1,2 mila" (it), "1.2万" (ja, ten thousand).
 */
const COUNT = /(\d+(?:[.,]\d+|\s\d{3}(?!\d))*)(?:\s?(?:(k|m|mio|tsd|mil|mila)(?![a-z])\.?|(万|千)))?/i;
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  tsd: 1e3,
  mil: 1e3,
  mila: 1e3,
  千: 1e3,
  万: 1e4,
  m: 1e6,
  mio: 1e6,
};

/**
 * A count: "129,762 ratings", "(226)", "(84.7K)", "1,2 Tsd.", "2K+ bought", "2.345 valutazioni".
 * Counts are whole numbers, so without a K/Tsd./万 suffix every separator is a thousands separator.
 */
export function parseCount(text: string | null | undefined): number | null {
  const match = COUNT.exec(oneLine(text));
  if (!match) return null;
  const [, digits, latinSuffix, cjkSuffix] = match;
  const suffix = (latinSuffix ?? cjkSuffix)?.toLowerCase();
  if (!suffix) return Number(digits.replace(/\D/g, ""));
  const value = Number(digits.replace(/\s/g, "").replace(",", "."));
  return Math.round(value * MULTIPLIERS[suffix]);
}

/** "5つ星のうち4.5" puts the scale first; every other storefront puts the rating first. */
const JAPANESE_RATING = /5つ星のうち\s*(\d+(?:[.,]\d+)?)/;
const RATING = /(\d(?:[.,]\d+)?)(?!\d)/;

/** A star rating: "4.6 out of 5 stars", "4,5 von 5 Sternen", "4,3 su 5 stelle", "5つ星のうち4.5". */
export function parseRating(text: string | null | undefined): number | null {
  const clean = oneLine(text);
  const match = JAPANESE_RATING.exec(clean) ?? RATING.exec(clean);
  if (!match) return null;
  const value = Number(match[1].replace(",", "."));
  return value >= 0 && value <= 5 ? Math.round(value * 10) / 10 : null;
}

/** Amazon's "bought in past month" badge, per storefront language. */
const BOUGHT_PAST_MONTH =
  /bought in (?:the )?past month|im (?:letzten|vergangenen) Monat gekauft|achetés? au cours du mois dernier|acquistat[io] (?:nel|il) mese scorso|comprados? el mes pasado|gekocht in de afgelopen maand|過去1か月で/i;

/**
 * "2K+ bought in past month" → 2000, "Mehr als 1000 Mal im letzten Monat gekauft" → 1000,
 * "過去1か月で1000点以上購入されました" → 1000 (the badge phrase is taken out first: it holds a "1"
 * in Japanese); any other text → null.
 */
export function parseBoughtPastMonth(text: string | null | undefined): number | null {
  const clean = oneLine(text);
  return BOUGHT_PAST_MONTH.test(clean) ? parseCount(clean.replace(BOUGHT_PAST_MONTH, " ")) : null;
}
