import { describe, expect, it } from "vitest";
import { parseRedditUrl, redditPageKind, subredditFromPath } from "../../../extension/core/reddit/page-kind";

describe("parseRedditUrl", () => {
  it.each([
    ["https://www.reddit.com/r/gifs/comments/579km2/happiness/", "reddit-thread", "gifs", "579km2"],
    ["https://old.reddit.com/r/gifs/comments/579km2/happiness/d8q3zds/", "reddit-thread", "gifs", "579km2"],
    ["https://reddit.com/r/aww/comments/aybw1m/comment/ehzt0zo/?context=3", "reddit-thread", "aww", "aybw1m"],
    ["https://new.reddit.com/r/aww/comments/aybw1m", "reddit-thread", "aww", "aybw1m"],
    ["https://www.reddit.com/comments/7c4iry/", "reddit-thread", null, "7c4iry"],
    ["https://www.reddit.com/r/javascript/comments/7c4iry/currying/.json", "reddit-thread", "javascript", "7c4iry"],
    ["https://www.reddit.com/r/worldnews/", "reddit-listing", "worldnews", null],
    ["https://old.reddit.com/r/worldnews/top/?t=week", "reddit-listing", "worldnews", null],
    ["https://www.reddit.com/r/worldnews.json?limit=100", "reddit-listing", "worldnews", null],
    ["https://www.reddit.com/r/worldnews/new.json", "reddit-listing", "worldnews", null],
    ["https://www.reddit.com/", "reddit-listing", null, null],
    ["https://www.reddit.com/.json", "reddit-listing", null, null],
    ["https://www.reddit.com/best/", "reddit-listing", null, null],
    ["https://www.reddit.com/search/?q=backpack", "reddit-listing", null, null],
    ["https://www.reddit.com/r/BuyItForLife/search/?q=backpack&restrict_sr=1", "reddit-listing", "BuyItForLife", null],
    ["https://www.reddit.com/r/all/", "reddit-listing", null, null],
    ["https://www.reddit.com/r/popular/top/", "reddit-listing", null, null],
    ["https://www.reddit.com/r/movies+television/", "reddit-listing", null, null],
  ])("%s → %s, subreddit %s, post %s", (url, kind, subreddit, postId) => {
    expect(parseRedditUrl(url)).toEqual({ kind, subreddit, postId });
  });

  it.each([
    "https://www.reddit.com/user/moniso/",
    "https://www.reddit.com/r/aww/wiki/index",
    "https://www.reddit.com/r/aww/about/",
    "https://www.reddit.com/r/aww/s/AbCdEf123",
    "https://www.reddit.com/r/aww/comments/",
    "https://www.amazon.com/r/aww/",
    "https://evilreddit.com/r/aww/",
    "ftp://www.reddit.com/r/aww/",
    "not a url",
  ])("%s is no thread or listing", (url) => {
    expect(parseRedditUrl(url)).toBeNull();
    expect(redditPageKind(url)).toBeNull();
  });

  it("gives the kind alone", () => {
    expect(redditPageKind("https://old.reddit.com/r/gifs/comments/579km2/happiness/")).toBe("reddit-thread");
    expect(redditPageKind("https://old.reddit.com/r/gifs/")).toBe("reddit-listing");
  });
});

describe("subredditFromPath", () => {
  it.each([
    ["/r/aww/comments/aybw1m/x/", "aww"],
    ["r/BuyItForLife", "BuyItForLife"],
    ["https://old.reddit.com/r/gifs/", "gifs"],
    ["/r/all/", null],
    ["u/someone", null],
    [null, null],
  ])("%s → %s", (path, subreddit) => {
    expect(subredditFromPath(path)).toBe(subreddit);
  });
});
