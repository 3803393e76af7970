import { z } from "zod";

/** How much each axis counts in the overall score; the options page edits these (sliders 0–10). */
export interface SelectionWeights {
  demand: number;
  competition: number;
  profit: number;
}

/** Equal weights: the issue asks for no axis to dominate until the researcher says otherwise. */
export const DEFAULT_SELECTION_WEIGHTS: Readonly<SelectionWeights> = { demand: 5, competition: 5, profit: 5 };

/**
 * The options page's weights, as stored: each 0–10, not all zero (the overall score would be undefined).
 * Marked pure so a bundle that only needs DEFAULT_SELECTION_WEIGHTS (the content script's scoring) leaves zod out.
 */
export const selectionWeightsSchema = /* @__PURE__ */ z
  .object({
    demand: z.number().min(0).max(10),
    competition: z.number().min(0).max(10),
    profit: z.number().min(0).max(10),
  })
  .refine((weights) => weights.demand + weights.competition + weights.profit > 0, {
    message: "At least one weight must be above zero",
  });

/** Stored weights read back through the schema; anything that does not parse gives the defaults. */
export function readSelectionWeights(stored: unknown): SelectionWeights {
  const parsed = selectionWeightsSchema.safeParse(stored);
  return parsed.success ? parsed.data : { ...DEFAULT_SELECTION_WEIGHTS };
}
