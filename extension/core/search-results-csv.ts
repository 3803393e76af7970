import type { SearchResult } from "./amazon/types";
import { toCsv } from "./csv";
import type { ResultEstimate } from "./estimate/result-estimate";

type Row = { result: SearchResult; estimate: ResultEstimate | null };

const COLUMNS: [string, (row: Row) => string | number | boolean | null][] = [
  ["asin", ({ result }) => result.asin],
  ["title", ({ result }) => result.title],
  ["brand", ({ result }) => result.brand],
  ["price", ({ result }) => result.price?.amount ?? null],
  ["currency", ({ result }) => result.price?.currency ?? null],
  ["rating", ({ result }) => result.rating],
  ["rating_count", ({ result }) => result.ratingCount],
  ["sponsored", ({ result }) => result.sponsored],
  ["bought_past_month", ({ result }) => result.boughtPastMonth],
  ["bsr", ({ estimate }) => estimate?.rank?.rank ?? null],
  ["bsr_category", ({ estimate }) => estimate?.rank?.category ?? null],
  ["est_units_low", ({ estimate }) => estimate?.low ?? null],
  ["est_units_high", ({ estimate }) => estimate?.high ?? null],
  ["est_revenue_low", ({ estimate }) => estimate?.revenueLow ?? null],
  ["est_revenue_high", ({ estimate }) => estimate?.revenueHigh ?? null],
  ["estimate_basis", ({ estimate }) => estimate?.basis ?? null],
];

/** The search page's results table as the researcher sees it on the cards, estimates included. */
export function searchResultsCsv(results: SearchResult[], estimates: (ResultEstimate | null)[]): string {
  return toCsv(
    COLUMNS,
    results.map((result, index) => ({ result, estimate: estimates[index] ?? null })),
  );
}
