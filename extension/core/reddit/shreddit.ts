import { blockText, inlineText, oneLine } from "./text";
import { absoluteUrl, authorName, isPlaceholder, thingId } from "./fields";
import { parseRedditCount, parseRedditNumber } from "./numbers";
import { parseRedditUrl, subredditFromPath, type RedditUrl } from "./page-kind";
import { isoTime } from "./time";
import { nestingDepth, ownChild, ownDescendant } from "./tree";
import type { RedditComment, RedditPage, RedditPost } from "./types";

/**
 * Today's www.reddit.com ("shreddit"): posts and comments are custom elements whose attributes
 * carry the data (../shared/research/extension.md §4 "New Reddit"), so attributes come first and the
 * rendered text is only a fallback. Replies are child elements of the comment they answer.
 */
const POST = "shreddit-post";
const COMMENT = "shreddit-comment";
const POST_BODY = '[id$="-post-rtjson-content"]';
const COMMENT_BODY = '[id$="-comment-rtjson-content"], [id$="-comment-rtjson-container"]';
/**
 * "N more replies" stubs: the link to a comment's own page (`slot="more-comments-permalink"`) and
 * the partials that load replies or more top-level comments in place. "Continue this thread" and
 * "View more comments" carry no number and count 0.
 */
const MORE_STUB =
  '[slot="more-comments-permalink"], faceplate-partial[slot^="children"], faceplate-partial[src*="/more-comments/"]';
/** 2026 search results are not `shreddit-post`s (see `searchResults`). */
const SEARCH_RESULT = "main search-telemetry-tracker[view-events]";

export function parseShredditPage(document: Document, url: string): RedditPage | null {
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
  return {
    kind: location.kind,
    posts: post ? [post] : [],
    comments,
    moreComments: notLoadedComments(document),
    subreddit: location.subreddit ?? post?.subreddit ?? null,
  };
}

/** The thread's own post: the one with the URL's id (a thread page can show others), else the first. */
function threadPost(document: Document, location: RedditUrl, url: string): RedditPost | null {
  let first: RedditPost | null = null;
  for (const element of document.querySelectorAll(POST)) {
    const post = parsePost(element, url);
    if (!post) continue;
    if (post.id === location.postId) return post;
    first ??= post;
  }
  return first;
}

