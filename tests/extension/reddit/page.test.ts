import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRedditJson } from "../../../extension/core/reddit/json";
import { parseRedditPage, redditMarkup } from "../../../extension/core/reddit/page";
import { loadJson, loadPage, pageFrom, REDDIT_FIXTURES, valid } from "./pages";

describe("the captured Reddit pages", () => {
  // Sizes as listed in ../shared/fixtures/SOURCES.md §4: the copies are byte for byte.
  it.each([
    ["old_html/reddit_2016_r-gifs_579km2_thread_sk-locale.html", 1835756],
    ["old_html/reddit_2016_r-worldnews_listing.html", 209224],
    ["new_html_2019_redesign/reddit_redesign_r-aww_aybw1m_thread.html", 2656126],
    ["json/reddit_thread_r-javascript_7c4iry.json", 6071],
    ["json/reddit_listing_hot_multi-sub_2018-02-15.json", 103848],
  ])("include %s unchanged (%d bytes)", (fixture, bytes) => {
    expect(statSync(`${REDDIT_FIXTURES}${fixture}`).size).toBe(bytes);
  });
});

describe("parseRedditPage", () => {
  it.each([
    [
      "old_html/reddit_2016_r-gifs_579km2_thread_sk-locale.html",
      "https://old.reddit.com/r/gifs/comments/579km2/happiness/",
      "legacy",
      { kind: "reddit-thread", post: "579km2", comments: 200 },
    ],
    [
      "old_html/reddit_2016_r-worldnews_listing.html",
      "https://old.reddit.com/r/worldnews/",
      "legacy",
      { kind: "reddit-listing", post: "56rk5v", comments: 0 },
    ],
    [
      "new_html_2019_redesign/reddit_redesign_r-aww_aybw1m_thread.html",
      "https://www.reddit.com/r/aww/comments/aybw1m/nothing_to_see_here_human/",
      "redesign",
      { kind: "reddit-thread", post: "aybw1m", comments: 180 },
    ],
    [
      "shreddit/thread_r-buyitforlife_1b8xk2q_de.html",
      "https://www.reddit.com/r/BuyItForLife/comments/1b8xk2q/welcher_rucksack_halt_wirklich_ewig/",
      "shreddit",
      { kind: "reddit-thread", post: "1b8xk2q", comments: 9 },
    ],
    [
      "shreddit/listing_r-buyitforlife_top.html",
      "https://www.reddit.com/r/BuyItForLife/top/",
      "shreddit",
      { kind: "reddit-listing", post: "1b8xk2q", comments: 0 },
    ],
    [
      "shreddit/search_backpack_2026.html",
      "https://www.reddit.com/search/?q=backpack",
      "shreddit",
      { kind: "reddit-listing", post: "1c0ffee", comments: 0 },
    ],
  ])("reads %s as %s markup", (fixture, url, markup, expected) => {
    const document = loadPage(fixture);
    expect(redditMarkup(document)).toBe(markup);
    const page = valid(parseRedditPage(document, url));
    expect({ kind: page.kind, post: page.posts[0]?.id, comments: page.comments.length }).toEqual(expected);
  });

  it("returns null for another page of Reddit or a page in no Reddit markup", () => {
    const thread = loadPage("shreddit/thread_r-buyitforlife_1b8xk2q_de.html");
    expect(parseRedditPage(thread, "https://www.reddit.com/user/wanderlust_anna/")).toBeNull();
    expect(parseRedditPage(thread, "https://www.amazon.com/r/BuyItForLife/")).toBeNull();
    const empty = pageFrom("<div id='root'>Loading…</div>");
    expect(redditMarkup(empty)).toBeNull();
    expect(parseRedditPage(empty, "https://www.reddit.com/r/BuyItForLife/")).toBeNull();
  });

  it("is re-exported with parseRedditJson", () => {
    expect(parseRedditJson(loadJson("json/reddit_thread_r-javascript_7c4iry.json")).posts[0].id).toBe("7c4iry");
  });
});
