import { blockText, inlineText } from "./text";
import { absoluteUrl, authorName, isPlaceholder, thingId } from "./fields";
import { parseRedditCount, parseRedditNumber } from "./numbers";
import { parseRedditUrl, subredditFromPath, type RedditUrl } from "./page-kind";
import { isoTime } from "./time";
import { nestingDepth, ownChild } from "./tree";
import type { RedditComment, RedditPage, RedditPost } from "./types";

/**
 * The legacy design (old.reddit.com, and www.reddit.com until 2018): every post and comment is a
 * `.thing` whose `data-*` attributes carry most of the data (../shared/research/extension.md §4
 * "old.reddit.com"); what they lack is read from the rendered text, which follows the user's UI
 * language ("782 komentárov", "970 bodov"). Replies nest in the comment's `.child`, so a comment's
 * own parts are those of its own `.entry`.
 */
const POST = '.thing[data-fullname^="t3_"]';
const PROMOTED = '.promoted, .promotedlink, [data-promoted="true"]';
const COMMENT = '.thing.comment[data-fullname^="t1_"]';
/**
 * "load more comments (3 replies)", "načítať viac komentárov (3 odpovede)" in Slovak: the first
 * number is the count in every UI language. "continue this thread" rows (`.thing.morerecursion`)
 * show none and are not counted.
 */
const MORE_CHILDREN = ".thing.morechildren";

export function parseLegacyPage(document: Document, url: string): RedditPage | null {
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
  for (const stub of document.querySelectorAll(MORE_CHILDREN)) {
    moreComments += parseRedditCount(inlineText(stub.querySelector(".morecomments"))) ?? 0;
  }
  return {
    kind: location.kind,
    posts: post ? [post] : [],
    comments,
    moreComments,
    subreddit: location.subreddit ?? post?.subreddit ?? null,
  };
}

/** The post list: `#siteTable` (the sidebar holds `.thing`s too, without `data-fullname`). */
function postElements(document: Document): Element[] {
  const siteTable = document.querySelector("#siteTable");
  return [...(siteTable ?? document).querySelectorAll(POST)];
}

function threadPost(document: Document, location: RedditUrl, url: string): RedditPost | null {
  const elements = postElements(document);
  const own = elements.find((element) => thingId("t3", element.getAttribute("data-fullname")) === location.postId);
  const element = own ?? elements[0];
  return element ? parsePost(element, url) : null;
}

function listingPosts(document: Document, url: string): RedditPost[] {
  const posts: RedditPost[] = [];
  for (const element of postElements(document)) {
    if (element.matches(PROMOTED)) continue;
    const post = parsePost(element, url);
    if (post) posts.push(post);
  }
  return posts;
}

function parsePost(element: Element, url: string): RedditPost | null {
  const id = thingId("t3", element.getAttribute("data-fullname"));
  if (!id) return null;
  const entry = ownEntry(element);
  const commentsLink = entry?.querySelector("a.comments") ?? null;
  const permalink = absoluteUrl(element.getAttribute("data-permalink") ?? commentsLink?.getAttribute("href"), url);
  return {
    id,
    title: inlineText(entry?.querySelector("a.title")),
    body: blockText(entry?.querySelector(".usertext-body .md")),
    author: authorName(element.getAttribute("data-author") ?? inlineText(entry?.querySelector(".tagline .author"))),
    subreddit: element.getAttribute("data-subreddit") || subredditFromPath(permalink),
    score: parseRedditNumber(
      element.getAttribute("data-score") ?? inlineText(ownChild(element, isMidcol)?.querySelector(".score.unvoted")),
    ),
    comments: commentCount(element.getAttribute("data-comments-count"), commentsLink),
    createdAt: isoTime(
      element.getAttribute("data-timestamp") ??
        entry?.querySelector(".tagline time[datetime]")?.getAttribute("datetime"),
    ),
    permalink,
  };
}

/** A post without comments has a comments link with a word only ("comment", "komentovať"): 0. */
function commentCount(attribute: string | null, link: Element | null): number | null {
  const count = parseRedditCount(attribute ?? inlineText(link));
  return count === null && attribute === null && link ? 0 : count;
}

function parseComment(element: Element, url: string): RedditComment | null {
  const id = thingId("t1", element.getAttribute("data-fullname"));
  if (!id) return null;
  const entry = ownEntry(element);
  const tagline = entry?.querySelector(".tagline");
  const text = blockText(entry?.querySelector(".usertext-body .md"));
  const deleted = element.classList.contains("deleted") || isPlaceholder(text);
  const permalink =
    element.getAttribute("data-permalink") ??
    entry?.querySelector('.buttons a.bylink[data-event-action="permalink"], .buttons a.bylink')?.getAttribute("href");
  return {
    id,
    body: deleted ? "" : text,
    author: authorName(element.getAttribute("data-author") ?? inlineText(tagline?.querySelector(".author"))),
    // "[score hidden]" (`.score-hidden`) for new comments in some subreddits: no `.score.unvoted` at all.
    score: parseRedditNumber(
      element.getAttribute("data-score") ?? inlineText(tagline?.querySelector(".score.unvoted")),
    ),
    depth: nestingDepth(element, isCommentThing),
    createdAt: isoTime(tagline?.querySelector("time[datetime]")?.getAttribute("datetime")),
    permalink: absoluteUrl(permalink, url),
    deleted,
  };
}

function ownEntry(thing: Element): Element | null {
  return ownChild(thing, (child) => child.classList.contains("entry"));
}

function isCommentThing(element: Element): boolean {
  return element.classList.contains("comment") && element.classList.contains("thing");
}

function isMidcol(child: Element): boolean {
  return child.classList.contains("midcol");
}
