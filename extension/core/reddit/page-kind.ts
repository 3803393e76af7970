import type { RedditPageKind } from "./types";

/** What a Reddit URL says about its page. */
export interface RedditUrl {
  kind: RedditPageKind;
  /** "gifs" for /r/gifs/…; null on the front page, r/all, r/popular, multireddits (r/a+b) and /comments/<id>. */
  subreddit: string | null;
  /** The thread's post id (base 36, no "t3_"); null on listings. */
  postId: string | null;
}

const REDDIT_HOSTS = new Set(["reddit.com", "www.reddit.com", "old.reddit.com", "new.reddit.com"]);
const LISTING_SORTS = new Set(["hot", "new", "top", "rising", "controversial", "best", "gilded"]);
/** Listings that mix every subreddit: they belong to none. */
const SITE_WIDE = new Set(["all", "popular"]);
const BASE36 = /^[a-z0-9]+$/i;
const SUBREDDIT = /^[A-Za-z0-9_+]+$/;

/**
 * Threads: /r/<sub>/comments/<id>/<slug>/ (also a comment's permalink under it) and /comments/<id>/.
 * Listings: /, /hot/ and the other sorts, /r/<sub>/, /r/<sub>/<sort>/, /search?q=…, /r/<sub>/search?q=….
 * The `.json` forms of these (/r/<sub>.json, /r/<sub>/top.json, …/<slug>/.json) read the same.
 * Anything else (user pages, wikis, other hosts) is null.
 */
export function parseRedditUrl(url: string): RedditUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol) || !REDDIT_HOSTS.has(parsed.hostname.toLowerCase())) return null;
  const segments = pathSegments(parsed.pathname);
  const [first, second, third] = segments.map((segment) => segment.toLowerCase());

  if (first === "comments") return thread(null, segments[1]);
  if (first !== "r") {
    const isListing =
      segments.length === 0 || (segments.length === 1 && (LISTING_SORTS.has(first) || first === "search"));
    return isListing ? { kind: "reddit-listing", subreddit: null, postId: null } : null;
  }
  const name = segments[1] ?? "";
  if (!SUBREDDIT.test(name)) return null;
  const subreddit = SITE_WIDE.has(second) || name.includes("+") ? null : name;
  if (third === "comments") return thread(subreddit, segments[3]);
  const isListing =
    segments.length === 2 || (segments.length === 3 && (LISTING_SORTS.has(third) || third === "search"));
  return isListing ? { kind: "reddit-listing", subreddit, postId: null } : null;
}

export function redditPageKind(url: string): RedditPageKind | null {
  return parseRedditUrl(url)?.kind ?? null;
}

/** The subreddit named in a URL or a site-relative link ("/r/aww/comments/…"), whatever the page. */
export function subredditFromPath(href: string | null | undefined): string | null {
  const match = /(?:^|\/)r\/([A-Za-z0-9_]+)(?:[/?#.]|$)/.exec(href ?? "");
  return match && !SITE_WIDE.has(match[1].toLowerCase()) ? match[1] : null;
}

function thread(subreddit: string | null, id: string | undefined): RedditUrl | null {
  return id && BASE36.test(id) ? { kind: "reddit-thread", subreddit, postId: id.toLowerCase() } : null;
}

/** Path segments without the `.json` ending of the API form ("/r/x.json", "/r/x/.json"). */
function pathSegments(pathname: string): string[] {
  const segments = pathname.split("/").filter((segment) => segment !== "");
  const last = segments.length - 1;
  if (last >= 0 && segments[last].toLowerCase().endsWith(".json")) {
    segments[last] = segments[last].slice(0, -".json".length);
    if (segments[last] === "") segments.pop();
  }
  return segments;
}
