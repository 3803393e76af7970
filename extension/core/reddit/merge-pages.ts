import type { RedditPage } from "./types";

/**
 * The thread as the page shows it plus what its `.json` adds (collapsed comments, deeper replies):
 * each comment once, by id, the JSON's first (it has the whole tree in order), then any the page
 * loaded that the JSON left out; the JSON's post when it has one (exact counts).
 */
export function mergeRedditPages(page: RedditPage, json: RedditPage): RedditPage {
  const ids = new Set(json.comments.map((comment) => comment.id));
  return {
    kind: page.kind,
    posts: json.posts.length ? json.posts : page.posts,
    comments: [...json.comments, ...page.comments.filter((comment) => !ids.has(comment.id))],
    moreComments: json.moreComments,
    subreddit: page.subreddit ?? json.subreddit,
  };
}
