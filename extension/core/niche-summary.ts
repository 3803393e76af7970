import type { SearchResult } from "./amazon/types";

/** Reviews below this count mark a listing a newcomer can still compete with (Jungle Scout's rule of thumb). */
export const FEW_REVIEWS = 100;

export interface NicheSummary {
  analysed: number;
  medianPrice: number | null;
  medianReviews: number | null;
  /** 0–1 */
  sponsoredShare: number;
  /** 0–1, of results that show a review count */
  fewReviewsShare: number;
  /** The brand with most results and its share (0–1) of results that name a brand. */
  topBrand: { brand: string; share: number } | null;
  /** Band of the first page's monthly revenue: the sum over the results that have an estimate, and how many do. */
  estimatedMonthlyRevenue: RevenueBand | null;
  boughtPastMonthBadges: number;
}

export interface RevenueBand {
  low: number;
  high: number;
  /** Results the band covers (those with a price and an estimate). */
  results: number;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The niche at a glance: what the first results page of a search says about price, reviews and crowding. */
export function nicheSummary(
  results: SearchResult[],
  revenueOf: (result: SearchResult, index: number) => { low: number; high: number } | null,
): NicheSummary {
  const prices = results.flatMap((r) => (r.price ? [r.price.amount] : []));
  const reviewCounts = results.flatMap((r) => (r.ratingCount === null ? [] : [r.ratingCount]));
  const brands = new Map<string, number>();
  for (const r of results) if (r.brand) brands.set(r.brand, (brands.get(r.brand) ?? 0) + 1);
  const branded = [...brands.values()].reduce((a, b) => a + b, 0);
  const [topBrand, topCount] = [...brands.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const revenues = results.map(revenueOf).filter((band) => band !== null);
  return {
    analysed: results.length,
    medianPrice: median(prices),
    medianReviews: median(reviewCounts),
    sponsoredShare: results.length ? results.filter((r) => r.sponsored).length / results.length : 0,
    fewReviewsShare: reviewCounts.length ? reviewCounts.filter((c) => c < FEW_REVIEWS).length / reviewCounts.length : 0,
    topBrand: topBrand ? { brand: topBrand, share: topCount / branded } : null,
    estimatedMonthlyRevenue: revenues.length
      ? {
          low: revenues.reduce((sum, band) => sum + band.low, 0),
          high: revenues.reduce((sum, band) => sum + band.high, 0),
          results: revenues.length,
        }
      : null,
    boughtPastMonthBadges: results.filter((r) => r.boughtPastMonth !== null).length,
  };
}
