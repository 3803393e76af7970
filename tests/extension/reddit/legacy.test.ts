import { describe, expect, it } from "vitest";
import { parseLegacyPage } from "../../../extension/core/reddit/legacy";
import { loadPage, pageFrom, valid } from "./pages";

// Expected values: tests/fixtures/reddit/SOURCES.md (copied from ../shared/fixtures/SOURCES.md §4a).
describe("the 2016 legacy thread r/gifs 579km2 (Slovak UI)", () => {
  const url = "https://www.reddit.com/r/gifs/comments/579km2/happiness/";
  const page = valid(parseLegacyPage(loadPage("old_html/reddit_2016_r-gifs_579km2_thread_sk-locale.html"), url));

  it("reads the post from its data-* attributes and the Slovak counters", () => {
    expect(page.kind).toBe("reddit-thread");
    expect(page.subreddit).toBe("gifs");
    expect(page.posts).toEqual([
      {
        id: "579km2",
        title: "Happiness",
        body: "",
        author: "Ms_Virtualizza",
        subreddit: "gifs",
        score: 7811,
        comments: 782, // "782 komentárov"
        createdAt: "2016-10-13T10:28:11.000Z", // data-timestamp 1476354491000
        permalink: "https://www.reddit.com/r/gifs/comments/579km2/happiness/",
      },
    ]);
  });

  it("reads all 200 comments, the first by ThatsMyHoverboard with 970 points ('970 bodov')", () => {
    expect(page.comments).toHaveLength(200);
    expect(page.comments[0]).toEqual({
      id: "d8q3zds",
      body: "https://i.imgur.com/qqQHdMZ.gifv",
      author: "ThatsMyHoverboard",
      score: 970,
      depth: 0,
      createdAt: "2016-10-13T11:39:02.000Z",
      permalink: "https://www.reddit.com/r/gifs/comments/579km2/happiness/d8q3zds",
      deleted: false,
    });
  });

  it("takes each comment's own text, not its replies', and its depth from the nesting", () => {
    expect(page.comments.slice(1, 4).map(({ id, author, score, depth }) => ({ id, author, score, depth }))).toEqual([
      { id: "d8q5teu", author: "mrhelton", score: 673, depth: 1 },
      { id: "d8q5ykq", author: "feral__ghoul", score: 920, depth: 2 },
      { id: "d8q6320", author: "Cheesemacher", score: 126, depth: 3 },
    ]);
    // The source wraps long paragraphs: the line break is a space.
    expect(page.comments[1].body).toBe(
      "I wish I had the power to make people that happy with only a signature and a few seconds of my time.",
    );
    expect(page.comments[3].body).toBe("Surely it depends on the amount.");
  });

  it("reads the Slovak plural '4 body' and leaves the 44 '[skóre skryté]' (score hidden) scores null", () => {
    expect(page.comments.find((comment) => comment.id === "d8q6cf2")).toMatchObject({
      author: "rewardsthroway",
      score: 4,
    });
    expect(page.comments.filter((comment) => comment.score === null)).toHaveLength(44);
    expect(page.comments.find((comment) => comment.id === "d8q96tc")).toMatchObject({
      author: "PersianMG",
      score: null,
    });
    expect(page.comments.every((comment) => !comment.deleted)).toBe(true);
  });

  it("sums the 104 'načítať viac komentárov (N odpovedí)' stubs: 601 comments not loaded", () => {
    // 43×1 + 23×2 + 9×3 + 6×4 + 5×5 + 4×6 + 3×7 + 2×8 + 9 + 2×10 + 11 + 13 + 15 + 18 + 76 + 213; the one
    // "pokračovať vo vlákne" (continue this thread) row shows no number.
    expect(page.moreComments).toBe(601);
  });
});

describe("the 2016 legacy listing r/worldnews", () => {
  const page = valid(
    parseLegacyPage(loadPage("old_html/reddit_2016_r-worldnews_listing.html"), "https://www.reddit.com/r/worldnews/"),
  );

  it("reads the 25 posts of #siteTable (not the sidebar's .thing links)", () => {
    expect(page.kind).toBe("reddit-listing");
    expect(page.subreddit).toBe("worldnews");
    expect(page.comments).toEqual([]);
    expect(page.posts).toHaveLength(25);
    expect(page.posts.slice(0, 3).map((post) => post.id)).toEqual(["56rk5v", "56s7tj", "56qs8q"]);
  });

  it("reads the first post: statelessnfaithless, 5327 points, '747 comments'", () => {
    expect(page.posts[0]).toEqual({
      id: "56rk5v",
      title: "Hurricane Matthew toll in Haiti rises to 1,000, dead buried in mass graves",
      body: "",
      author: "statelessnfaithless",
      subreddit: "worldnews",
      score: 5327,
      comments: 747,
      createdAt: "2016-10-10T11:45:15.000Z",
      permalink: "https://www.reddit.com/r/worldnews/comments/56rk5v/hurricane_matthew_toll_in_haiti_rises_to_1000/",
    });
  });

  it("leaves the score hidden as '•' null", () => {
    expect(page.posts.find((post) => post.id === "56tswf")).toMatchObject({ score: null, comments: 38 });
  });
});

