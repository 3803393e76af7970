import { describe, expect, it } from "vitest";
import { parseRedditJson } from "../../../extension/core/reddit/json";
import { loadJson, valid } from "./pages";

// Expected values: tests/fixtures/reddit/SOURCES.md (copied from ../shared/fixtures/SOURCES.md §4c).
describe("the thread JSON r/javascript 7c4iry", () => {
  const url = "https://www.reddit.com/r/javascript/comments/7c4iry/currying_is_not_idiomatic_in_javascript/.json";
  const page = valid(parseRedditJson(loadJson("json/reddit_thread_r-javascript_7c4iry.json"), url));

  it("reads the t3 post", () => {
    expect(page.kind).toBe("reddit-thread");
    expect(page.subreddit).toBe("javascript");
    expect(page.posts).toEqual([
      {
        id: "7c4iry",
        title: "Currying is not idiomatic in JavaScript",
        body: "",
        author: "lhorie",
        subreddit: "javascript",
        score: 7,
        comments: 2,
        createdAt: "2017-11-10T22:32:03.000Z", // created_utc 1510353123
        permalink: "https://www.reddit.com/r/javascript/comments/7c4iry/currying_is_not_idiomatic_in_javascript/",
      },
    ]);
  });

  it("reads the 2 top-level comments; no replies, no 'more'", () => {
    expect(page.comments.map(({ id, author, score, depth }) => ({ id, author, score, depth }))).toEqual([
      { id: "dpng2il", author: "RegulationSizeOrWhat", score: 1, depth: 0 },
      { id: "dpngnx2", author: "josephjnk", score: 1, depth: 0 },
    ]);
    expect(page.comments[1].body).toMatch(/^Currying may not be idiomatic to JS.*\n\nAlso, to the note about types/s);
    expect(page.comments[0].permalink).toBe(
      "https://www.reddit.com/r/javascript/comments/7c4iry/currying_is_not_idiomatic_in_javascript/dpng2il/",
    );
    expect(page.moreComments).toBe(0);
  });

  it("reads the same without a URL (links against www.reddit.com)", () => {
    expect(parseRedditJson(loadJson("json/reddit_thread_r-javascript_7c4iry.json"))).toEqual(page);
  });
});

describe("the listing JSON (front page, 2018-02-15)", () => {
  const page = valid(
    parseRedditJson(loadJson("json/reddit_listing_hot_multi-sub_2018-02-15.json"), "https://www.reddit.com/.json"),
  );

  it("reads 25 posts from 25 subreddits, the page belonging to none", () => {
    expect(page.kind).toBe("reddit-listing");
    expect(page.subreddit).toBeNull();
    expect(page.posts).toHaveLength(25);
    expect(new Set(page.posts.map((post) => post.subreddit)).size).toBe(25);
  });

  it("reads the first two posts: 7xnroa 33130/2456, 7xngk6 54963/550", () => {
    expect(page.posts[0]).toEqual({
      id: "7xnroa",
      title: "Incredibles 2 - Olympics Sneak Peek",
      body: "",
      author: "DemiFiendRSA",
      subreddit: "movies",
      score: 33130,
      comments: 2456,
      createdAt: "2018-02-15T03:35:08.000Z",
      permalink: "https://www.reddit.com/r/movies/comments/7xnroa/incredibles_2_olympics_sneak_peek/",
    });
    expect(page.posts[1]).toMatchObject({ id: "7xngk6", score: 54963, comments: 550 });
  });

  it("has creation times from 2018-02-14T22:54:46Z to 2018-02-15T04:36:44Z", () => {
    const times = page.posts.map((post) => post.createdAt ?? "").sort();
    expect(times[0]).toBe("2018-02-14T22:54:46.000Z");
    expect(times[times.length - 1]).toBe("2018-02-15T04:36:44.000Z");
  });

  it("takes the subreddit of a one-subreddit listing from the URL", () => {
    const listing = parseRedditJson(
      loadJson("json/reddit_listing_hot_multi-sub_2018-02-15.json"),
      "https://old.reddit.com/r/movies/top.json?t=day",
    );
    expect(listing.subreddit).toBe("movies");
    expect(listing.posts[0].permalink).toBe(
      "https://old.reddit.com/r/movies/comments/7xnroa/incredibles_2_olympics_sneak_peek/",
    );
  });
});

