import { describe, expect, it } from "vitest";
import { engagementOf, median, subredditCounts } from "../../../extension/core/reddit-analysis/engagement";
import { comment, listing, NOW, post, thread } from "./pages";

// NOW is 2026-03-01T12:00:00Z.

describe("engagementOf a thread", () => {
  const page = thread(
    post("p1", "Ottoman", "", { score: 250, comments: 24, createdAt: "2026-03-01T04:00:00Z" }),
    [
      comment("c1", "one", 10),
      comment("c2", "two", 4),
      comment("c3", "three", null), // score hidden: left out, not 0
      comment("c4", "four", -2),
      comment("c5", "[deleted]", 50, { deleted: true }), // deleted: left out
      comment("c6", "six", 7),
    ],
    { moreComments: 5 },
  );

  it("should total and take the median of the known scores, and count comments per hour", () => {
    expect(engagementOf(page, NOW)).toEqual({
      posts: 1,
      postScoreTotal: 250,
      postScoreMedian: 250,
      reportedComments: 24,
      loadedComments: 5,
      deletedComments: 1,
      notLoadedComments: 5,
      commentScoreTotal: 19, // 10 + 4 − 2 + 7
      commentScoreMedian: 5.5, // −2, 4, 7, 10
      postAgeHours: 8,
      commentsPerHour: 3, // 24 comments in 8 hours
      commentsPerPost: 24,
    });
  });

  it("should count the comments on the page when the post shows no count", () => {
    const noCount = { ...page, posts: [{ ...page.posts[0], comments: null }] };
    const engagement = engagementOf(noCount, NOW);
    expect(engagement.reportedComments).toBe(0);
    expect(engagement.commentsPerPost).toBeNull();
    expect(engagement.commentsPerHour).toBe(11 / 8); // 6 on the page (1 deleted) + 5 not loaded
  });

  it("should count at least one hour for a young post", () => {
    const young = { ...page, posts: [{ ...page.posts[0], createdAt: "2026-03-01T11:30:00Z" }] };
    const engagement = engagementOf(young, NOW);
    expect(engagement.postAgeHours).toBe(0.5);
    expect(engagement.commentsPerHour).toBe(24);
  });

  it("should give no rate without a valid creation time in the past", () => {
    for (const createdAt of [null, "not a date", "2026-03-02T00:00:00Z"]) {
      const engagement = engagementOf({ ...page, posts: [{ ...page.posts[0], createdAt }] }, NOW);
      expect(engagement.postAgeHours).toBeNull();
      expect(engagement.commentsPerHour).toBeNull();
    }
  });

  it("should depend on `now` only through its argument", () => {
    expect(engagementOf(page, new Date("2026-03-01T16:00:00Z")).commentsPerHour).toBe(2); // 24 in 12 hours
    expect(engagementOf(page, NOW).commentsPerHour).toBe(3);
  });
});

describe("engagementOf a listing", () => {
  it("should total scores and comments over the posts and give comments per post", () => {
    const page = listing([
      post("a", "A", "", { score: 100, comments: 10, createdAt: "2026-02-28T12:00:00Z" }),
      post("b", "B", "", { score: 20, comments: null }),
      post("c", "C", "", { score: null, comments: 4 }),
      post("d", "D", "", { score: 3, comments: 1 }),
    ]);
    expect(engagementOf(page, NOW)).toEqual({
      posts: 4,
      postScoreTotal: 123,
      postScoreMedian: 20,
      reportedComments: 15,
      loadedComments: 0,
      deletedComments: 0,
      notLoadedComments: 0,
      commentScoreTotal: 0,
      commentScoreMedian: null,
      postAgeHours: null,
      commentsPerHour: null,
      commentsPerPost: 5, // 15 over the 3 posts that show a count
    });
  });
});

describe("subredditCounts", () => {
  it("should count posts per subreddit without case, most first, falling back to the page's subreddit", () => {
    const page = listing(
      [
        post("a", "A", "", { subreddit: "BuyItForLife" }),
        post("b", "B", "", { subreddit: "HomeDecorating" }),
        post("c", "C", "", { subreddit: "buyitforlife" }),
        post("d", "D", "", { subreddit: null }),
        post("e", "E", "", { subreddit: "Apartments" }),
      ],
      { subreddit: "HomeDecorating" },
    );
    expect(subredditCounts(page)).toEqual([
      { name: "BuyItForLife", posts: 2 },
      { name: "HomeDecorating", posts: 2 },
      { name: "Apartments", posts: 1 },
    ]);
  });

  it("should list the page's subreddit with 0 posts on an empty listing, and nothing without one", () => {
    expect(subredditCounts(listing([], { subreddit: "ottomans" }))).toEqual([{ name: "ottomans", posts: 0 }]);
    expect(subredditCounts(listing([]))).toEqual([]);
  });
});

describe("median", () => {
  it("should take the middle value, or the mean of the two middle values", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([9, 1, 5, 2])).toBe(3.5);
  });
});
