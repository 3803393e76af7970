import { parseBestSellersRanks } from "./best-sellers-rank";
import { parseLocalizedDate } from "./dates";
import { asinFromUrl, marketplaceFromUrl } from "./marketplace";
import { parseBoughtPastMonth, parseCount, parsePrice, parseRating } from "./numbers";
import { parsePackageDimensions } from "./package-dimensions";
import { isStruckThrough, priceElementText } from "./price-element";
import { productDetail } from "./product-details";
import { parseReviews } from "./reviews";
import { oneLine, readableText } from "./text";
import type { Marketplace, Money, ProductPage } from "./types";

/**
 * Where the price the buyer pays sits, newest layout first (../shared/research/extension.md §3
 * "Product page"): the 2023+ core price block, the 2021–22 apex table, then the pre-2021
 * `#priceblock_*` ids (deal before sale before our price), then e-book and book prices. `#price`
 * comes last because on older pages it holds list, sale and savings in one line.
 */
const CURRENT_PRICE_SELECTORS = [
  "#corePrice_feature_div .a-price",
  "#corePriceDisplay_desktop_feature_div .priceToPay",
  "#corePriceDisplay_desktop_feature_div .apexPriceToPay",
  "#corePrice_desktop .apexPriceToPay",
  "#apex_desktop .priceToPay",
  "#apex_desktop .apexPriceToPay",
  ".priceToPay",
  "#priceblock_dealprice",
  "#priceblock_saleprice",
  "#priceblock_ourprice",
  "#price_inside_buybox",
  "#newBuyBoxPrice",
  "#kindle-price",
  "#price",
];
const LIST_PRICE_SELECTORS = [
  ".basisPrice .a-price",
  '#corePriceDisplay_desktop_feature_div .a-price[data-a-strike="true"]',
  '#corePrice_desktop .a-price[data-a-strike="true"]',
  "#priceblock_listprice",
  "#listPrice",
  "#price .a-text-strike",
];

/** "Visit the Instant Pot Store", "Brand: Ultrean", "Marke: WINOMO" → the brand, per storefront language. */
const BYLINE_BRAND = [
  /^Visit the (.+?) Store$/i,
  /^Besuche(?:n Sie)? den (.+?)-Store$/i,
  /^Visiter la boutique (.+)$/i,
  /^Visita lo Store di (.+)$/i,
  /^Visita la tienda de (.+)$/i,
  /^(.+?)のストアを表示$/,
  /^(?:Brand|Marke|Marque|Marca|Merk|ブランド)\s*[:：]\s*(.+)$/i,
];
const BRAND_LABEL = /^(?:brand|marke|marque|marca|merk|ブランド)$/i;

/** The "Date First Available" label per storefront (../shared/research/extension.md §3). */
const DATE_FIRST_AVAILABLE_LABEL =
  /date first available|im angebot von amazon|date de mise en ligne|disponible sur amazon\.\w+ depuis|disponibile su amazon\.\w+ a partire dal|data di prima disponibilità|producto en amazon\.\w+ desde|fecha de disponibilidad|datum eerste beschikbaarheid|での取り扱い開始日/i;
/** Books show a publication date instead. */
const PUBLICATION_DATE_LABEL =
  /^(?:publication date|erscheinungstermin|date de publication|data di pubblicazione|fecha de publicación|発売日)$/i;

const OUT_OF_STOCK =
  /currently unavailable|out of stock|nicht verfügbar|indisponible|non disponibile|no disponible|在庫切れ|お取り扱いできません/i;
const IN_STOCK = /in stock|auf lager|en stock|disponibilità immediata|disponible|在庫あり|only \d+ left|nur noch \d+/i;