function listingPosts(document: Document, url: string): RedditPost[] {
  const posts: RedditPost[] = [];
  const seen = new Set<string>();
  for (const element of document.querySelectorAll(POST)) {
    const post = parsePost(element, url);
    if (!post || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
  }
  return posts.length > 0 ? posts : searchResults(document, url);
}

function parsePost(element: Element, url: string): RedditPost | null {
  const id = thingId(
    "t3",
    element.getAttribute("id"),
    element.getAttribute("thingid"),
    element.getAttribute("post-id"),
  );
  if (!id) return null;
  const permalink = absoluteUrl(element.getAttribute("permalink"), url);
  return {
    id,
    title: oneLine(element.getAttribute("post-title")) || inlineText(element.querySelector('[slot="title"], h1')),
    body: blockText(postBody(element)),
    author: authorName(element.getAttribute("author")),
    subreddit:
      subredditFromPath(element.getAttribute("subreddit-prefixed-name")) ??
      (oneLine(element.getAttribute("subreddit-name")) || subredditFromPath(permalink)),
    score: parseRedditNumber(element.getAttribute("score") ?? shownNumber(element.querySelector("faceplate-number"))),
    comments: parseRedditCount(
      element.getAttribute("comment-count") ?? shownNumber(element.querySelector('[id*="comment-count"]')),
    ),
    createdAt: isoTime(
      element.getAttribute("created-timestamp") ?? element.querySelector("faceplate-timeago[ts]")?.getAttribute("ts"),
    ),
    permalink,
  };
}

function postBody(post: Element): Element | null {
  const slot = ownChild(post, (child) => child.getAttribute("slot") === "text-body");
  return slot ? (slot.querySelector(POST_BODY) ?? slot) : post.querySelector(POST_BODY);
}

function parseComment(element: Element, url: string): RedditComment | null {
  const id = thingId("t1", element.getAttribute("thingid"), element.getAttribute("id"));
  if (!id) return null;
  const bodyElement = commentBody(element);
  const text = blockText(bodyElement);
  const author = element.getAttribute("author");
  const deleted =
    element.getAttribute("is-comment-deleted") === "true" ||
    element.hasAttribute("deleted") ||
    isPlaceholder(text) ||
    (bodyElement === null && author?.trim() === "[deleted]");
  return {
    id,
    body: deleted ? "" : text,
    author: authorName(author),
    score: parseRedditNumber(element.getAttribute("score")),
    depth:
      parseRedditCount(element.getAttribute("depth")) ??
      nestingDepth(element, (ancestor) => ancestor.localName === COMMENT),
    createdAt: isoTime(
      element.getAttribute("created") ?? ownMeta(element)?.querySelector("time")?.getAttribute("datetime"),
    ),
    permalink: absoluteUrl(element.getAttribute("permalink"), url),
    deleted,
  };
}

/** The comment's own text: its `slot="comment"` child (a slotted element is always a direct child), not a reply's. */
function commentBody(comment: Element): Element | null {
  const slot = ownChild(comment, (child) => child.getAttribute("slot") === "comment");
  if (slot) return slot.querySelector(COMMENT_BODY) ?? slot;
  return ownDescendant(comment, COMMENT_BODY, COMMENT);
}

function ownMeta(comment: Element): Element | null {
  return ownChild(comment, (child) => child.getAttribute("slot") === "commentMeta");
}

/** Sum of the counts the "N more replies" stubs show; a stub inside another stub is the same one. */
function notLoadedComments(document: Document): number {
  let total = 0;
  for (const stub of document.querySelectorAll(MORE_STUB)) {
    if (stub.parentElement?.closest(MORE_STUB)) continue;
    total += parseRedditCount(shownNumber(stub)) ?? 0;
  }
  return total;
}

/**
 * The number an element shows: `<faceplate-number number="21543">` draws "21.5k" (or nothing until
 * it upgrades), so its attribute is exact; otherwise the text.
 */
function shownNumber(element: Element | null): string | null {
  if (!element) return null;
  const number = element.matches("faceplate-number[number]")
    ? element
    : element.querySelector("faceplate-number[number]");
  return number?.getAttribute("number") ?? (inlineText(element) || null);
}

/**
 * The 2026 search page (composed from third-party scraping notes, not a capture): one
 * `search-telemetry-tracker[view-events]` per result inside <main> (the sidebar's use the same tag
 * outside it), title link `a[data-testid="post-title-text"]`, votes then comments as the two
 * `faceplate-number[number]` of `[data-testid="search-counter-row"]`, `faceplate-timeago[ts]`, and a
 * link reading "r/…". Results without a title link ("related searches") are skipped. No author.
 */
function searchResults(document: Document, url: string): RedditPost[] {
  const posts: RedditPost[] = [];
  for (const result of document.querySelectorAll(SEARCH_RESULT)) {
    const title = result.querySelector('a[data-testid="post-title-text"]');
    const permalink = absoluteUrl(title?.getAttribute("href"), url);
    const id = /\/comments\/([a-z0-9]+)/i.exec(permalink ?? "")?.[1];
    if (!title || !id) continue;
    const counters = result.querySelectorAll('[data-testid="search-counter-row"] faceplate-number');
    const community = [...result.querySelectorAll("a")].find((link) => /^r\//.test(oneLine(link.textContent)));
    posts.push({
      id,
      title: inlineText(title),
      body: "",
      author: null,
      subreddit: subredditFromPath(oneLine(community?.textContent)) ?? subredditFromPath(permalink),
      score: parseRedditNumber(shownNumber(counters[0] ?? null)),
      comments: parseRedditCount(shownNumber(counters[1] ?? null)),
      createdAt: isoTime(result.querySelector("faceplate-timeago[ts]")?.getAttribute("ts")),
      permalink,
    });
  }
  return posts;
}
