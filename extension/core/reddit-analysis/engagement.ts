import type { RedditComment, RedditPage } from "../reddit/types";
import type { RedditEngagement, SubredditCount } from "./schema";

const HOUR_MS = 3_600_000;

/**
 * A comment that says nothing any more: flagged deleted by the parser, or whose text is Reddit's placeholder
 * (the parsers flag those, but a page read another way may not).
 */
export function isDeletedComment(comment: RedditComment): boolean {
  return comment.deleted || isPlaceholder(comment.body);
}

/** "[deleted]" or "[removed]", the text Reddit shows in place of a deleted or removed post or comment. */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === "[deleted]" || trimmed === "[removed]";
}

/**
 * Engagement of a page at `now` (pure: the caller passes the clock). Scores and comment counts that the page does not
 * show (null) are left out of totals and medians, not read as 0.
 * - Thread: commentsPerHour is the post's comment count (or, when the post shows none, the comments on the page,
 *   deleted and not yet loaded ones included) over the hours since the post was created, at least one hour (a post
 *   from five minutes ago with two comments is not "24 an hour"); null without a valid creation time in the past.
 * - Listing: commentsPerPost is the posts' comment counts over the posts that show one; commentsPerHour is null.
 */
export function engagementOf(page: RedditPage, now: Date): RedditEngagement {
  const postScores = page.posts.flatMap((post) => (post.score === null ? [] : [post.score]));
  const counted = page.posts.flatMap((post) => (post.comments === null ? [] : [post.comments]));
  const reportedComments = sum(counted);
  const loaded = page.comments.filter((comment) => !isDeletedComment(comment));
  const deletedComments = page.comments.length - loaded.length;
  const commentScores = loaded.flatMap((comment) => (comment.score === null ? [] : [comment.score]));

  let postAgeHours: number | null = null;
  let commentsPerHour: number | null = null;
  const thread = page.kind === "reddit-thread" ? page.posts[0] : undefined;
  if (thread) {
    const created = thread.createdAt === null ? Number.NaN : Date.parse(thread.createdAt);
    const age = now.getTime() - created;
    if (Number.isFinite(age) && age >= 0) {
      postAgeHours = age / HOUR_MS;
      const comments = thread.comments ?? page.comments.length + page.moreComments;
      commentsPerHour = comments / Math.max(1, postAgeHours);
    }
  }

  return {
    posts: page.posts.length,
    postScoreTotal: sum(postScores),
    postScoreMedian: median(postScores),
    reportedComments,
    loadedComments: loaded.length,
    deletedComments,
    notLoadedComments: page.moreComments,
    commentScoreTotal: sum(commentScores),
    commentScoreMedian: median(commentScores),
    postAgeHours,
    commentsPerHour,
    commentsPerPost: counted.length > 0 ? reportedComments / counted.length : null,
  };
}

/**
 * Posts per subreddit, most first (then by name); a post without a subreddit belongs to the page's. Names compare
 * without case ("BuyItForLife" = "buyitforlife"), shown as first met. A page with a subreddit but no posts lists it
 * with 0 posts.
 */
export function subredditCounts(page: RedditPage): SubredditCount[] {
  const counts = new Map<string, SubredditCount>();
  for (const post of page.posts) {
    const name = post.subreddit ?? page.subreddit;
    if (!name) continue;
    const key = name.toLowerCase();
    const entry = counts.get(key);
    if (entry) entry.posts++;
    else counts.set(key, { name, posts: 1 });
  }
  if (counts.size === 0 && page.subreddit) counts.set(page.subreddit.toLowerCase(), { name: page.subreddit, posts: 0 });
  return [...counts.values()].sort((a, b) => b.posts - a.posts || compareText(a.name, b.name));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function compareText(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  return lowerA < lowerB ? -1 : lowerA > lowerB ? 1 : 0;
}
