import type { RedditComment, RedditPage, RedditPost } from "../../../extension/core/reddit/types";

// RedditPage objects built by hand, as the Reddit parsers will build them (extension/core/reddit/types.ts).

export function post(id: string, title: string, body = "", fields: Partial<RedditPost> = {}): RedditPost {
  return {
    id,
    title,
    body,
    author: `author_${id}`,
    subreddit: "HomeImprovement",
    score: null,
    comments: null,
    createdAt: null,
    permalink: `https://www.reddit.com/r/HomeImprovement/comments/${id}/`,
    ...fields,
  };
}

export function comment(id: string, body: string, score: number | null = null, fields: Partial<RedditComment> = {}) {
  const value: RedditComment = {
    id,
    body,
    author: `user_${id}`,
    score,
    depth: 0,
    createdAt: null,
    permalink: `https://www.reddit.com/r/HomeImprovement/comments/p1/_/${id}/`,
    deleted: false,
    ...fields,
  };
  return value;
}

export function thread(first: RedditPost, comments: RedditComment[], fields: Partial<RedditPage> = {}): RedditPage {
  return {
    kind: "reddit-thread",
    posts: [first],
    comments,
    moreComments: 0,
    subreddit: first.subreddit,
    ...fields,
  };
}

export function listing(posts: RedditPost[], fields: Partial<RedditPage> = {}): RedditPage {
  return { kind: "reddit-listing", posts, comments: [], moreComments: 0, subreddit: null, ...fields };
}

export const NOW = new Date("2026-03-01T12:00:00Z");