describe("legacy markup variants (composed)", () => {
  const url = "https://old.reddit.com/r/BuyItForLife/comments/1b8xk2q/backpacks/";

  it("prefers data-score, data-comments-count and data-permalink, and reads a self post's text", () => {
    const page = valid(
      parseLegacyPage(
        pageFrom(`
          <div id="siteTable" class="sitetable linklisting">
            <div class="thing id-t3_1b8xk2q self link" data-fullname="t3_1b8xk2q" data-author="wanderlust_anna"
              data-subreddit="BuyItForLife" data-score="1502" data-comments-count="0" data-timestamp="1709317344180"
              data-permalink="/r/BuyItForLife/comments/1b8xk2q/backpacks/">
              <div class="midcol unvoted"><div class="score unvoted">•</div></div>
              <div class="entry unvoted">
                <p class="title"><a class="title" href="/r/BuyItForLife/comments/1b8xk2q/backpacks/">Backpacks?</a></p>
                <div class="expando"><form class="usertext"><div class="usertext-body"><div class="md">
                  <p>Which one lasts?</p><p>Budget &amp; weight matter.</p>
                </div></div></form></div>
                <ul class="flat-list buttons"><li class="first"><a class="bylink comments" href="/r/BuyItForLife/comments/1b8xk2q/backpacks/">comment</a></li></ul>
              </div>
            </div>
          </div>
          <div class="commentarea"><div class="sitetable nestedlisting">
            <div class="thing id-t1_kub3f01 comment deleted" data-fullname="t1_kub3f01">
              <div class="entry unvoted"><p class="tagline"><em>[deleted]</em> <span class="score unvoted">-3 points</span></p>
                <form class="usertext"><div class="usertext-body"><div class="md"><p>[deleted]</p></div></div></form></div>
              <div class="child"><div class="sitetable listing">
                <div class="thing id-t1_kub4a11 comment" data-fullname="t1_kub4a11" data-author="ultralight_ben"
                  data-permalink="/r/BuyItForLife/comments/1b8xk2q/backpacks/kub4a11/">
                  <div class="entry unvoted"><p class="tagline"><a class="author">ultralight_ben</a>
                    <span class="score unvoted">1,234 points</span><time datetime="2024-03-01T19:40:02+00:00">2 years ago</time></p>
                    <form class="usertext"><div class="usertext-body"><div class="md"><p>Mine is from 2009.</p></div></div></form></div>
                </div>
                <div class="thing id-t1_kub5d22 morechildren" data-fullname="t1_kub5d22">
                  <div class="entry"><span class="morecomments"><a>load more comments<span class="gray">&nbsp;(3 replies)</span></a></span></div>
                </div>
              </div></div>
            </div>
          </div></div>`),
        url,
      ),
    );
    expect(page.posts[0]).toMatchObject({
      score: 1502,
      comments: 0,
      body: "Which one lasts?\nBudget & weight matter.",
      createdAt: "2024-03-01T18:22:24.180Z",
      permalink: "https://old.reddit.com/r/BuyItForLife/comments/1b8xk2q/backpacks/",
    });
    expect(page.comments).toEqual([
      { id: "kub3f01", body: "", author: null, score: -3, depth: 0, createdAt: null, permalink: null, deleted: true },
      {
        id: "kub4a11",
        body: "Mine is from 2009.",
        author: "ultralight_ben",
        score: 1234,
        depth: 1,
        createdAt: "2024-03-01T19:40:02.000Z",
        permalink: "https://old.reddit.com/r/BuyItForLife/comments/1b8xk2q/backpacks/kub4a11/",
        deleted: false,
      },
    ]);
    expect(page.moreComments).toBe(3);
  });

  it("reads 0 comments from a comments link without a number ('comment')", () => {
    const page = valid(
      parseLegacyPage(
        pageFrom(`<div id="siteTable"><div class="thing link" data-fullname="t3_abc123">
          <div class="entry"><a class="title">T</a><a class="comments" href="/r/x/comments/abc123/t/">comment</a></div></div></div>`),
        "https://old.reddit.com/r/x/",
      ),
    );
    expect(page.posts[0]).toMatchObject({ id: "abc123", comments: 0, score: null, author: null, subreddit: "x" });
  });

  it("returns null for a URL that is not a thread or listing", () => {
    expect(parseLegacyPage(pageFrom(""), "https://old.reddit.com/user/someone/")).toBeNull();
  });
});
