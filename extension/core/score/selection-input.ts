import type { PackageDimensions } from "./fba-fees";

/** One result of a search page, as the parser read it. */
export interface SearchResultSummary {
  price: number | null;
  rating: number | null;
  ratingCount: number | null;
  sponsored: boolean;
  brand?: string | null;
  estimatedUnits?: number | null;
  boughtPastMonth?: number | null;
}

/**
 * A demand signal from outside the Amazon page, already scored 0–100 by its own module. The extension point for the
 * Reddit part (issue 4: "Reddit demand signals once the Reddit part exists"): it is averaged into demand with its
 * weight, next to the Amazon evidence's weight of AMAZON_DEMAND_WEIGHT.
 */
export interface DemandSignal {
  source: string;
  score: number;
  weight: number;
  reason: string;
}

export interface SelectionInput {
  kind: "product" | "search";
  marketplace: string;
  /** Root category as the page names it (any marketplace language); null on most search pages. */
  category: string | null;
  /** The product's price; on a search page, null to use the median price of the results. */
  price: number | null;
  /** Product: its monthly units. Search: the first page's total, when the caller summed it. */
  estimatedUnits: number | null;
  boughtPastMonth: number | null;
  results?: SearchResultSummary[];
  ratingCount?: number | null;
  rating?: number | null;
  /** The researcher's landed cost (goods, freight, duty) as a share of the price; DEFAULT_LANDED_COST_SHARE if absent. */
  landedCostShare?: number;
  /** Packed size and weight when the page lists them; without them the FBA fee assumes DEFAULT_FBA_TIER. */
  packageDimensions?: PackageDimensions | null;
  demandSignals?: DemandSignal[];
}
