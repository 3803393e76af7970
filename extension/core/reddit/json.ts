import { z } from "zod";
import { absoluteUrl, authorName, isPlaceholder } from "./fields";
import { parseRedditUrl } from "./page-kind";
import { isoTime } from "./time";
import type { RedditComment, RedditPage, RedditPost } from "./types";

/**
 * Reddit's `.json` endpoints (../shared/research/extension.md §4 "JSON endpoints"): a thread is an
 * array of two Listings (the t3 post, then the t1 comments, whose `replies` are Listings again or
 * "", with `kind: "more"` stubs carrying a `count`); a listing (subreddit, front page, search) is
 * one Listing of t3 children. The payload is untrusted: only the fields used here are checked, and
 * a payload of another shape is an Error that says what was expected and where it differs.
 */

const thingSchema = z.object({ kind: z.string(), data: z.unknown() });
const listingSchema = z.object({
  kind: z.literal("Listing"),
  data: z.object({ children: z.array(thingSchema) }),
});
const threadSchema = z.tuple([listingSchema, listingSchema]);

const postDataSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/i),
  title: z.string(),
  selftext: z.string().nullish(),
  author: z.string().nullish(),
  subreddit: z.string().nullish(),
  score: z.number().int().nullish(),
  hide_score: z.boolean().nullish(),
  num_comments: z.number().int().nonnegative().nullish(),
  created_utc: z.number().nullish(),
  permalink: z.string().nullish(),
});

const commentDataSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/i),
  body: z.string().nullish(),
  author: z.string().nullish(),
  score: z.number().int().nullish(),
  score_hidden: z.boolean().nullish(),
  created_utc: z.number().nullish(),
  permalink: z.string().nullish(),
  replies: z.union([z.literal(""), listingSchema]).nullish(),
});

const moreDataSchema = z.object({ count: z.number().int().nonnegative() });

type Listing = z.infer<typeof listingSchema>;

interface Context {
  /** Links in the payload are site-relative; they resolve against the page's URL. */
  base: string;
  /**
   * Without `raw_json=1` Reddit escapes "&", "<" and ">" in titles and texts as HTML entities
   * (reddit.com/dev/api "response body encoding").
   */
  decode: (text: string) => string;
}

/**
 * A parsed `.json` payload (or its text) as a RedditPage; `url` is the address it came from, for
 * absolute links and the subreddit of a listing. Throws an Error naming the first mismatch when the
 * payload is neither a thread nor a listing.
 */
export function parseRedditJson(value: unknown, url?: string): RedditPage {
  const payload = typeof value === "string" ? parseText(value) : value;
  const location = url ? parseRedditUrl(url) : null;
  const context: Context = {
    base: url ?? "https://www.reddit.com/",
    decode: url && isRawJson(url) ? (text) => text : decodeEntities,
  };

  if (Array.isArray(payload)) {
    const thread = check(threadSchema, payload, "a thread is an array of two Listings (the post, then its comments)");
    const post = posts(thread[0], context)[0];
    if (!post) throw new Error("Reddit JSON: the thread's first Listing holds no t3 post");
    const comments: RedditComment[] = [];
    const moreComments = collectComments(thread[1], 0, context, comments);
    return {
      kind: "reddit-thread",
      posts: [post],
      comments,
      moreComments,
      subreddit: post.subreddit ?? location?.subreddit ?? null,
    };
  }
  const listing = check(listingSchema, payload, 'a listing is {"kind": "Listing", "data": {"children": […]}}');
  return {
    kind: "reddit-listing",
    posts: posts(listing, context),
    comments: [],
    moreComments: 0,
    subreddit: location?.subreddit ?? null,
  };
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Reddit JSON: not JSON (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
}

function check<T extends z.ZodType>(schema: T, value: unknown, expected: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`Reddit JSON: ${expected}.\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** The t3 children of a listing; other kinds (subreddits in a mixed search) are not posts. */
function posts(listing: Listing, context: Context): RedditPost[] {
  const result: RedditPost[] = [];
  listing.data.children.forEach((child, index) => {
    if (child.kind !== "t3") return;
    const data = check(postDataSchema, child.data, `child ${index} (t3) of a Listing is a post with an id and a title`);
    result.push({
      id: data.id,
      title: context.decode(data.title),
      body: context.decode(data.selftext ?? ""),
      author: authorName(data.author),
      subreddit: data.subreddit || null,
      score: data.hide_score ? null : (data.score ?? null),
      comments: data.num_comments ?? null,
      createdAt: isoTime(data.created_utc),
      permalink: absoluteUrl(data.permalink, context.base),
    });
  });
  return result;
}

/** Appends the comments of `listing` and their replies in page order; returns the "more" stubs' count. */
function collectComments(listing: Listing, depth: number, context: Context, into: RedditComment[]): number {
  let more = 0;
  listing.data.children.forEach((child, index) => {
    if (child.kind === "more") {
      more += check(moreDataSchema, child.data, `a "more" stub (depth ${depth}, child ${index}) has a count`).count;
      return;
    }
    if (child.kind !== "t1") return;
    const data = check(commentDataSchema, child.data, `comment ${index} at depth ${depth} is a t1 with an id`);
    const text = context.decode(data.body ?? "");
    const deleted = isPlaceholder(text);
    into.push({
      id: data.id,
      body: deleted ? "" : text,
      author: authorName(data.author),
      score: data.score_hidden ? null : (data.score ?? null),
      depth,
      createdAt: isoTime(data.created_utc),
      permalink: absoluteUrl(data.permalink, context.base),
      deleted,
    });
    if (data.replies) more += collectComments(data.replies, depth + 1, context, into);
  });
  return more;
}

function isRawJson(url: string): boolean {
  try {
    return new URL(url).searchParams.get("raw_json") === "1";
  } catch {
    return false;
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