/** Everything the product panel shows that can be read off a product detail page (/dp/, /gp/product/). */
export function parseProductPage(document: Document, url: string): ProductPage {
  const marketplace = marketplaceFromUrl(url);
  const availability = availabilityText(document);
  return {
    asin: productAsin(document, url),
    title: productTitle(document),
    brand: productBrand(document),
    price: firstPrice(document, CURRENT_PRICE_SELECTORS, marketplace, { skipStruckThrough: true }),
    listPrice: firstPrice(document, LIST_PRICE_SELECTORS, marketplace, { skipStruckThrough: false }),
    rating: productRating(document),
    ratingCount: productRatingCount(document),
    bsr: parseBestSellersRanks(document),
    dateFirstAvailable: dateFirstAvailable(document),
    packageDimensions: parsePackageDimensions(document, marketplace?.language),
    boughtPastMonth: parseBoughtPastMonth(
      document.querySelector("#social-proofing-faceout-title-tk_bought, #socialProofingAsinFaceout_feature_div")
        ?.textContent,
    ),
    availability,
    inStock: document.querySelector("#outOfStock") ? false : stockState(availability),
    reviews: parseReviews(document),
  };
}

function productAsin(document: Document, url: string): string | null {
  const input = document.querySelector<HTMLInputElement>('input#ASIN, input[name="ASIN"]');
  const value = input?.getAttribute("value")?.trim();
  return value || asinFromUrl(url);
}

/** `#title` last: on book pages it wraps the title and the format line ("Hardcover – November 7, 2023"). */
function productTitle(document: Document): string | null {
  for (const selector of ["#productTitle", "#ebooksProductTitle", "#title"]) {
    for (const element of document.querySelectorAll(selector)) {
      const text = readableText(element);
      if (text !== "") return text;
    }
  }
  return null;
}

function productBrand(document: Document): string | null {
  const byline = document.querySelector("#bylineInfo");
  // Books: the byline lists contributors ("Stephen King (Author), … (Narrator)"); the first one stands in for the brand.
  const author = byline?.querySelector(".author a");
  if (author) return oneLine(author.textContent) || null;
  const bylineText = readableText(byline);
  if (bylineText !== "") {
    for (const pattern of BYLINE_BRAND) {
      const match = pattern.exec(bylineText);
      if (match) return match[1].trim();
    }
    return bylineText;
  }
  return oneLine(document.querySelector("#brand")?.textContent) || productDetail(document, BRAND_LABEL);
}

/** The price of the first element, in selector order, that reads as one. */
function firstPrice(
  document: Document,
  selectors: string[],
  marketplace: Marketplace | null,
  { skipStruckThrough }: { skipStruckThrough: boolean },
): Money | null {
  for (const selector of selectors) {
    for (const element of document.querySelectorAll(selector)) {
      if (skipStruckThrough && isStruckThrough(element)) continue;
      const price = parsePrice(priceElementText(element), marketplace);
      if (price) return price;
    }
  }
  return null;
}

function productRating(document: Document): number | null {
  const popoverTitle = document.querySelector("#acrPopover")?.getAttribute("title");
  return (
    parseRating(popoverTitle) ??
    parseRating(document.querySelector("#averageCustomerReviews .a-icon-alt, #acrPopover .a-icon-alt")?.textContent)
  );
}

/** The aria-label keeps the exact count ("84,753 Reviews") where the text is compact ("(84.7K)"). */
function productRatingCount(document: Document): number | null {
  const element = document.querySelector("#acrCustomerReviewText");
  if (!element) return null;
  const label = element.getAttribute("aria-label");
  return (label && /\d/.test(label) ? parseCount(label) : null) ?? parseCount(element.textContent);
}

function dateFirstAvailable(document: Document): string | null {
  const text = productDetail(document, DATE_FIRST_AVAILABLE_LABEL) ?? productDetail(document, PUBLICATION_DATE_LABEL);
  return text === null ? null : (parseLocalizedDate(text) ?? text);
}

function availabilityText(document: Document): string | null {
  const element = document.querySelector("#availability, #outOfStock");
  const firstLine = readableText(element, { multiline: true }).split("\n")[0];
  return firstLine ? firstLine : null;
}

function stockState(availability: string | null): boolean | null {
  if (availability === null) return null;
  if (OUT_OF_STOCK.test(availability)) return false;
  return IN_STOCK.test(availability) ? true : null;
}
