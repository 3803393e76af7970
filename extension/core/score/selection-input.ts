import { z } from "zod";

/**
 * What the selection score is computed from. A zod schema because a saved idea keeps its input: the
 * background recomputes an Amazon idea's score when a Reddit idea under the same keyword adds demand
 * signals, and what comes back out of storage is validated.
 */

/** One result of a search page, as the parser read it. */
export const searchResultSummarySchema = z.object({
  price: z.number().nullable(),
  rating: z.number().nullable(),
  ratingCount: z.number().nullable(),
  sponsored: z.boolean(),
  brand: z.string().nullable().optional(),
  estimatedUnits: z.number().nullable().optional(),
  boughtPastMonth: z.number().nullable().optional(),
});
export type SearchResultSummary = z.infer<typeof searchResultSummarySchema>;

/**
 * A demand signal from outside the Amazon page, already scored 0–100 by its own module (the Reddit
 * part's: core/score/reddit-demand.ts). It is averaged into demand with its weight, next to the
 * Amazon evidence's weight of AMAZON_DEMAND_WEIGHT.
 */
export const demandSignalSchema = z.object({
  source: z.string(),
  score: z.number(),
  weight: z.number(),
  reason: z.string(),
});
export type DemandSignal = z.infer<typeof demandSignalSchema>;

/** A unit as packed for shipping, in centimetres and kilograms. */
const packageDimensionsSchema = z.object({
  lengthCm: z.number().positive(),
  widthCm: z.number().positive(),
  heightCm: z.number().positive(),
  weightKg: z.number().positive(),
});

export const selectionInputSchema = z.object({
  kind: z.enum(["product", "search"]),
  marketplace: z.string(),
  /** Root category as the page names it (any marketplace language); null on most search pages. */
  category: z.string().nullable(),
  /** The product's price; on a search page, null to use the median price of the results. */
  price: z.number().nullable(),
  /** Product: its monthly units. Search: the first page's total, when the caller summed it. */
  estimatedUnits: z.number().nullable(),
  boughtPastMonth: z.number().nullable(),
  results: z.array(searchResultSummarySchema).optional(),
  ratingCount: z.number().nullable().optional(),
  rating: z.number().nullable().optional(),
  /** The researcher's landed cost (goods, freight, duty) as a share of the price; DEFAULT_LANDED_COST_SHARE if absent. */
  landedCostShare: z.number().optional(),
  /** Packed size and weight when the page lists them; without them the FBA fee assumes DEFAULT_FBA_TIER. */
  packageDimensions: packageDimensionsSchema.nullable().optional(),
  demandSignals: z.array(demandSignalSchema).optional(),
});
export type SelectionInput = z.infer<typeof selectionInputSchema>;
