import type { Marketplace, PageKind } from "./types";

/**
 * The Amazon storefronts the research overlay reads. Marketplace ids are the ones Keepa, SP-API
 * and the search autocomplete use (../shared/research/extension.md §3 "Marketplace IDs"; India's
 * A21TJRUUN4KGV from Amazon's SP-API marketplace table).
 */
const MARKETPLACES: readonly Marketplace[] = [
  { marketplace: "amazon.com", locale: "en-US", currency: "USD", language: "en", marketplaceId: "ATVPDKIKX0DER" },
  { marketplace: "amazon.co.uk", locale: "en-GB", currency: "GBP", language: "en", marketplaceId: "A1F83G8C2ARO7P" },
  { marketplace: "amazon.de", locale: "de-DE", currency: "EUR", language: "de", marketplaceId: "A1PA6795UKMFR9" },
  { marketplace: "amazon.fr", locale: "fr-FR", currency: "EUR", language: "fr", marketplaceId: "A13V1IB3VIYZZH" },
  { marketplace: "amazon.it", locale: "it-IT", currency: "EUR", language: "it", marketplaceId: "APJ6JRA9NG5V4" },
  { marketplace: "amazon.es", locale: "es-ES", currency: "EUR", language: "es", marketplaceId: "A1RKKUPIHCS9HS" },
  { marketplace: "amazon.ca", locale: "en-CA", currency: "CAD", language: "en", marketplaceId: "A2EUQ1WTGCTBG2" },
  { marketplace: "amazon.ae", locale: "en-AE", currency: "AED", language: "en", marketplaceId: "A2VIGQ35RCS4UG" },
  { marketplace: "amazon.in", locale: "en-IN", currency: "INR", language: "en", marketplaceId: "A21TJRUUN4KGV" },
  { marketplace: "amazon.co.jp", locale: "ja-JP", currency: "JPY", language: "ja", marketplaceId: "A1VC38T7YXB528" },
];

export const SUPPORTED_MARKETPLACES = MARKETPLACES.map((m) => m.marketplace);

/** Amazon serves another UI language under a path prefix, e.g. amazon.de/-/en/dp/… */
const LANGUAGE_PREFIX = /^\/-\/([a-z]{2})(?:[_-][a-z]{2})?\//i;

/**
 * The marketplace a page belongs to, from its URL host (www., smile. or no subdomain), or null
 * for any other site. A `/-/en/` path prefix switches the language and locale, not the currency.
 */
export function marketplaceFromUrl(url: string | URL): Marketplace | null {
  const parsed = toUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "");
  const found = MARKETPLACES.find((m) => host === m.marketplace || host.endsWith(`.${m.marketplace}`));
  if (!found) return null;
  const prefix = LANGUAGE_PREFIX.exec(parsed.pathname);
  if (!prefix) return { ...found };
  const language = prefix[1].toLowerCase();
  return { ...found, language, locale: `${language}-${found.locale.split("-")[1]}` };
}

const PRODUCT_PATH = /\/(?:dp|gp\/product|gp\/aw\/d)\/([A-Z0-9]{10})(?:[/?#]|$)/i;
const REVIEWS_PATH = /\/product-reviews\/([A-Z0-9]{10})(?:[/?#]|$)/i;
/** Search lives at /s (today, `?k=`) or /s/ref=… and /keyword/s (2019, `field-keywords=` or `rh=…k:`). */
const SEARCH_PATH = /(?:^|\/)s(?:\/|$)/;

/** Which kind of Amazon page a URL is, or null when it is not one the overlay reads. */
export function pageKind(url: string | URL): PageKind | null {
  const parsed = toUrl(url);
  if (!parsed || !marketplaceFromUrl(parsed)) return null;
  const path = parsed.pathname;
  if (REVIEWS_PATH.test(path)) return "amazon-reviews";
  if (PRODUCT_PATH.test(path)) return "amazon-product";
  if (SEARCH_PATH.test(path) && searchKeywordFromUrl(parsed) !== null) return "amazon-search";
  return null;
}

/** The ASIN named in a product or review page URL. */
export function asinFromUrl(url: string | URL): string | null {
  const parsed = toUrl(url);
  if (!parsed) return null;
  const match = REVIEWS_PATH.exec(parsed.pathname) ?? PRODUCT_PATH.exec(parsed.pathname);
  return match ? match[1].toUpperCase() : null;
}

/** The search words of a search page URL (`k`, the older `field-keywords`, or `rh=…k:words`). */
export function searchKeywordFromUrl(url: string | URL): string | null {
  const parsed = toUrl(url);
  if (!parsed) return null;
  const params = parsed.searchParams;
  const direct = params.get("k") ?? params.get("field-keywords");
  if (direct !== null && direct.trim() !== "") return direct.trim();
  const refinement = /(?:^|,)k:([^,]+)/.exec(params.get("rh") ?? "");
  return refinement ? refinement[1].trim() : null;
}

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
