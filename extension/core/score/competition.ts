import { formatCount, formatShare, median, scoreOnScale, type ScoreAnchor } from "./score-scale";
import type { SearchResultSummary, SelectionInput } from "./selection-input";
import { scoredSubScore, unscoredSubScore, type SubScore } from "./sub-score";

/**
 * Competition is scored as openness: 100 = easy to enter, 0 = entrenched. It is the mean of the parts the page
 * supports: review barrier, rating barrier, brand concentration, sponsored share.
 */

/** Review and rating barriers are read from the first organic (non-sponsored) results, the listings buyers see first. */
export const TOP_ORGANIC_RESULTS = 10;
/** A median of fewer listings says little about a market. */
export const MIN_RESULTS_FOR_MEDIAN = 3;
/** Brand concentration needs this many results with a brand. */
export const MIN_BRANDED_RESULTS = 5;

/**
 * Review counts a newcomer must catch up with, on a log scale. ZonGuru's Listing Strength review tiers (research doc
 * §1): 10–99, 100–499, 500–999, 1000+; each tier boundary steps the score down by 25. 10,000 (→ 0) closes the scale,
 * a decade past the top tier (a judgement).
 */
export const REVIEW_COUNT_SCALE: readonly ScoreAnchor[] = [
  { at: 10, score: 100 },
  { at: 100, score: 75 },
  { at: 500, score: 50 },
  { at: 1000, score: 25 },
  { at: 10000, score: 0 },
];

/**
 * Ratings a newcomer must match. ZonGuru's rating bands (research doc §1): 4.3–4.7 and 4.8+; 4.8 means buyers are
 * content (0), 4.3 is the start of the good band (50); 3.8, half a star lower, leaves clear room to do better (100).
 */
export const RATING_SCALE: readonly ScoreAnchor[] = [
  { at: 3.8, score: 100 },
  { at: 4.3, score: 50 },
  { at: 4.8, score: 0 },
];

/**
 * Herfindahl–Hirschman index of brands over the page's result slots (Σ of squared percentage shares, 0–10,000).
 * U.S. DOJ/FTC Horizontal Merger Guidelines (1992, §1.51): below 1,000 unconcentrated, above 1,800 highly
 * concentrated; the 2023 Merger Guidelines use 1,800 again. One brand in every slot is 10,000.
 */
export const BRAND_HHI_SCALE: readonly ScoreAnchor[] = [
  { at: 1000, score: 100 },
  { at: 1800, score: 50 },
  { at: 10000, score: 0 },
];

/**
 * Share of sponsored results: how much of page 1 is bought. A judgement (no source measures it): Amazon's own layout
 * puts a few ad slots on every page, so up to 10 % is normal (100); at half the page (0) visibility costs ad money.
 */
export const SPONSORED_SHARE_SCALE: readonly ScoreAnchor[] = [
  { at: 0.1, score: 100 },
  { at: 0.5, score: 0 },
];

export function competitionScore(input: SelectionInput): SubScore {
  return input.kind === "search" && (input.results?.length ?? 0) > 0
    ? searchCompetition(input.results!)
    : productCompetition(input);
}

function productCompetition(input: SelectionInput): SubScore {
  const ratingCount = validCount(input.ratingCount);
  const rating = validRating(input.rating);
  const inputs = { ratingCount, rating };
  const parts: number[] = [];
  const reasons: string[] = [];
  if (ratingCount !== null) {
    parts.push(scoreOnScale(ratingCount, REVIEW_COUNT_SCALE, true));
    reasons.push(`this listing has ${formatCount(ratingCount)} ratings`);
  }
  if (rating !== null) {
    parts.push(scoreOnScale(rating, RATING_SCALE));
    reasons.push(`rated ${rating}★`);
  }
  if (parts.length === 0) return unscoredSubScore("no ratings on the page to compare against", inputs);
  return scoredSubScore(mean(parts), `${reasons.join(", ")}: what a newcomer competes against`, inputs);
}

function searchCompetition(results: SearchResultSummary[]): SubScore {
  const organic = results.filter((result) => !result.sponsored).slice(0, TOP_ORGANIC_RESULTS);
  const counts = organic.map((result) => validCount(result.ratingCount)).filter((count) => count !== null);
  const ratings = organic.map((result) => validRating(result.rating)).filter((rating) => rating !== null);
  const medianReviews = counts.length >= MIN_RESULTS_FOR_MEDIAN ? median(counts) : null;
  const medianRating = ratings.length >= MIN_RESULTS_FOR_MEDIAN ? median(ratings) : null;
  const underHundred = counts.length > 0 ? counts.filter((count) => count < 100).length / counts.length : null;
  const brands = brandConcentration(results);
  const sponsored = results.filter((result) => result.sponsored).length;
  const sponsoredShare = sponsored / results.length;

  const parts: number[] = [];
  const reasons: string[] = [];
  if (medianReviews !== null) {
    parts.push(scoreOnScale(medianReviews, REVIEW_COUNT_SCALE, true));
    reasons.push(
      `median ${formatCount(medianReviews)} reviews in the top ${organic.length} organic results` +
        (underHundred !== null ? ` (${formatShare(underHundred)} under 100)` : ""),
    );
  }
  if (medianRating !== null) {
    parts.push(scoreOnScale(medianRating, RATING_SCALE));
    reasons.push(`median rating ${Math.round(medianRating * 100) / 100}★`);
  }
  if (brands !== null) {
    parts.push(scoreOnScale(brands.hhi, BRAND_HHI_SCALE));
    reasons.push(
      `top brand “${brands.topBrand}” has ${formatShare(brands.topShare)} of results (HHI ${formatCount(brands.hhi)})`,
    );
  }
  parts.push(scoreOnScale(sponsoredShare, SPONSORED_SHARE_SCALE));
  reasons.push(`${sponsored} of ${results.length} results sponsored`);

  return scoredSubScore(mean(parts), reasons.join("; "), {
    organicResults: organic.length,
    medianReviews,
    shareUnder100Reviews: underHundred,
    medianRating,
    topBrand: brands?.topBrand ?? null,
    topBrandShare: brands?.topShare ?? null,
    brandHhi: brands?.hhi ?? null,
    sponsoredShare,
  });
}

/** Brand shares of the result slots that name a brand, compared case-insensitively. */
export function brandConcentration(
  results: readonly SearchResultSummary[],
): { hhi: number; topBrand: string; topShare: number } | null {
  const slots = new Map<string, { name: string; count: number }>();
  let branded = 0;
  for (const result of results) {
    const name = result.brand?.trim();
    if (!name) continue;
    const key = name.toLowerCase();
    const entry = slots.get(key) ?? { name, count: 0 };
    entry.count++;
    slots.set(key, entry);
    branded++;
  }
  if (branded < MIN_BRANDED_RESULTS) return null;
  let hhi = 0;
  let top = { name: "", count: 0 };
  for (const entry of slots.values()) {
    hhi += Math.pow((100 * entry.count) / branded, 2);
    if (entry.count > top.count) top = entry;
  }
  return { hhi, topBrand: top.name, topShare: top.count / branded };
}

function validCount(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) && value >= 0 ? value : null;
}

function validRating(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) && value >= 1 && value <= 5 ? value : null;
}

function mean(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}
