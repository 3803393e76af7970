import { marketplaceFromUrl, searchKeywordFromUrl } from "./marketplace";
import { parseBoughtPastMonth, parseCount, parsePrice, parseRating } from "./numbers";
import { isStruckThrough, priceElementText } from "./price-element";
import { oneLine, readableText } from "./text";
import type { Marketplace, Money, SearchPage, SearchResult } from "./types";

/**
 * Result cards: today's `div[data-component-type="s-search-result"]` and the 2019
 * `li.s-result-item[data-asin]` (../shared/research/extension.md §3 "Search results"). One query
 * for both, then only small queries inside each card: this runs on every search page.
 */
const RESULT_CARD = 'div[data-component-type="s-search-result"], li.s-result-item[data-asin]';
const ASIN = /^[A-Z0-9]{10}$/;

/**
 * Sponsored markers (../shared/research/extension.md §3; class names change, so several are
 * checked, cheapest first): the card's `AdHolder` class, a title link through /sspa/ (today) or
 * `picassoRedirect` (2019), then the label classes of 2020–26 and the 2019 header icon.
 */
const SPONSORED_LINK = /\/sspa\/|picassoRedirect/;
const SPONSORED_LABEL = ".puis-sponsored-label-text, .s-sponsored-label-text, .s-sponsored-info-icon";
const SPONSORED_TITLE_PREFIX =
  /^(?:Sponsored Ad|Anzeige gesponsert|Annonce sponsorisée|Annuncio sponsorizzato|Anuncio patrocinado)\s*[-–—]\s*/i;
/** "4.4 out of 5 stars, rating details" — a rating label, not a count label. */
const RATING_LABEL = /\d\s*(?:out of|von|sur|su|de|van)\s*5\b|つ星/i;

/** The search words and every product card on a search results page. */
export function parseSearchPage(document: Document, url: string): SearchPage {
  return parseSearchPageCards(document, url).page;
}

/** The page, and the card element of each result (same order): the overlay puts a badge on each card. */
export function parseSearchPageCards(document: Document, url: string): { page: SearchPage; cards: Element[] } {
  const marketplace = marketplaceFromUrl(url);
  const results: SearchResult[] = [];
  const cards: Element[] = [];
  for (const card of document.querySelectorAll(RESULT_CARD)) {
    const result = parseSearchResult(card, marketplace);
    if (!result) continue;
    results.push(result);
    cards.push(card);
  }
  return { page: { keyword: searchKeyword(document, url), results }, cards };
}

/**
 * One result card, or null for placeholders (no ASIN, no title: ad slots, "related searches").
 * Each field is looked up inside the smallest container that holds it (title recipe, reviews
 * block; 2019 cards have neither, so the whole card).
 */
function parseSearchResult(card: Element, marketplace: Marketplace | null): SearchResult | null {
  const asin = card.getAttribute("data-asin") ?? "";
  if (!ASIN.test(asin)) return null;
  const titleRecipe = card.querySelector('[data-cy="title-recipe"]');
  // Today's grid cards have a second, brand-only <h2> outside the title link.
  const heading = titleRecipe?.querySelector("a h2") ?? card.querySelector("h2");
  const title = resultTitle(heading);
  if (title === "") return null;
  const reviewsBlock = card.querySelector('[data-cy="reviews-block"]') ?? card;
  return {
    asin,
    title,
    brand: resultBrand(card, titleRecipe),
    price: resultPrice(card, marketplace),
    rating: resultRating(reviewsBlock),
    ratingCount: resultRatingCount(reviewsBlock),
    sponsored: isSponsored(card, heading),
    boughtPastMonth:
      resultBoughtPastMonth(reviewsBlock) ?? (reviewsBlock === card ? null : resultBoughtPastMonth(card)),
  };
}

function searchKeyword(document: Document, url: string): string | null {
  return (
    searchKeywordFromUrl(url) ??
    (oneLine(document.querySelector("#twotabsearchtextbox")?.getAttribute("value")) || null)
  );
}

function resultTitle(heading: Element | null): string {
  if (!heading) return "";
  // 2019 cards prefix the title with an off-screen "[Gesponsert]".
  const text = readableText(heading, { skip: (element) => element.classList.contains("a-offscreen") });
  if (text !== "") return text;
  return oneLine(heading.getAttribute("aria-label")).replace(SPONSORED_TITLE_PREFIX, "");
}

function resultBrand(card: Element, titleRecipe: Element | null): string | null {
  if (titleRecipe) {
    for (const heading of titleRecipe.querySelectorAll("h2")) {
      if (!heading.closest("a")) return oneLine(heading.textContent) || null;
    }
    return null;
  }
  // 2019: "von ZORRI" / "by ZORRI" under the title.
  const byline = card.querySelectorAll(".a-row.a-spacing-none > .a-size-small.a-color-secondary");
  return byline.length >= 2 ? oneLine(byline[1].textContent) || null : null;
}

function isSponsored(card: Element, heading: Element | null): boolean {
  if (card.classList.contains("AdHolder")) return true;
  if (SPONSORED_LINK.test(heading?.closest("a")?.getAttribute("href") ?? "")) return true;
  return card.querySelector(SPONSORED_LABEL) !== null;
}

function resultPrice(card: Element, marketplace: Marketplace | null): Money | null {
  for (const price of card.querySelectorAll(".a-price")) {
    if (isStruckThrough(price)) continue;
    const parsed = parsePrice(priceElementText(price), marketplace);
    if (parsed) return parsed;
  }
  // 2019: `span.s-price`, else the first `.a-color-price` that reads as a price ("Nur noch 2 Stück…" does not).
  for (const price of card.querySelectorAll(".s-price, .a-color-price")) {
    const parsed = parsePrice(price.textContent, marketplace);
    if (parsed) return parsed;
  }
  return null;
}

function resultRating(reviewsBlock: Element): number | null {
  for (const caption of reviewsBlock.querySelectorAll(".a-icon-alt")) {
    const rating = parseRating(caption.textContent);
    if (rating !== null) return rating;
  }
  return null;
}

/**
 * The exact count from the ratings link's aria-label ("84,753 ratings") when present; the
 * visible text may be compact ("(84.7K)"). 2019 cards only show the number, linked to
 * #customerReviews (URL-encoded inside sponsored redirect links).
 */
function resultRatingCount(reviewsBlock: Element): number | null {
  for (const link of reviewsBlock.querySelectorAll("a[aria-label]")) {
    const label = link.getAttribute("aria-label") ?? "";
    if (/\d/.test(label) && !RATING_LABEL.test(label)) return parseCount(label);
  }
  const visible = reviewsBlock.querySelector('.s-underline-text, a[href*="customerReviews"]');
  return visible ? parseCount(visible.textContent) : null;
}

function resultBoughtPastMonth(container: Element): number | null {
  for (const line of container.querySelectorAll(".a-color-secondary")) {
    const bought = parseBoughtPastMonth(line.textContent);
    if (bought !== null) return bought;
  }
  return null;
}
