import { parseLegacyPage } from "./legacy";
import { parseRedesignPage } from "./redesign";
import { parseShredditPage } from "./shreddit";
import type { RedditPage } from "./types";

/** The three page markups www.reddit.com and old.reddit.com have served. */
export type RedditMarkup = "shreddit" | "redesign" | "legacy";

/**
 * Which markup `document` is in: today's web components, the 2018–2023 React redesign
 * (`data-testid`), or the legacy `.thing` markup of old.reddit.com; null for none of them (a page
 * still loading, another site).
 */
export function redditMarkup(document: Document): RedditMarkup | null {
  if (document.querySelector("shreddit-app, shreddit-post, shreddit-comment")) return "shreddit";
  if (document.querySelector('[data-testid="comment"], [data-testid="post-container"]')) return "redesign";
  if (document.querySelector(".thing[data-fullname]")) return "legacy";
  return null;
}

/**
 * The post(s) and comments of a Reddit thread or listing page in any of its markups; null when
 * `url` is not a thread or listing page (see parseRedditUrl) or the markup is none of Reddit's.
 */
export function parseRedditPage(document: Document, url: string): RedditPage | null {
  switch (redditMarkup(document)) {
    case "shreddit":
      return parseShredditPage(document, url);
    case "redesign":
      return parseRedesignPage(document, url);
    case "legacy":
      return parseLegacyPage(document, url);
    default:
      return null;
  }
}
