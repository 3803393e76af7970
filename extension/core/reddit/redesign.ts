import { blockText, inlineText, oneLine } from "./text";
import { absoluteUrl, authorName, isPlaceholder, thingId } from "./fields";
import { parseRedditCount, parseRedditNumber } from "./numbers";
import { parseRedditUrl, subredditFromPath, type RedditUrl } from "./page-kind";
import type { RedditComment, RedditPage, RedditPost } from "./types";

/**
 * The 2018–2023 React redesign of www.reddit.com (`data-testid` markup; fixture
 * reddit_redesign_r-aww_aybw1m_thread.html). Class names are build hashes, so only `data-testid`,
 * ids ("t1_…", "vote-arrows-t1_…", "moreComments-t1_…"), the `Comment` class and link targets are
 * used. Comments are flat siblings, each indented by its level: its depth is read from the
 * "level N" label, else from the indentation. Times are only relative ("4 yr. ago"): null.
 */
const POST = '[data-testid="post-container"]';
/** A comment's box (class `Comment t1_<id>`); deleted and collapsed ones have no `data-testid="comment"` body. */
const COMMENT = "div.Comment";
const COMMENT_BODY = '[data-testid="comment"]';
const COMMENT_HEADER = '[data-testid="post-comment-header"]';
const VOTES = '[id^="vote-arrows-"]';
/** "N more replies" rows; "Continue this thread" rows (`continueThread-t1_…`) show no number. */
const MORE_REPLIES = '[id^="moreComments-"]';
/** Indentation of a level-1 comment, and of each level below it, in the captured page. */
const INDENT_PX = 16;
const INDENT_STEP_PX = 21;

export function parseRedesignPage(document: Document, url: string): RedditPage | null {
  const location = parseRedditUrl(url);
  if (!location) return null;
  if (location.kind === "reddit-listing") {
    return {
      kind: location.kind,
      posts: listingPosts(document, url),
      comments: [],
      moreComments: 0,
      subreddit: location.subreddit,
    };
  }
  const post = threadPost(document, location, url);
  const comments: RedditComment[] = [];
  for (const element of document.querySelectorAll(COMMENT)) {
    const comment = parseComment(element, url);
    if (comment) comments.push(comment);
  }
  let moreComments = 0;
  for (const row of document.querySelectorAll(MORE_REPLIES)) moreComments += parseRedditCount(inlineText(row)) ?? 0;
  return {
    kind: location.kind,
    posts: post ? [post] : [],
    comments,
    moreComments,
    subreddit: location.subreddit ?? post?.subreddit ?? null,
  };
}

/** The post with the URL's id; the thread page also shows other posts of the subreddit below. */
function threadPost(document: Document, location: RedditUrl, url: string): RedditPost | null {
  const container =
    [...document.querySelectorAll(POST)].find((element) => thingId("t3", element.id) === location.postId) ??
    document.querySelector("h1")?.closest(POST);
  return container ? parsePost(container, url) : null;
}

function listingPosts(document: Document, url: string): RedditPost[] {
  const posts: RedditPost[] = [];
  for (const container of document.querySelectorAll(POST)) {
    if (isPromoted(container)) continue;
    const post = parsePost(container, url);
    if (post) posts.push(post);
  }
  return posts;
}

/** Ads are post containers too; their links go through Reddit's ad redirector. */
function isPromoted(container: Element): boolean {
  return container.querySelector('a[href*="alb.reddit.com"]') !== null;
}

function parsePost(container: Element, url: string): RedditPost | null {
  const id = thingId("t3", container.id);
  if (!id) return null;
  const commentsLink = container.querySelector('[data-test-id="comments-page-link-num-comments"]');
  const permalink = absoluteUrl(
    commentsLink?.getAttribute("href") ?? container.querySelector('a[data-click-id="body"]')?.getAttribute("href"),
    url,
  );
  return {
    id,
    title: inlineText(container.querySelector("h1, h2, h3")),
    body: blockText(container.querySelector(".RichTextJSON-root")),
    author: authorName(inlineText(container.querySelector('[data-testid="post_author_link"]'))),
    subreddit:
      subredditFromPath(oneLine(container.querySelector('a[data-click-id="subreddit"]')?.textContent)) ??
      subredditFromPath(permalink),
    score: parseRedditNumber(inlineText(container.querySelector(VOTES))),
    comments: parseRedditCount(inlineText(commentsLink)),
    createdAt: null,
    permalink,
  };
}

function parseComment(element: Element, url: string): RedditComment | null {
  const id = thingId("t1", element.parentElement?.id, ...element.classList);
  if (!id) return null;
  const body = element.querySelector(COMMENT_BODY);
  const header = element.querySelector(COMMENT_HEADER);
  const authorLink = header?.querySelector('[data-testid="comment_author_link"]');
  const text = blockText(body);
  // Deleted comments are collapsed: "[deleted]" where the author link would be, and no body.
  const deleted =
    isPlaceholder(text) || (body === null && !authorLink && /^\[(?:deleted|removed)\]/.test(inlineText(header)));
  const permalink = absoluteUrl(header?.querySelector('[data-testid="comment_timestamp"]')?.getAttribute("href"), url);
  return {
    id,
    body: deleted ? "" : text,
    author: authorName(inlineText(authorLink)),
    score: parseRedditNumber(inlineText(element.querySelector(VOTES))),
    depth: commentDepth(element, header),
    createdAt: null,
    permalink: permalink && withoutQuery(permalink),
    deleted,
  };
}

/** "level 2" (the label before the header, for screen readers) → 1; else from the box's padding-left. */
function commentDepth(element: Element, header: Element | null): number {
  const level = parseRedditCount(header?.previousElementSibling?.textContent);
  if (level !== null && level >= 1) return level - 1;
  const padding = /padding-left:\s*(\d+)px/.exec(element.parentElement?.getAttribute("style") ?? "");
  return padding ? Math.max(0, Math.round((Number(padding[1]) - INDENT_PX) / INDENT_STEP_PX)) : 0;
}

/** Comment links carry tracking parameters ("?utm_source=reddit&…&context=3"). */
function withoutQuery(link: string): string {
  const parsed = new URL(link);
  parsed.search = "";
  parsed.hash = "";
  return parsed.href;
}
