import { z } from "zod";
import { redditPageKindSchema } from "../reddit/types";

/** What analyseRedditPage returns. Counts are of texts: a post (its title and body together) or a comment. */

export const redditLanguageSchema = z.enum(["en", "de", "fr", "es"]);

export const cueGroupSchema = z.enum(["pain", "solution-request", "advice-request", "money"]);

export const phraseMethodSchema = z.enum(["g2-vs-english-background", "count-x-documents"]);

export const cueExampleSchema = z.object({
  /** The post's or comment's id. */
  id: z.string().min(1),
  source: z.enum(["post", "comment"]),
  /** The sentence with the cue, at most 200 characters (cut around the cue, with "…"). */
  quote: z.string().max(200),
  /** The words that matched, lowercase without accents ("looking for"). */
  cue: z.string(),
  author: z.string().nullable(),
  score: z.number().int().nullable(),
  permalink: z.string().nullable(),
});
export type CueExample = z.infer<typeof cueExampleSchema>;

export const cueGroupResultSchema = z.object({
  /** Posts and comments in the group. */
  count: z.number().int().nonnegative(),
  /** Up to 5, highest score first, then the longer quote, then page order. */
  examples: z.array(cueExampleSchema).max(5),
});
export type CueGroupResult = z.infer<typeof cueGroupResultSchema>;

export const hotPhraseSchema = z.object({
  phrase: z.string().min(1),
  /** Occurrences on the page (once per clause). */
  count: z.number().int().positive(),
  /** Posts and comments with the phrase. */
  documents: z.number().int().positive(),
  /** Dunning's G² against general English; English pages only. */
  g2: z.number().nonnegative().optional(),
});

export const engagementSchema = z.object({
  posts: z.number().int().nonnegative(),
  postScoreTotal: z.number().int(),
  postScoreMedian: z.number().nullable(),
  /** Sum of the comment counts the posts show. */
  reportedComments: z.number().int().nonnegative(),
  /** Comments on the page that are not deleted or removed. */
  loadedComments: z.number().int().nonnegative(),
  deletedComments: z.number().int().nonnegative(),
  /** "load more comments" stubs' counts. */
  notLoadedComments: z.number().int().nonnegative(),
  commentScoreTotal: z.number().int(),
  commentScoreMedian: z.number().nullable(),
  /** Thread: hours since the post was created; null on listings and without a creation time. */
  postAgeHours: z.number().nonnegative().nullable(),
  /** Thread: comments per hour since the post was created (at least one hour). */
  commentsPerHour: z.number().nonnegative().nullable(),
  /** Comments per post, over the posts that show a count. */
  commentsPerPost: z.number().nonnegative().nullable(),
});
export type RedditEngagement = z.infer<typeof engagementSchema>;

export const subredditCountSchema = z.object({
  name: z.string().min(1),
  posts: z.number().int().nonnegative(),
});
export type SubredditCount = z.infer<typeof subredditCountSchema>;

/**
 * One analysed post or comment, kept so that demand signals can be counted for any keyword later
 * (redditDemandSignals) without the page.
 */
export const analysedTextSchema = z.object({
  id: z.string().min(1),
  source: z.enum(["post", "comment"]),
  groups: z.array(cueGroupSchema),
  score: z.number().int().nullable(),
  /** Posts: the comment count shown; comments: null. */
  comments: z.number().int().nonnegative().nullable(),
  /** The cleaned text folded to lowercase without accents (title and body for a post). */
  text: z.string(),
});
export type AnalysedText = z.infer<typeof analysedTextSchema>;

export const redditAnalysisSchema = z.object({
  kind: redditPageKindSchema,
  language: redditLanguageSchema,
  /** How `phrases` were ranked. */
  method: phraseMethodSchema,
  subreddits: z.array(subredditCountSchema),
  engagement: engagementSchema,
  groups: z.object({
    pain: cueGroupResultSchema,
    solutionRequests: cueGroupResultSchema,
    adviceRequests: cueGroupResultSchema,
    money: cueGroupResultSchema,
  }),
  phrases: z.array(hotPhraseSchema),
  /** The minimum occurrences a phrase needed on this page. */
  phraseMinCount: z.number().int().positive(),
  texts: z.array(analysedTextSchema),
});
export type RedditAnalysis = z.infer<typeof redditAnalysisSchema>;

export const redditDemandSignalsSchema = z.object({
  keyword: z.string(),
  /** Posts and comments that mention the keyword. */
  mentions: z.number().int().nonnegative(),
  /** Of those, how many ask for a product or an alternative... */
  solutionRequests: z.number().int().nonnegative(),
  /** ...and how many complain. */
  painPoints: z.number().int().nonnegative(),
  engagement: z.object({
    posts: z.number().int().nonnegative(),
    comments: z.number().int().nonnegative(),
    /** Sum of the known scores of the mentioning posts and comments. */
    scoreTotal: z.number().int(),
    scoreMedian: z.number().nullable(),
    /** Comment counts shown on the mentioning posts. */
    replies: z.number().int().nonnegative(),
  }),
});
export type RedditDemandSignals = z.infer<typeof redditDemandSignalsSchema>;
