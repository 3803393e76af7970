/**
 * Which language a buyer's preorder notice speaks, and the locale its dates are written in:
 * the language the buyer checked out in when the notices have it, else the shop's, else
 * English. Pure.
 */

export const NOTICE_LANGUAGES = ["en", "de", "fr", "es"] as const;

export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

export interface NoticeLocale {
  language: NoticeLanguage;
  /** BCP 47, for Intl.DateTimeFormat. */
  dateLocale: string;
}

const isNoticeLanguage = (language: string): language is NoticeLanguage =>
  (NOTICE_LANGUAGES as readonly string[]).includes(language);

/**
 * A locale as Shopify sends it ("de", "fr-CA", "pt_BR") in canonical BCP 47 ("pt-BR"), or null
 * for none or one Intl cannot read: an unreadable locale is no reason to refuse an order.
 */
export function canonicalLocale(locale: unknown): string | null {
  if (typeof locale !== "string" || !locale.trim() || locale.length > 100) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale.trim().replaceAll("_", "-"));
    const { language } = new Intl.Locale(canonical);
    // "und" (undetermined) names no language: ICU reports it as undefined or "und".
    return language && language !== "und" ? canonical : null;
  } catch {
    return null;
  }
}

function parsed(locale: string | null | undefined): Intl.Locale | null {
  const canonical = canonicalLocale(locale);
  return canonical ? new Intl.Locale(canonical) : null;
}

/**
 * The notice's language and date locale for a buyer ("de-AT" → German, dates "15. Jänner 2027").
 * A buyer in a language notices don't speak gets the shop's language (or English) with the
 * shop's dates, so one message never mixes two languages. `shopLocale` is used as given: one
 * Intl cannot read fails when the dates are formatted, as before buyers had locales.
 */
export function noticeLocale(customerLocale: string | null | undefined, shopLocale: string): NoticeLocale {
  const buyer = parsed(customerLocale);
  const shop = parsed(shopLocale);
  if (buyer && isNoticeLanguage(buyer.language)) {
    // Shopify often sends a bare language ("en"); in a shop of that language, the shop's region
    // says how dates read there (an en-GB shop's English buyers get "15 January 2027").
    const sameLanguageShop = !buyer.region && shop?.region && shop.language === buyer.language;
    return { language: buyer.language, dateLocale: sameLanguageShop ? shop.toString() : buyer.toString() };
  }
  return { language: shop && isNoticeLanguage(shop.language) ? shop.language : "en", dateLocale: shopLocale };
}
