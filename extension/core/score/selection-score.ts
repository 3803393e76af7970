import { competitionScore } from "./competition";
import { demandScore } from "./demand";
import { profitScore } from "./profit";
import type { SelectionInput } from "./selection-input";
import { NEUTRAL_SCORE, type SubScore } from "./sub-score";
import { DEFAULT_SELECTION_WEIGHTS, type SelectionWeights } from "./weights";

export type { DemandSignal, SearchResultSummary, SelectionInput } from "./selection-input";
export type { SubScore } from "./sub-score";
export type { SelectionWeights } from "./weights";

/** The demand–competition–profit matrix for one page: three axes 0–100 and their weighted mean. */
export interface SelectionScore {
  demand: SubScore;
  competition: SubScore;
  profit: SubScore;
  /**
   * Weighted mean of the axes that could be scored, from their shown (rounded) values, weights normalised to sum
   * to 1; NEUTRAL_SCORE when none could.
   */
  overall: number;
}

export function selectionScore(input: SelectionInput, weights?: SelectionWeights): SelectionScore {
  const demand = demandScore(input);
  const competition = competitionScore(input);
  const profit = profitScore(input);
  const usable = usableWeights(weights);

  const axes: [SubScore, number][] = [
    [demand, usable.demand],
    [competition, usable.competition],
    [profit, usable.profit],
  ];
  const scored = axes.filter(([axis]) => axis.scored);
  // When only zero-weighted axes could be scored, weigh those equally rather than report nothing.
  const onlyZeroWeights = scored.every(([, weight]) => weight === 0);
  const weighted = scored.map(([axis, weight]) => [axis.value, onlyZeroWeights ? 1 : weight] as const);
  const totalWeight = weighted.reduce((total, [, weight]) => total + weight, 0);
  const overall =
    scored.length === 0
      ? NEUTRAL_SCORE
      : Math.round(weighted.reduce((total, [value, weight]) => total + value * weight, 0) / totalWeight);
  return { demand, competition, profit, overall };
}

/** The given weights when each is a finite number ≥ 0 and they are not all zero; the defaults otherwise. */
function usableWeights(weights: SelectionWeights | undefined): SelectionWeights {
  if (!weights) return DEFAULT_SELECTION_WEIGHTS;
  const values = [weights.demand, weights.competition, weights.profit];
  const valid = values.every((value) => Number.isFinite(value) && value >= 0) && values.some((value) => value > 0);
  return valid ? weights : DEFAULT_SELECTION_WEIGHTS;
}
