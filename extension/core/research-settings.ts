import { z } from "zod";

/** Share of the selling price that goes to product, freight and duty, when the researcher has not said. */
export const DEFAULT_LANDED_COST_SHARE = 0.35;

const weight = z.number().min(0).max(10);

/** What the researcher sets on the options page: the score's weights and their landed-cost assumption. */
export const researchSettingsSchema = z.object({
  weights: z
    .object({ demand: weight, competition: weight, profit: weight })
    .refine((w) => w.demand + w.competition + w.profit > 0, "At least one weight must be above zero."),
  landedCostShare: z.number().min(0).max(0.95),
});

export type ResearchSettingsInput = z.infer<typeof researchSettingsSchema>;

export const defaultResearchSettings: ResearchSettingsInput = {
  weights: { demand: 1, competition: 1, profit: 1 },
  landedCostShare: DEFAULT_LANDED_COST_SHARE,
};