/** A t1 comment as the API returns it, with the fields the parser reads. */
function t1(id: string, body: string, replies: unknown = "", extra: Record<string, unknown> = {}) {
  return {
    kind: "t1",
    data: {
      id,
      body,
      author: "someone",
      score: 3,
      created_utc: 1709317344,
      permalink: `/r/x/comments/abc/t/${id}/`,
      replies,
      ...extra,
    },
  };
}
const listing = (children: unknown[]) => ({ kind: "Listing", data: { after: null, before: null, children } });
const post = listing([
  {
    kind: "t3",
    data: {
      id: "abc",
      title: "Q &amp; A &lt;3",
      selftext: "a &gt; b",
      author: "[deleted]",
      subreddit: "x",
      score: 10,
      num_comments: 9,
      created_utc: 1709317344.5,
      permalink: "/r/x/comments/abc/t/",
    },
  },
]);

describe("thread JSON with replies, deleted comments and 'more' stubs (composed)", () => {
  const page = valid(
    parseRedditJson([
      post,
      listing([
        t1(
          "c1",
          "top",
          listing([
            t1(
              "c2",
              "[deleted]",
              listing([
                t1("c3", "deep", "", { author: "[deleted]" }),
                { kind: "more", data: { count: 4, children: ["c9"] } },
              ]),
            ),
          ]),
        ),
        t1("c4", "[removed]", "", { score_hidden: true }),
        { kind: "more", data: { count: 2, children: ["c7", "c8"] } },
        { kind: "more", data: { count: 0, children: [], id: "_" } },
      ]),
    ]),
  );

  it("flattens the replies in page order with their depth", () => {
    expect(page.comments.map(({ id, depth, deleted }) => [id, depth, deleted])).toEqual([
      ["c1", 0, false],
      ["c2", 1, true],
      ["c3", 2, false],
      ["c4", 0, true],
    ]);
    expect(page.comments[1].body).toBe("");
    expect(page.comments[2].author).toBeNull();
    expect(page.comments[3].score).toBeNull(); // score_hidden
  });

  it("sums the 'more' stubs, nested ones included", () => {
    expect(page.moreComments).toBe(6);
  });

  it("decodes the &amp; &lt; &gt; Reddit escapes without raw_json=1", () => {
    expect(page.posts[0]).toMatchObject({
      title: "Q & A <3",
      body: "a > b",
      author: null,
      createdAt: "2024-03-01T18:22:24.500Z",
    });
    const raw = parseRedditJson([post, listing([])], "https://www.reddit.com/r/x/comments/abc/t/.json?raw_json=1");
    expect(raw.posts[0].title).toBe("Q &amp; A &lt;3");
  });
});

describe("JSON that is not a Reddit thread or listing", () => {
  it.each([
    ["text that is not JSON", "<html>Blocked</html>", /^Reddit JSON: not JSON/],
    ["an object without Listing", { error: 403, message: "Blocked" }, /^Reddit JSON: a listing is .*\n.*kind/s],
    ["an array of one Listing", [listing([])], /^Reddit JSON: a thread is an array of two Listings/],
    ["a post without a title", listing([{ kind: "t3", data: { id: "abc" } }]), /child 0 \(t3\).*\n.*title/s],
    [
      "a comment without an id",
      [post, listing([{ kind: "t1", data: { body: "x" } }])],
      /comment 0 at depth 0.*\n.*id/s,
    ],
    ["a 'more' stub without a count", [post, listing([{ kind: "more", data: {} }])], /"more" stub.*\n.*count/s],
    ["a thread without a post", [listing([]), listing([])], /holds no t3 post/],
  ])("throws a clear Error for %s", (_, value, message) => {
    expect(() => parseRedditJson(value)).toThrow(message);
  });

  it("reads a payload passed as text", () => {
    expect(parseRedditJson(JSON.stringify(post)).posts[0].id).toBe("abc");
  });
});
