import { z } from "zod";
import { marketplaceFromUrl, pageKind, SUPPORTED_MARKETPLACES } from "./amazon/marketplace";
import { parseProductPage } from "./amazon/product-page";
import { detectBlockingPage, parseReviewsPage } from "./amazon/reviews";
import { parseSearchPage } from "./amazon/search-page";
import {
  bestSellersRankSchema,
  moneySchema,
  packageDimensionsSchema,
  pageKindSchema,
  type Marketplace,
  type PageKind,
  type Review,
} from "./amazon/types";
import { parseHtmlDocument } from "./dom";
import {
  analyseProduct,
  analyseReviews,
  analyseSearch,
  type ReviewAnalysis,
  type SelectionScore,
} from "./page-analysis";
import { defaultResearchSettings, type ResearchSettingsInput } from "./research-settings";

const phraseCountSchema = z.object({ phrase: z.string(), count: z.number().int().nonnegative() });

/**
 * What the extension extracts and computes for one page, field names fixed by issue #4 (the
 * `research analyze` command prints exactly this). A field the page kind never has (results on
 * a product page, a rank on a search page) is null; a list the page could have but does not
 * (no reviews yet) is empty.
 */
export const analysisResultSchema = z.object({
  kind: pageKindSchema,
  marketplace: z.string(),
  asin: z.string().nullable(),
  /** Product title; the search words on a search page. */
  title: z.string().nullable(),
  price: moneySchema.nullable(),
  rating: z.number().min(0).max(5).nullable(),
  ratingCount: z.number().int().nonnegative().nullable(),
  bsr: z.array(bestSellersRankSchema).nullable(),
  /**
   * Product pages: the packed size (cm) and weight (kg) the FBA fee is based on; null when the page lacks them.
   * An addition to issue #4's fields.
   */
  packageDimensions: packageDimensionsSchema.nullable(),
  results: z
    .array(
      z.object({
        asin: z.string(),
        title: z.string(),
        price: moneySchema.nullable(),
        rating: z.number().min(0).max(5).nullable(),
        ratingCount: z.number().int().nonnegative().nullable(),
        sponsored: z.boolean(),
        boughtPastMonth: z.number().int().nonnegative().nullable(),
      }),
    )
    .nullable(),
  reviews: z
    .array(
      z.object({
        id: z.string().nullable(),
        stars: z.number().min(0).max(5).nullable(),
        title: z.string(),
        body: z.string(),
        date: z.string().nullable(),
      }),
    )
    .nullable(),
  complaints: z.array(phraseCountSchema).nullable(),
  praise: z.array(phraseCountSchema).nullable(),
  /** Estimated monthly units from the root-category rank, with its band; revenue = units × price. */
  estimate: z
    .object({ units: z.number(), low: z.number(), high: z.number(), revenue: z.number().nullable() })
    .nullable(),
  /** The selection sub-scores (0–100) and their weighted overall score. */
  score: z.object({ demand: z.number(), competition: z.number(), profit: z.number(), overall: z.number() }).nullable(),
});
export type AnalysisResult = z.infer<typeof analysisResultSchema>;

export type UnsupportedPageReason = "invalid-url" | "not-amazon" | "unknown-page" | "captcha" | "sign-in";

/** The page is not one the extension reads; the message says why, in words a researcher can act on. */
export class UnsupportedPageError extends Error {
  constructor(
    readonly url: string,
    readonly reason: UnsupportedPageReason,
  ) {
    super(unsupportedPageMessage(url, reason));
    this.name = "UnsupportedPageError";
  }
}

function unsupportedPageMessage(url: string, reason: UnsupportedPageReason): string {
  switch (reason) {
    case "invalid-url":
      return `"${url}" is not a URL; pass the address the page was saved from, e.g. https://www.amazon.com/dp/B00FLYWNYQ`;
    case "not-amazon":
      return `${url} is not on a supported Amazon marketplace (${SUPPORTED_MARKETPLACES.join(", ")})`;
    case "unknown-page":
      return `${url} is not an Amazon product (/dp/…), search (/s?k=…) or review (/product-reviews/…) page`;
    case "captcha":
      return `the saved page is Amazon's CAPTCHA ("Robot Check"), not the page at ${url}; open it in a browser and save it again`;
    case "sign-in":
      return `the saved page is Amazon's sign-in page, not the page at ${url}; sign in, open it again and save it`;
  }
}

