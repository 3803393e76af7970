import { z } from "zod";

/**
 * What the Reddit page parsers return, whatever the markup (shreddit web components, the
 * 2018–2023 React redesign, the legacy `.thing` markup of old.reddit.com) or the `.json`
 * endpoints. Like the Amazon parsers, they build these objects directly; tests validate the
 * output with these schemas.
 *
 * Conventions: a value the page does not show is null; ids are Reddit's base-36 ids without
 * the type prefix ("7c4iry", not "t3_7c4iry").
 */

export const redditPageKindSchema = z.enum(["reddit-thread", "reddit-listing"]);
export type RedditPageKind = z.infer<typeof redditPageKindSchema>;

export const redditPostSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** Self-text of the post; "" for link posts or when the listing does not show it. */
  body: z.string(),
  /** null for deleted accounts ("[deleted]") and when the markup does not say. */
  author: z.string().nullable(),
  /** Subreddit without the "r/" prefix. */
  subreddit: z.string().nullable(),
  /** Net score ("21.5k" → 21500); null when hidden ("•") or not shown. */
  score: z.number().int().nullable(),
  /** Number of comments as shown on the post. */
  comments: z.number().int().nonnegative().nullable(),
  /** ISO 8601 creation time. */
  createdAt: z.string().nullable(),
  /** Absolute URL of the post's comments page. */
  permalink: z.string().nullable(),
});
export type RedditPost = z.infer<typeof redditPostSchema>;

export const redditCommentSchema = z.object({
  id: z.string().min(1),
  /** "" for deleted/removed comments (kept so that reply counts stay right). */
  body: z.string(),
  author: z.string().nullable(),
  score: z.number().int().nullable(),
  /** 0 for top-level comments. */
  depth: z.number().int().nonnegative(),
  createdAt: z.string().nullable(),
  permalink: z.string().nullable(),
  /** True when the comment's text is "[deleted]" or "[removed]". */
  deleted: z.boolean(),
});
export type RedditComment = z.infer<typeof redditCommentSchema>;

export const redditPageSchema = z.object({
  kind: redditPageKindSchema,
  /** The thread's post on a thread page, or the listing's posts in page order. */
  posts: z.array(redditPostSchema),
  /** Comments of a thread in page order (empty on listings). */
  comments: z.array(redditCommentSchema),
  /** "load more comments" stubs: how many comments the page has not loaded yet (sum of their counts). */
  moreComments: z.number().int().nonnegative(),
  /** The subreddit the page belongs to (listing of one subreddit, or the thread's), else null. */
  subreddit: z.string().nullable(),
});
export type RedditPage = z.infer<typeof redditPageSchema>;
