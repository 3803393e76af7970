import { z } from "zod";
import { redditDemandSignalsSchema } from "../reddit-analysis/schema";
import { selectionInputSchema } from "../score/selection-input";

const money = z.object({ amount: z.number().nonnegative(), currency: z.string().length(3) });
const phrase = z.object({ phrase: z.string().min(1), count: z.number().int().nonnegative() });
const quote = z.object({ quote: z.string(), permalink: z.string().nullable(), score: z.number().int().nullable() });

/** What a saved Reddit page said: where, how lively, what people need, and the keyword's demand signals. */
export const redditIdeaSchema = z.object({
  subreddits: z.array(z.string()),
  language: z.string().length(2),
  posts: z.number().int().nonnegative(),
  comments: z.number().int().nonnegative(),
  commentsPerHour: z.number().nonnegative().nullable(),
  groups: z.object({
    pain: z.number().int().nonnegative(),
    solutionRequests: z.number().int().nonnegative(),
    adviceRequests: z.number().int().nonnegative(),
    money: z.number().int().nonnegative(),
  }),
  /** The top solution requests and pain points, quoted. */
  examples: z.array(quote).max(10),
  phrases: z.array(phrase).max(10),
  /** The keyword's signals on the page; null when saved without a keyword. */
  signals: redditDemandSignalsSchema.nullable(),
});
export type RedditIdea = z.infer<typeof redditIdeaSchema>;

/**
 * A product idea the researcher saved from a page: what the page showed, what Fieldtest
 * estimated, and where it came from. This record is what the merchant's Fieldtest app
 * receives on its Research board, so it is versioned and validated on both sides.
 */
export const savedIdeaSchema = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  savedAt: z.iso.datetime(),
  url: z.url(),
  kind: z.enum(["amazon-product", "amazon-search", "amazon-reviews", "reddit-thread", "reddit-listing"]),
  marketplace: z.string().min(1),
  asin: z
    .string()
    .regex(/^[A-Z0-9]{10}$/)
    .nullable(),
  /** Product title, the search keyword for a search page, the thread's title or the listing's subreddit. */
  title: z.string().min(1),
  /**
   * The words the idea is researched under: an Amazon search's keyword, or what the researcher typed
   * when saving a Reddit page. Reddit ideas add their demand signals to Amazon ideas under the same keyword.
   */
  keyword: z.string().max(200).nullable().default(null),
  price: money.nullable(),
  rating: z.number().min(0).max(5).nullable(),
  ratingCount: z.number().int().nonnegative().nullable(),
  bsr: z.array(z.object({ rank: z.number().int().positive(), category: z.string() })),
  estimate: z
    .object({
      units: z.number().nonnegative(),
      low: z.number().nonnegative(),
      high: z.number().nonnegative(),
      revenue: z.number().nonnegative().nullable(),
    })
    .nullable(),
  score: z
    .object({
      demand: z.number().min(0).max(100),
      competition: z.number().min(0).max(100),
      profit: z.number().min(0).max(100),
      overall: z.number().min(0).max(100),
    })
    .nullable(),
  complaints: z.array(phrase),
  praise: z.array(phrase),
  note: z.string().max(2000).default(""),
  /** Amazon product and search ideas: the score's input, kept so that linked Reddit demand can re-score it. */
  selection: selectionInputSchema.nullable().default(null),
  /** Amazon ideas: the saved Reddit ideas whose demand signals are in `score`. */
  linkedReddit: z.array(z.string()).default([]),
  /** Reddit ideas: what the page said. */
  reddit: redditIdeaSchema.nullable().default(null),
});

export type SavedIdea = z.infer<typeof savedIdeaSchema>;

/** Stored ideas are read back through the schema; a record that no longer parses is reported, not lost. */
export function readSavedIdeas(stored: unknown): { ideas: SavedIdea[]; unreadable: unknown[] } {
  const ideas: SavedIdea[] = [];
  const unreadable: unknown[] = [];
  for (const item of Array.isArray(stored) ? stored : []) {
    const parsed = savedIdeaSchema.safeParse(item);
    if (parsed.success) ideas.push(parsed.data);
    else unreadable.push(item);
  }
  return { ideas, unreadable };
}
