import type { Marketplace, ReviewsPage } from "../amazon/types";
import type { ProductAnalysis, ReviewAnalysis, SearchAnalysis } from "../page-analysis";
import type { SavedIdea } from "./saved-idea";

const scoreValues = (score: ProductAnalysis["score"]) => ({
  demand: score.demand.value,
  competition: score.competition.value,
  profit: score.profit.value,
  overall: score.overall,
});
const phrases = (list: { phrase: string; count: number }[]) =>
  list.slice(0, 10).map(({ phrase, count }) => ({ phrase, count }));

export function ideaFromProduct(analysis: ProductAnalysis, url: string, now: Date): SavedIdea {
  const { page, marketplace, estimate } = analysis;
  return {
    version: 1,
    id: `${marketplace.marketplace}:${page.asin ?? url}`,
    savedAt: now.toISOString(),
    url,
    kind: "amazon-product",
    marketplace: marketplace.marketplace,
    asin: page.asin,
    title: page.title ?? page.asin ?? url,
    price: page.price,
    rating: page.rating,
    ratingCount: page.ratingCount,
    bsr: page.bsr,
    estimate: estimate
      ? { units: estimate.units, low: estimate.low, high: estimate.high, revenue: estimate.revenue }
      : null,
    score: scoreValues(analysis.score),
    complaints: phrases(analysis.reviews.complaints),
    praise: phrases(analysis.reviews.praise),
    note: "",
    keyword: null,
    selection: analysis.selection,
    linkedReddit: [],
    reddit: null,
  };
}

export function ideaFromSearch(analysis: SearchAnalysis, url: string, now: Date): SavedIdea {
  const { page, marketplace, summary } = analysis;
  const keyword = page.keyword?.trim() || null;
  return {
    version: 1,
    id: `${marketplace.marketplace}:search:${(keyword ?? url).toLowerCase()}`,
    savedAt: now.toISOString(),
    url,
    kind: "amazon-search",
    marketplace: marketplace.marketplace,
    asin: null,
    title: keyword ?? "Amazon search",
    price: summary.medianPrice === null ? null : { amount: summary.medianPrice, currency: marketplace.currency },
    rating: null,
    ratingCount: null,
    bsr: [],
    estimate: null,
    score: scoreValues(analysis.score),
    complaints: [],
    praise: [],
    note: "",
    keyword,
    selection: analysis.selection,
    linkedReddit: [],
    reddit: null,
  };
}

export function ideaFromReviews(
  page: ReviewsPage,
  reviews: ReviewAnalysis,
  marketplace: Marketplace,
  url: string,
  now: Date,
): SavedIdea {
  return {
    version: 1,
    id: `${marketplace.marketplace}:${page.asin ?? url}:reviews`,
    savedAt: now.toISOString(),
    url,
    kind: "amazon-reviews",
    marketplace: marketplace.marketplace,
    asin: page.asin,
    title: page.title ?? page.asin ?? url,
    price: null,
    rating: page.rating,
    ratingCount: page.ratingCount,
    bsr: [],
    estimate: null,
    score: null,
    complaints: phrases(reviews.complaints),
    praise: phrases(reviews.praise),
    note: "",
    keyword: null,
    selection: null,
    linkedReddit: [],
    reddit: null,
  };
}
