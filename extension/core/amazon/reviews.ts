import { parseLocalizedDate } from "./dates";
import { asinFromUrl } from "./marketplace";
import { parseCount, parseRating } from "./numbers";
import { oneLine, readableText } from "./text";
import type { BlockingPage, Review, ReviewsPage } from "./types";

/**
 * Customer review blocks, on product pages (top reviews) and /product-reviews/ pages. Hooks from
 * ../shared/research/extension.md §3 "Reviews": `review-title`/`review-body`/`review-star-rating`
 * (international blocks: `cmps-review-star-rating`), and the camelCase hooks Amazon moved to in
 * 2025–26 (`reviewTitle`, `reviewText`, `reviewRichContentContainer`, `reviewContainer`).
 */
const REVIEW_BLOCK = '[data-hook="review"]';
const STAR_RATING = '[data-hook="review-star-rating"], [data-hook="cmps-review-star-rating"], i.a-icon-star';
const TITLE = '[data-hook="reviewTitle"], [data-hook="review-title"]';
/** Most specific first: the 2025 expander content, the 2026 rich content, then the classic body. */
const BODY_SELECTORS = [
  '[data-hook="review-collapsed"]',
  '[data-hook="reviewRichContentContainer"]',
  '[data-hook="reviewText"]',
  '[data-hook="review-body"]',
];
const VERIFIED_PURCHASE = '[data-hook="avp-badge"], [data-hook="avp-badge-linkless"]';

/** Parts of a review block that are not the review: icon captions, expander prompts, screen-reader teasers, translations. */
const NOT_REVIEW_TEXT = [
  "a-icon-alt",
  "a-letter-space",
  "a-expander-header",
  "a-expander-prompt",
  "a-teaser-describedby-collapsed",
  "a-teaser-describedby-expanded",
  "cr-translated-review-content",
  "video-block",
];
const SCREEN_READER_TEXT =
  /Brief content visible, double tap to read full content\.|Full content visible, double tap to read brief content\./g;
const TRAILING_PROMPTS =
  /(?:\s*(?:Read more|Read less|Weiterlesen|Lesen Sie weiter|Lire la suite|Leggi di più|Leer más|もっと読む))+$/;
const REVIEW_ID = /\bR[0-9A-Z]{8,}\b/;
/** Amazon spells out a single helpful vote: "One person found this helpful", "Eine Person fand …", "Una persona …". */
const ONE_HELPFUL_VOTE = /^(?:one person|eine person|une personne|una persona|a una persona)/i;

/** Every review block under `root`, once each (Amazon repeats some blocks), in page order. */
export function parseReviews(root: ParentNode): Review[] {
  const reviews: Review[] = [];
  const seen = new Set<string>();
  for (const block of root.querySelectorAll(REVIEW_BLOCK)) {
    const review = parseReview(block);
    if (review.id !== null) {
      if (seen.has(review.id)) continue;
      seen.add(review.id);
    }
    if (review.stars === null && review.body === "" && review.title === "") continue;
    reviews.push(review);
  }
  return reviews;
}

function parseReview(block: Element): Review {
  const dateText = oneLine(block.querySelector('[data-hook="review-date"]')?.textContent);
  return {
    id: reviewId(block),
    stars: reviewStars(block),
    title: readableText(block.querySelector(TITLE), { skip: isNotReviewText }),
    body: reviewBody(block),
    date: dateText === "" ? null : (parseLocalizedDate(dateText) ?? dateText),
    author: oneLine(block.querySelector(".a-profile-name")?.textContent) || null,
    verifiedPurchase: block.querySelector(VERIFIED_PURCHASE) !== null,
    helpfulVotes: helpfulVotes(block),
  };
}

function helpfulVotes(block: Element): number | null {
  const statement = oneLine(block.querySelector('[data-hook="helpful-vote-statement"]')?.textContent);
  if (statement === "") return null;
  return ONE_HELPFUL_VOTE.test(statement) ? 1 : parseCount(statement);
}

function reviewId(block: Element): string | null {
  const candidates = [
    block.id,
    block.getAttribute("data-review-id"),
    block.parentElement?.closest('[data-hook="reviewContainer"]')?.id,
    block.querySelector('[id^="customer_review-"]')?.id,
    block.querySelector(`${TITLE}, a[href*="/customer-reviews/"]`)?.getAttribute("href"),
  ];
  for (const candidate of candidates) {
    const match = candidate ? REVIEW_ID.exec(candidate) : null;
    if (match) return match[0];
  }
  return null;
}

