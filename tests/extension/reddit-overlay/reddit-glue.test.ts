import { describe, expect, it } from "vitest";
import { crawlEndMessage } from "../../../extension/core/crawl/crawl-end-message";
import { ideaFromReddit, redditIdeaTitle } from "../../../extension/core/ideas/idea-from-reddit";
import { savedIdeaSchema } from "../../../extension/core/ideas/saved-idea";
import { analyseRedditPage } from "../../../extension/core/reddit-analysis/analyse";
import { redditJsonRefusal } from "../../../extension/core/reddit/json-refusal";
import { mergeRedditPages } from "../../../extension/core/reddit/merge-pages";
import { threadJsonUrl } from "../../../extension/core/reddit/thread-json-url";
import type { RedditComment, RedditPage } from "../../../extension/core/reddit/types";

const comment = (id: string, body: string, score = 1): RedditComment => ({
  id,
  body,
  author: `user_${id}`,
  score,
  depth: 0,
  createdAt: "2026-11-26T08:00:00.000Z",
  permalink: `https://www.reddit.com/r/malelivingspace/comments/abc123/x/${id}/`,
  deleted: false,
});
const thread = (comments: RedditComment[], moreComments = 0): RedditPage => ({
  kind: "reddit-thread",
  posts: [
    {
      id: "abc123",
      title: "Looking for a folding storage ottoman that doesn't sag",
      body: "My cheap one broke after a month. Is there a folding storage ottoman that lasts?",
      author: "renter22",
      subreddit: "malelivingspace",
      score: 57,
      comments: 4,
      createdAt: "2026-11-26T06:00:00.000Z",
      permalink: "https://www.reddit.com/r/malelivingspace/comments/abc123/looking_for/",
    },
  ],
  comments,
  moreComments,
  subreddit: "malelivingspace",
});

describe("the Reddit overlay's glue", () => {
  it("asks for a thread's .json on the same host, and for none off threads", () => {
    expect(threadJsonUrl("https://www.reddit.com/r/malelivingspace/comments/abc123/looking_for/")).toBe(
      "https://www.reddit.com/comments/abc123.json?limit=500&raw_json=1",
    );
    expect(threadJsonUrl("https://old.reddit.com/r/malelivingspace/comments/abc123/")).toBe(
      "https://old.reddit.com/comments/abc123.json?limit=500&raw_json=1",
    );
    expect(threadJsonUrl("https://www.reddit.com/r/malelivingspace/")).toBeNull();
  });

  it("says why a .json answer cannot be used: login wall, 403 Blocked, 429, an HTML page", () => {
    const ok = { status: 200, url: "https://www.reddit.com/comments/abc123.json", contentType: "application/json" };
    expect(redditJsonRefusal(ok)).toBeNull();
    const login = redditJsonRefusal({ ...ok, url: "https://www.reddit.com/login/?dest=x", contentType: "text/html" });
    expect(login).toEqual({ reason: "blocked", page: "sign-in" });
    const blocked = redditJsonRefusal({ ...ok, status: 403, contentType: "text/html" });
    expect(blocked).toEqual({ reason: "http", status: 403 });
    expect(crawlEndMessage(blocked!, "Reddit", "the 152 comments read")).toBe(
      "Reddit refused the request (HTTP 403: blocked, or signed out), so reading stopped. Kept the 152 comments read.",
    );
    expect(redditJsonRefusal({ ...ok, status: 429 })).toEqual({ reason: "http", status: 429 });
    expect(redditJsonRefusal({ ...ok, contentType: "text/html; charset=utf-8" })?.reason).toBe("network");
  });

  it("adds the .json's collapsed comments to those on the page, each once", () => {
    const onPage = thread([comment("c1", "first"), comment("c2", "second")], 7);
    const json = thread([comment("c1", "first"), comment("c3", "collapsed one"), comment("c4", "collapsed two")], 2);
    const merged = mergeRedditPages(onPage, json);
    expect(merged.comments.map((c) => c.id)).toEqual(["c1", "c3", "c4", "c2"]);
    expect(merged.moreComments).toBe(2);
  });

  it("saves a thread under a keyword with its demand signals, valid against the idea's schema", () => {
    const page = thread([
      comment("c1", "I hate how the lid on my folding storage ottoman sagged after a week.", 12),
      comment("c2", "Can anyone recommend a folding storage ottoman with a hinged lid?", 30),
      comment("c3", "Is it worth it to pay more for a solid one?", 3),
    ]);
    const url = page.posts[0].permalink!;
    const analysis = analyseRedditPage(page, new Date("2026-11-26T09:00:00.000Z"));
    const idea = savedIdeaSchema.parse(
      ideaFromReddit(analysis, page, url, "  folding storage  ottoman ", new Date("2026-11-26T09:00:00Z")),
    );
    expect(idea).toMatchObject({
      id: "reddit:abc123",
      kind: "reddit-thread",
      marketplace: "reddit.com",
      title: "Looking for a folding storage ottoman that doesn't sag",
      keyword: "folding storage ottoman",
    });
    expect(idea.reddit?.subreddits).toEqual(["malelivingspace"]);
    expect(idea.reddit?.signals?.mentions).toBe(3);
    expect(idea.reddit?.signals?.solutionRequests).toBeGreaterThanOrEqual(2);
    expect(idea.reddit?.groups.pain).toBe(analysis.groups.pain.count);

    const unkeyed = ideaFromReddit(analysis, page, url, "   ", new Date());
    expect(unkeyed.keyword).toBeNull();
    expect(unkeyed.reddit?.signals).toBeNull();
  });

  it("names listings by their search or subreddit", () => {
    const listing: RedditPage = { kind: "reddit-listing", posts: [], comments: [], moreComments: 0, subreddit: null };
    expect(redditIdeaTitle(listing, "https://www.reddit.com/search/?q=storage+ottoman")).toBe(
      "Reddit search “storage ottoman”",
    );
    expect(redditIdeaTitle({ ...listing, subreddit: "BuyItForLife" }, "https://old.reddit.com/r/BuyItForLife/")).toBe(
      "r/BuyItForLife",
    );
  });
});
