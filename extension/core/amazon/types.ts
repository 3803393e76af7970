import { z } from "zod";

/**
 * What the Amazon page parsers return. The parsers build these objects directly (no runtime
 * validation on the page, where every millisecond counts); the tests parse their output with
 * these schemas so the types and the data cannot drift apart.
 *
 * Conventions: a value the page does not show is null; a list the page could show but does not
 * (no reviews, no rank) is empty.
 */

export const pageKindSchema = z.enum(["amazon-product", "amazon-search", "amazon-reviews"]);
export type PageKind = z.infer<typeof pageKindSchema>;

export const marketplaceSchema = z.object({
  /** The storefront's domain, e.g. "amazon.de". */
  marketplace: z.string(),
  /** BCP 47 locale of the page text, e.g. "de-DE" (follows a /-/en/ language prefix). */
  locale: z.string(),
  /** ISO 4217 code of the storefront's own currency. */
  currency: z.string().length(3),
  /** ISO 639-1 language of the page text, for stopwords and month names. */
  language: z.string().length(2),
  /** Amazon's marketplace id (Keepa, SP-API, autocomplete `mid`). */
  marketplaceId: z.string(),
});
export type Marketplace = z.infer<typeof marketplaceSchema>;

/** An amount in the currency's major unit (14.99 EUR), rounded to cents. */
export const moneySchema = z.object({ amount: z.number().nonnegative(), currency: z.string().length(3) });
export type Money = z.infer<typeof moneySchema>;

/** One Best Sellers Rank line: "#60 in Kitchen & Dining", "Nr. 2 in Küche > … > Huthaken". */
export const bestSellersRankSchema = z.object({ rank: z.number().int().positive(), category: z.string().min(1) });
export type BestSellersRank = z.infer<typeof bestSellersRankSchema>;

/**
 * A unit as packed, from the "Package Dimensions" line (else "Product/Item Dimensions") and its weight: sides in
 * centimetres in the page's order, weight in kilograms (`PackageDimensions` of ../score/fba-fees.ts).
 */
export const packageDimensionsSchema = z.object({
  lengthCm: z.number().positive(),
  widthCm: z.number().positive(),
  heightCm: z.number().positive(),
  weightKg: z.number().positive(),
});

export const reviewSchema = z.object({
  /** Amazon's review id ("R1RA0ESHR8OVVO"), or null when the block carries none. */
  id: z.string().nullable(),
  stars: z.number().min(0).max(5).nullable(),
  title: z.string(),
  /** Review text; paragraphs separated by "\n". */
  body: z.string(),
  /** ISO date ("2015-07-06") when the shown date could be read, else the shown text, else null. */
  date: z.string().nullable(),
  author: z.string().nullable(),
  verifiedPurchase: z.boolean(),
  /** "360 people found this helpful" → 360; null when nobody has voted yet. */
  helpfulVotes: z.number().int().nonnegative().nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

export const productPageSchema = z.object({
  asin: z.string().nullable(),
  title: z.string().nullable(),
  brand: z.string().nullable(),
  /** What the buyer pays now (deal or sale price when there is one). */
  price: moneySchema.nullable(),
  /** The struck-through "List Price" / "Typical price", when shown. */
  listPrice: moneySchema.nullable(),
  rating: z.number().min(0).max(5).nullable(),
  ratingCount: z.number().int().nonnegative().nullable(),
  /** Root category first, then the sub-category ranks in page order. */
  bsr: z.array(bestSellersRankSchema),
  /** ISO date when it could be read, else the text shown. */
  dateFirstAvailable: z.string().nullable(),
  /**
   * Packed size and weight; null when the page shows no dimensions, or shows sides without any weight (the FBA tier
   * turns on the weight, so half a measurement is left out rather than completed with a guess).
   */
  packageDimensions: packageDimensionsSchema.nullable(),
  /** Amazon's "N+ bought in past month" lower bound. */
  boughtPastMonth: z.number().int().nonnegative().nullable(),
  /** The availability line as shown ("In Stock", "Currently unavailable."). */
  availability: z.string().nullable(),
  /** false when the page says the item cannot be bought now; null when it does not say. */
  inStock: z.boolean().nullable(),
  reviews: z.array(reviewSchema),
});
export type ProductPage = z.infer<typeof productPageSchema>;

export const searchResultSchema = z.object({
  asin: z.string(),
  title: z.string(),
  /** Only when the card shows the brand on its own line (grid cards, the 2019 "by X" line). */
  brand: z.string().nullable(),
  price: moneySchema.nullable(),
  rating: z.number().min(0).max(5).nullable(),
  /** The exact count from the link's aria-label when present, else the visible (possibly compact) text. */
  ratingCount: z.number().int().nonnegative().nullable(),
  sponsored: z.boolean(),
  boughtPastMonth: z.number().int().nonnegative().nullable(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchPageSchema = z.object({
  keyword: z.string().nullable(),
  results: z.array(searchResultSchema),
});
export type SearchPage = z.infer<typeof searchPageSchema>;

export const reviewsPageSchema = z.object({
  asin: z.string().nullable(),
  /** The product's title as linked at the top of the review page. */
  title: z.string().nullable(),
  rating: z.number().min(0).max(5).nullable(),
  ratingCount: z.number().int().nonnegative().nullable(),
  /** Ratings that come with a written review ("437 global reviews"). */
  reviewCount: z.number().int().nonnegative().nullable(),
  /** Share of ratings per star level, 5★ first, in percent as shown. */
  starHistogram: z.array(z.object({ stars: z.number().int().min(1).max(5), percent: z.number().min(0).max(100) })),
  reviews: z.array(reviewSchema),
  nextPageUrl: z.string().nullable(),
});
export type ReviewsPage = z.infer<typeof reviewsPageSchema>;

export const blockingPageSchema = z.enum(["captcha", "sign-in"]);
export type BlockingPage = z.infer<typeof blockingPageSchema>;
