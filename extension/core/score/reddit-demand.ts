import type { RedditDemandSignals } from "../reddit-analysis/schema";
import { formatCount, scoreOnScale, type ScoreAnchor } from "./score-scale";
import type { DemandSignal } from "./selection-input";

/**
 * Reddit's voice counts half as much as the Amazon page's own evidence (AMAZON_DEMAND_WEIGHT = 1):
 * people asking for a product or complaining about it show a need, not purchases. A judgement.
 */
export const REDDIT_DEMAND_WEIGHT = 0.5;

/**
 * Buyer-intent texts (solution requests and pain points that name the keyword), weighted by their
 * engagement, on a log scale: 1 such text → 10, 3 → 35, 10 → 60, 30 → 80, 100 or more → 100. A
 * judgement anchored on GummySearch's practice of surfacing a theme from a handful of threads
 * (research doc §1), not a fit: no source relates Reddit counts to sales.
 */
export const REDDIT_INTENT_SCALE: readonly ScoreAnchor[] = [
  { at: 1, score: 10 },
  { at: 3, score: 35 },
  { at: 10, score: 60 },
  { at: 30, score: 80 },
  { at: 100, score: 100 },
];

/**
 * The demand signal of the Reddit pages saved under one keyword. Each intent text counts more when
 * the texts naming the keyword are upvoted: × (1 + log10(1 + median score)), so a median of 9
 * upvotes doubles it. No intent text → score 0, and the reason says so.
 */
export function redditDemandSignal(pages: readonly RedditDemandSignals[]): DemandSignal {
  const sum = (pick: (page: RedditDemandSignals) => number) => pages.reduce((total, page) => total + pick(page), 0);
  const intent = sum((page) => page.solutionRequests + page.painPoints);
  const mentions = sum((page) => page.mentions);
  const medians = pages.flatMap((page) =>
    page.engagement.scoreMedian === null ? [] : [Math.max(0, page.engagement.scoreMedian)],
  );
  const medianScore = medians.length ? medians.reduce((a, b) => a + b, 0) / medians.length : 0;
  const weighted = intent * (1 + Math.log10(1 + medianScore));
  const keyword = pages[0]?.keyword ?? "";
  const score = intent === 0 ? 0 : Math.round(scoreOnScale(weighted, REDDIT_INTENT_SCALE, true));
  const reason =
    `“${keyword}” on ${pages.length} Reddit page${pages.length === 1 ? "" : "s"}: ` +
    `${formatCount(sum((page) => page.solutionRequests))} solution requests, ` +
    `${formatCount(sum((page) => page.painPoints))} pain points of ${formatCount(mentions)} mentions` +
    (medians.length ? `, median score ${formatCount(medianScore)}` : "");
  return { source: "Reddit", score, weight: REDDIT_DEMAND_WEIGHT, reason };
}
