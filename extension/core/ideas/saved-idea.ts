import { z } from "zod";

const money = z.object({ amount: z.number().nonnegative(), currency: z.string().length(3) });
const phrase = z.object({ phrase: z.string().min(1), count: z.number().int().nonnegative() });

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
  kind: z.enum(["amazon-product", "amazon-search", "amazon-reviews"]),
  marketplace: z.string().min(1),
  asin: z
    .string()
    .regex(/^[A-Z0-9]{10}$/)
    .nullable(),
  /** Product title, or the search keyword for a search page. */
  title: z.string().min(1),
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
