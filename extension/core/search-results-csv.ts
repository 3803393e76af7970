import type { SearchResult } from "./amazon/types";
import { toCsv } from "./csv";

const COLUMNS: [string, (r: SearchResult) => string | number | boolean | null][] = [
  ["asin", (r) => r.asin],
  ["title", (r) => r.title],
  ["brand", (r) => r.brand],
  ["price", (r) => r.price?.amount ?? null],
  ["currency", (r) => r.price?.currency ?? null],
  ["rating", (r) => r.rating],
  ["rating_count", (r) => r.ratingCount],
  ["sponsored", (r) => r.sponsored],
  ["bought_past_month", (r) => r.boughtPastMonth],
];

/** The search page's results table, as the researcher sees it in the panel. */
export function searchResultsCsv(results: SearchResult[]): string {
  return toCsv(COLUMNS, results);
}