function reviewStars(block: Element): number | null {
  const rating = block.querySelector(STAR_RATING);
  if (!rating) return null;
  const fromText = parseRating(rating.querySelector(".a-icon-alt")?.textContent ?? rating.textContent);
  if (fromText !== null) return fromText;
  // The star icon's class says it too: a-star-4 (4 stars), a-star-4-5 (4.5 stars).
  const icon = /\ba-star-(\d)(?:-(5))?\b/.exec(rating.className);
  return icon ? Number(icon[1]) + (icon[2] ? 0.5 : 0) : null;
}

function reviewBody(block: Element): string {
  for (const selector of BODY_SELECTORS) {
    const element = block.querySelector(selector);
    if (!element) continue;
    return readableText(element, { skip: isNotReviewText, multiline: true })
      .replace(SCREEN_READER_TEXT, "")
      .replace(TRAILING_PROMPTS, "")
      .trim();
  }
  return "";
}

function isNotReviewText(element: Element): boolean {
  if (element.localName === "i" || element.localName === "input") return true;
  return NOT_REVIEW_TEXT.some((name) => element.classList.contains(name));
}

/** A /product-reviews/ page: the product it belongs to, its rating summary, and the reviews on this page. */
export function parseReviewsPage(document: Document, url: string): ReviewsPage {
  return {
    asin: asinFromUrl(url),
    title: oneLine(document.querySelector('[data-hook="product-link"]')?.textContent) || null,
    rating: parseRating(
      document.querySelector('[data-hook="rating-out-of-text"], [data-hook="average-star-rating"] .a-icon-alt')
        ?.textContent,
    ),
    ratingCount: parseCount(document.querySelector('[data-hook="total-review-count"]')?.textContent),
    reviewCount: writtenReviewCount(document),
    starHistogram: starHistogram(document),
    reviews: parseReviews(document),
    nextPageUrl: nextReviewsPageUrl(document, url),
  };
}

/**
 * The filter line ends with the number of written reviews: "923 global ratings | 437 global
 * reviews" (2020), "Visualizzazione di 1-10 recensioni su 2.132" (2019).
 */
function writtenReviewCount(document: Document): number | null {
  const text = oneLine(
    document.querySelector(
      '[data-hook="cr-filter-info-review-rating-count"], [data-hook="cr-filter-info-review-count"]',
    )?.textContent,
  );
  const numbers = text.match(/\d+(?:[.,\s]\d{3})*/g);
  return numbers ? parseCount(numbers[numbers.length - 1]) : null;
}

/** "5 star 65%", "5 stelle 79%": one row per star level in `#histogramTable`. */
function starHistogram(document: Document): ReviewsPage["starHistogram"] {
  const levels: ReviewsPage["starHistogram"] = [];
  for (const row of document.querySelectorAll("#histogramTable tr, #histogramTable li")) {
    const match = /(\d)\D+?(\d{1,3})\s*%/.exec(oneLine(row.textContent));
    if (!match) continue;
    const stars = Number(match[1]);
    if (stars >= 1 && stars <= 5 && !levels.some((level) => level.stars === stars)) {
      levels.push({ stars, percent: Number(match[2]) });
    }
  }
  return levels.sort((a, b) => b.stars - a.stars);
}

/**
 * Where "analyse more reviews" goes next: the review page's "Next page" link, or, on a product
 * page, its "See more reviews" link. Only same-origin links are returned (the fetch runs in the
 * user's session); null on the last page.
 */
export function nextReviewsPageUrl(document: Document, url: string): string | null {
  const last = document.querySelector("ul.a-pagination li.a-last");
  const href =
    last && !last.classList.contains("a-disabled")
      ? last.querySelector("a[href]")?.getAttribute("href")
      : document
          .querySelector('a[data-hook="see-all-reviews-link-foot"], a[data-hook="see-all-reviews-link"]')
          ?.getAttribute("href");
  if (!href) return null;
  try {
    const next = new URL(href, url);
    return next.origin === new URL(url).origin ? next.href : null;
  } catch {
    return null;
  }
}

/**
 * Pages Amazon serves instead of the one asked for: the CAPTCHA ("Robot Check", a form posting
 * to /errors/validateCaptcha) and the sign-in wall in front of review pages since late 2024
 * (../shared/research/extension.md §3 "Login wall"). Ordinary pages only link to /ap/signin;
 * these carry the form itself.
 */
export function detectBlockingPage(document: Document): BlockingPage | null {
  if (document.querySelector('form[action*="validateCaptcha"], #captchacharacters')) return "captcha";
  if (document.querySelector('form[name="signIn"], #ap_email, #ap_password, #ap_email_login, #signInSubmit')) {
    return "sign-in";
  }
  return null;
}
