import { toCsv } from "../csv";
import type { SavedIdea } from "./saved-idea";

const COLUMNS: [string, (idea: SavedIdea) => string | number | null][] = [
  ["saved_at", (i) => i.savedAt],
  ["kind", (i) => i.kind],
  ["marketplace", (i) => i.marketplace],
  ["asin", (i) => i.asin],
  ["title", (i) => i.title],
  ["keyword", (i) => i.keyword],
  ["price", (i) => i.price?.amount ?? null],
  ["currency", (i) => i.price?.currency ?? null],
  ["rating", (i) => i.rating],
  ["rating_count", (i) => i.ratingCount],
  ["bsr", (i) => i.bsr.map((b) => `#${b.rank} in ${b.category}`).join("; ")],
  ["est_units_month", (i) => i.estimate?.units ?? null],
  ["est_units_low", (i) => i.estimate?.low ?? null],
  ["est_units_high", (i) => i.estimate?.high ?? null],
  ["est_revenue_month", (i) => i.estimate?.revenue ?? null],
  ["score_demand", (i) => i.score?.demand ?? null],
  ["score_competition", (i) => i.score?.competition ?? null],
  ["score_profit", (i) => i.score?.profit ?? null],
  ["score_overall", (i) => i.score?.overall ?? null],
  ["top_complaints", (i) => i.complaints.map((p) => `${p.phrase} (${p.count})`).join("; ")],
  ["top_praise", (i) => i.praise.map((p) => `${p.phrase} (${p.count})`).join("; ")],
  ["linked_reddit_ideas", (i) => i.linkedReddit.length || null],
  ["reddit_subreddits", (i) => i.reddit?.subreddits.map((name) => `r/${name}`).join("; ") ?? null],
  ["reddit_solution_requests", (i) => i.reddit?.groups.solutionRequests ?? null],
  ["reddit_pain_points", (i) => i.reddit?.groups.pain ?? null],
  ["reddit_keyword_mentions", (i) => i.reddit?.signals?.mentions ?? null],
  ["hot_phrases", (i) => i.reddit?.phrases.map((p) => `${p.phrase} (${p.count})`).join("; ") ?? null],
  ["note", (i) => i.note],
  ["url", (i) => i.url],
];

/** The saved ideas as a spreadsheet, one row per idea. */
export function ideasToCsv(ideas: SavedIdea[]): string {
  return toCsv(COLUMNS, ideas);
}
