import { AMAZON_COM_CURVES } from "../estimate/curves";
import { unitsAtRank } from "../estimate/sales-curve";
import { formatCount, scoreOnScale, type ScoreAnchor } from "./score-scale";
import type { SearchResultSummary, SelectionInput } from "./selection-input";
import { scoredSubScore, unscoredSubScore, type SubScore } from "./sub-score";

/**
 * ProfitPhoenix's demand labels for the best-seller ranks of a market's top 3 products (research doc §1): < 250
 * Extremely High, < 500 Very High, < 750 High, < 1,000 Very Good, < 2,000 Decent, 2,000–5,000 Okay, 5,000–10,000 Poor,
 * > 10,000 Very Bad. The eight labels share 0–100 evenly (12.5 each) and each boundary rank gets the score between its
 * two labels. Ranks 100 (→ 100) and 100,000 (→ 0) close the scale: a judgement, one step beyond the outermost labels.
 */
export const DEMAND_RANK_SCALE: readonly { rank: number; score: number }[] = [
  { rank: 100, score: 100 },
  { rank: 250, score: 87.5 },
  { rank: 500, score: 75 },
  { rank: 750, score: 62.5 },
  { rank: 1000, score: 50 },
  { rank: 2000, score: 37.5 },
  { rank: 5000, score: 25 },
  { rank: 10000, score: 12.5 },
  { rank: 100000, score: 0 },
];

/**
 * The rank scale in monthly units, so that it applies to any estimate or "bought in past month" badge: ranks read
 * through the amazon.com Home & Kitchen curve (the one category the source gives breakpoints down to rank 75,000 for,
 * and the usual root category of the products researched here). Rank 250 ≈ 16,800 units/month, 10,000 ≈ 1,800.
 */
export const DEMAND_UNITS_SCALE: readonly ScoreAnchor[] = DEMAND_RANK_SCALE.map(({ rank, score }) => ({
  at: unitsAtRank(AMAZON_COM_CURVES["home-kitchen"], rank),
  score,
})).reverse();

/** ProfitPhoenix scores a market by its top 3 products. */
export const DEMAND_TOP_RESULTS = 3;

/** The Amazon page's own evidence counts as one signal's worth next to external DemandSignals. */
export const AMAZON_DEMAND_WEIGHT = 1;

export function demandScore(input: SelectionInput): SubScore {
  const amazon = input.kind === "search" ? searchDemand(input) : productDemand(input);
  const signals = (input.demandSignals ?? []).filter(
    (signal) => Number.isFinite(signal.score) && Number.isFinite(signal.weight) && signal.weight > 0,
  );
  if (signals.length === 0) return amazon;

  let weighted = amazon.scored ? amazon.value * AMAZON_DEMAND_WEIGHT : 0;
  let totalWeight = amazon.scored ? AMAZON_DEMAND_WEIGHT : 0;
  const inputs = { ...amazon.inputs };
  for (const signal of signals) {
    const score = Math.min(100, Math.max(0, signal.score));
    weighted += score * signal.weight;
    totalWeight += signal.weight;
    inputs[`${signal.source} score`] = score;
    inputs[`${signal.source} weight`] = signal.weight;
  }
  const reason = [amazon.reason, ...signals.map((signal) => `${signal.source}: ${signal.reason}`)].join("; ");
  return scoredSubScore(weighted / totalWeight, reason, inputs);
}

function productDemand(input: SelectionInput): SubScore {
  const estimated = finiteOrNull(input.estimatedUnits);
  const badge = finiteOrNull(input.boughtPastMonth);
  const inputs = { estimatedUnits: estimated, boughtPastMonth: badge };
  if (estimated === null && badge === null) {
    return unscoredSubScore("no sales estimate (no BSR) and no “bought in past month” badge on the page", inputs);
  }
  const units = Math.max(estimated ?? 0, badge ?? 0);
  const parts = [
    estimated !== null ? `~${formatCount(estimated)} units/month estimated` : "no BSR estimate",
    badge !== null ? `Amazon shows “${formatCount(badge)}+ bought in past month”` : "no “bought in past month” badge",
  ];
  return scoredSubScore(scoreOnScale(units, DEMAND_UNITS_SCALE, true), parts.join("; "), { ...inputs, units });
}

function searchDemand(input: SelectionInput): SubScore {
  const results = input.results ?? [];
  const perResult = results.map(resultUnits).filter((units): units is number => units !== null);
  const badges = results.filter((result) => (finiteOrNull(result.boughtPastMonth) ?? 0) > 0).length;
  const pageTotal = finiteOrNull(input.estimatedUnits) ?? (perResult.length > 0 ? sum(perResult) : null);
  const badgeText = `${badges} of ${results.length} results show “bought in past month”`;

  let topMean: number | null = null;
  let basis: string;
  if (perResult.length > 0) {
    const top = [...perResult].sort((a, b) => b - a).slice(0, DEMAND_TOP_RESULTS);
    topMean = sum(top) / top.length;
    basis = `top ${top.length} results ~${formatCount(topMean)} units/month each`;
  } else if (pageTotal !== null && results.length > 0) {
    topMean = pageTotal / results.length;
    basis = `no per-result estimates: page mean ~${formatCount(topMean)} units/month per result`;
  } else {
    basis = "no sales estimates or badges for the results";
  }
  const inputs = {
    results: results.length,
    resultsWithUnits: perResult.length,
    badges,
    pageUnits: pageTotal === null ? null : Math.round(pageTotal),
    topResultsMeanUnits: topMean === null ? null : Math.round(topMean),
  };
  const reason = [pageTotal !== null ? `~${formatCount(pageTotal)} units/month on page 1` : null, basis, badgeText]
    .filter((part) => part !== null)
    .join("; ");
  if (topMean === null) return unscoredSubScore(reason, inputs);
  return scoredSubScore(scoreOnScale(topMean, DEMAND_UNITS_SCALE, true), reason, inputs);
}

/** A result's units: the estimate, raised to Amazon's badge (a lower bound); null when neither is known. */
function resultUnits(result: SearchResultSummary): number | null {
  const estimated = finiteOrNull(result.estimatedUnits);
  const badge = finiteOrNull(result.boughtPastMonth);
  if (estimated === null && badge === null) return null;
  return Math.max(estimated ?? 0, badge ?? 0);
}

function finiteOrNull(value: number | null | undefined): number | null {
  return value !== null && value !== undefined && Number.isFinite(value) && value >= 0 ? value : null;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
