import type { Marketplace, ProductPage, Review, SearchPage } from "./amazon/types";
import { estimateMonthlySales } from "./estimate/bsr-estimate";
import { estimateResult, type ResultEstimate, type ResultRank } from "./estimate/result-estimate";
import { mineComplaints, type PhraseStat } from "./keyness/complaints";
import { nicheSummary, type NicheSummary } from "./niche-summary";
import { selectionScore, type DemandSignal, type SelectionInput } from "./score/selection-score";

export type { ResearchSettingsInput as ResearchSettings } from "./research-settings";
import type { ResearchSettingsInput as ResearchSettings } from "./research-settings";

export type SalesEstimate = NonNullable<ReturnType<typeof estimateMonthlySales>>;
export type SelectionScore = ReturnType<typeof selectionScore>;

export interface ReviewAnalysis {
  reviews: number;
  lowStar: number;
  highStar: number;
  complaints: PhraseStat[];
  praise: PhraseStat[];
}

export interface ProductAnalysis {
  page: ProductPage;
  marketplace: Marketplace;
  estimate: SalesEstimate | null;
  reviews: ReviewAnalysis;
  /** What the score was computed from: a saved idea keeps it, to re-score with Reddit demand. */
  selection: SelectionInput;
  score: SelectionScore;
}

export interface SearchAnalysis {
  page: SearchPage;
  marketplace: Marketplace;
  /** One per result, in page order: its monthly units and revenue, null when nothing is known. */
  estimates: (ResultEstimate | null)[];
  summary: NicheSummary;
  selection: SelectionInput;
  score: SelectionScore;
}

/** Complaint and praise phrases of the reviews on the page, 1–2★ against 4–5★. */
export function analyseReviews(reviews: Review[], language: string): ReviewAnalysis {
  const rated = reviews.filter((r) => r.stars !== null) as (Review & { stars: number })[];
  const { complaints, praise } = mineComplaints(rated, language);
  return {
    reviews: rated.length,
    lowStar: rated.filter((r) => r.stars <= 2).length,
    highStar: rated.filter((r) => r.stars >= 4).length,
    complaints,
    praise,
  };
}

/** Everything the product panel shows, from the parsed page: estimate from the root-category rank, reviews, score. */
export function analyseProduct(
  page: ProductPage,
  marketplace: Marketplace,
  settings: ResearchSettings,
  demandSignals: DemandSignal[] = [],
): ProductAnalysis {
  const root = page.bsr[0] ?? null;
  const estimate = root
    ? estimateMonthlySales({
        marketplace: marketplace.marketplace,
        category: root.category,
        rank: root.rank,
        price: page.price?.amount ?? null,
        boughtPastMonth: page.boughtPastMonth,
      })
    : null;
  const selection: SelectionInput = {
    kind: "product",
    marketplace: marketplace.marketplace,
    category: root?.category ?? null,
    price: page.price?.amount ?? null,
    estimatedUnits: estimate?.units ?? null,
    boughtPastMonth: page.boughtPastMonth,
    rating: page.rating,
    ratingCount: page.ratingCount,
    landedCostShare: settings.landedCostShare,
    packageDimensions: page.packageDimensions,
    demandSignals,
  };
  const score = selectionScore(selection, settings.weights);
  return {
    page,
    marketplace,
    estimate,
    reviews: analyseReviews(page.reviews, marketplace.language),
    selection,
    score,
  };
}

/**
 * Search cards carry no Best Sellers Rank: a result's estimate rests on Amazon's "bought in past
 * month" badge until the researcher fetches its product page (`ranks`, by ASIN).
 */
export function analyseSearch(
  page: SearchPage,
  marketplace: Marketplace,
  settings: ResearchSettings,
  ranks: ReadonlyMap<string, ResultRank> = new Map(),
  demandSignals: DemandSignal[] = [],
): SearchAnalysis {
  const organic = page.results;
  const estimates = organic.map((result) =>
    estimateResult(result, marketplace.marketplace, ranks.get(result.asin) ?? null),
  );
  const summary = nicheSummary(organic, (_, index) => {
    const estimate = estimates[index];
    return estimate && estimate.revenueLow !== null && estimate.revenueHigh !== null
      ? { low: estimate.revenueLow, high: estimate.revenueHigh }
      : null;
  });
  const selection: SelectionInput = {
    kind: "search",
    marketplace: marketplace.marketplace,
    category: null,
    price: summary.medianPrice,
    estimatedUnits: null,
    boughtPastMonth: organic.reduce((sum, r) => sum + (r.boughtPastMonth ?? 0), 0) || null,
    results: organic.map((r, index) => ({
      price: r.price?.amount ?? null,
      rating: r.rating,
      ratingCount: r.ratingCount,
      sponsored: r.sponsored,
      brand: r.brand,
      boughtPastMonth: r.boughtPastMonth,
      estimatedUnits: estimates[index]?.basis === "rank" ? estimates[index].units : null,
    })),
    landedCostShare: settings.landedCostShare,
    demandSignals,
  };
  const score = selectionScore(selection, settings.weights);
  return { page, marketplace, estimates, summary, selection, score };
}