/**
 * Parses saved HTML and analyses it as the page at `url`, with the same core code and default
 * settings (score weights, landed-cost share) as the overlay.
 */
export function analyzePage(
  html: string,
  url: string,
  settings: ResearchSettingsInput = defaultResearchSettings,
): AnalysisResult {
  return analyzeDocument(parseHtmlDocument(html), url, settings);
}

/** Analyses a DOM document (a saved page, or the live page) as the page at `url`. */
export function analyzeDocument(
  document: Document,
  url: string,
  settings: ResearchSettingsInput = defaultResearchSettings,
): AnalysisResult {
  const kind = pageKind(url);
  const marketplace = marketplaceFromUrl(url);
  if (!kind || !marketplace) throw new UnsupportedPageError(url, unsupportedReason(url, marketplace));
  const blocking = detectBlockingPage(document);
  if (blocking) throw new UnsupportedPageError(url, blocking);
  const empty = emptyAnalysis(kind, marketplace);

  if (kind === "amazon-product") {
    const { page, estimate, reviews, score } = analyseProduct(parseProductPage(document, url), marketplace, settings);
    return {
      ...empty,
      asin: page.asin,
      title: page.title,
      price: page.price,
      rating: page.rating,
      ratingCount: page.ratingCount,
      bsr: page.bsr,
      packageDimensions: page.packageDimensions,
      reviews: page.reviews.map(reviewOutput),
      ...phrasesOutput(reviews),
      estimate: estimate && {
        units: estimate.units,
        low: estimate.low,
        high: estimate.high,
        revenue: estimate.revenue,
      },
      score: scoreOutput(score),
    };
  }
  if (kind === "amazon-search") {
    const { page, score } = analyseSearch(parseSearchPage(document, url), marketplace, settings);
    return {
      ...empty,
      title: page.keyword,
      results: page.results.map(({ asin, title, price, rating, ratingCount, sponsored, boughtPastMonth }) => ({
        asin,
        title,
        price,
        rating,
        ratingCount,
        sponsored,
        boughtPastMonth,
      })),
      score: scoreOutput(score),
    };
  }
  const page = parseReviewsPage(document, url);
  return {
    ...empty,
    asin: page.asin,
    title: page.title,
    rating: page.rating,
    ratingCount: page.ratingCount,
    reviews: page.reviews.map(reviewOutput),
    ...phrasesOutput(analyseReviews(page.reviews, marketplace.language)),
  };
}

function unsupportedReason(url: string, marketplace: Marketplace | null): UnsupportedPageReason {
  if (!URL.canParse(url)) return "invalid-url";
  return marketplace ? "unknown-page" : "not-amazon";
}

function emptyAnalysis(kind: PageKind, marketplace: Marketplace): AnalysisResult {
  return {
    kind,
    marketplace: marketplace.marketplace,
    asin: null,
    title: null,
    price: null,
    rating: null,
    ratingCount: null,
    bsr: null,
    packageDimensions: null,
    results: null,
    reviews: null,
    complaints: null,
    praise: null,
    estimate: null,
    score: null,
  };
}

function reviewOutput({ id, stars, title, body, date }: Review) {
  return { id, stars, title, body, date };
}

/** Complaint (1–2★) and praise (4–5★) phrases as `{phrase, count}`. */
function phrasesOutput({ complaints, praise }: Pick<ReviewAnalysis, "complaints" | "praise">) {
  return {
    complaints: complaints.map(({ phrase, count }) => ({ phrase, count })),
    praise: praise.map(({ phrase, count }) => ({ phrase, count })),
  };
}

/** The sub-scores' values; their reasons and inputs are for the panel. */
function scoreOutput(score: SelectionScore): AnalysisResult["score"] {
  return {
    demand: score.demand.value,
    competition: score.competition.value,
    profit: score.profit.value,
    overall: score.overall,
  };
}
