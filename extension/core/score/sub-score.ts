/** One axis of the selection score, with what it was computed from so a researcher can check it. */
export interface SubScore {
  /** 0–100, an integer; higher is better for the seller (for competition: less of it). */
  value: number;
  /** One line a researcher can check against the page. */
  reason: string;
  inputs: Record<string, number | string | null>;
  /** False when the page lacked what this axis needs: `value` is then a neutral 50 left out of the overall score. */
  scored: boolean;
}

/** The value an axis shows when the page gives nothing to score it on. */
export const NEUTRAL_SCORE = 50;

export function scoredSubScore(value: number, reason: string, inputs: SubScore["inputs"]): SubScore {
  return { value: Math.round(Math.min(100, Math.max(0, value))), reason, inputs, scored: true };
}

export function unscoredSubScore(reason: string, inputs: SubScore["inputs"]): SubScore {
  return { value: NEUTRAL_SCORE, reason, inputs, scored: false };
}
