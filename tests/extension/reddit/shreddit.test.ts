import { describe, expect, it } from "vitest";
import { parseShredditPage } from "../../../extension/core/reddit/shreddit";
import { loadPage, pageFrom, valid } from "./pages";

// Composed pages (tests/fixtures/reddit/shreddit/, see SOURCES.md there): no capture of today's markup exists.
describe("a shreddit thread in the German UI", () => {
  const url = "https://www.reddit.com/r/BuyItForLife/comments/1b8xk2q/welcher_rucksack_halt_wirklich_ewig/";
  const page = valid(parseShredditPage(loadPage("shreddit/thread_r-buyitforlife_1b8xk2q_de.html"), url));

  it("reads the post from the shreddit-post attributes", () => {
    expect(page.kind).toBe("reddit-thread");
    expect(page.subreddit).toBe("BuyItForLife");
    expect(page.posts).toEqual([
      {
        id: "1b8xk2q",
        title: "Welcher Rucksack hält wirklich ewig?",
        body: "Mein letzter Rucksack ist nach drei Jahren am Reißverschluss kaputtgegangen.\nWas hält bei euch seit Jahren? Budget bis 150 €.",
        author: "wanderlust_anna",
        subreddit: "BuyItForLife",
        score: 21543,
        comments: 1234,
        createdAt: "2024-03-01T18:22:24.180Z",
        permalink: url,
      },
    ]);
  });

  it("reads every comment once, nested replies included, with its depth", () => {
    expect(page.comments.map((comment) => [comment.id, comment.depth])).toEqual([
      ["kub3f01", 0],
      ["kub4a11", 1],
      ["kub5d22", 2],
      ["kub6e33", 3],
      ["kub7f44", 1],
      ["kub8a55", 0],
      ["kub9b66", 0],
      ["kuba0c7", 1],
      ["kubb1d8", 0],
    ]);
  });

  it("takes each comment's own body, not its replies' bodies", () => {
    expect(page.comments[0]).toEqual({
      id: "kub3f01",
      body: "Fjällräven Kånken, seit zwölf Jahren jeden Tag im Einsatz.\nStoff wie neu\nReißverschluss einmal getauscht",
      author: "bergfex_tom",
      score: 1502,
      depth: 0,
      createdAt: "2024-03-01T19:03:49.646Z",
      permalink: "https://www.reddit.com/r/BuyItForLife/comments/1b8xk2q/comment/kub3f01/",
      deleted: false,
    });
    expect(page.comments[1].body).toBe("Kann ich bestätigen, meiner ist von 2009.");
    expect(page.comments[8].body).toBe("Gebraucht kaufen & reparieren lassen.");
  });

  it("keeps deleted and removed comments, without text; a deleted account's text stays", () => {
    const byId = new Map(page.comments.map((comment) => [comment.id, comment]));
    expect(byId.get("kub5d22")).toMatchObject({ body: "", author: null, score: null, deleted: true });
    expect(byId.get("kub9b66")).toMatchObject({ body: "", author: null, score: 1, deleted: true }); // "[removed]"
    expect(byId.get("kub8a55")).toMatchObject({
      body: "Konto gelöscht, Text noch da: Osprey.",
      author: null,
      deleted: false,
    });
    expect(byId.get("kub6e33")).toMatchObject({ author: "naehmaschine", score: -4, body: "Einfach selbst nähen." });
  });

  it("sums the 'N weitere Antworten' stubs (5 in place + 3 behind the permalink); 'Weitere Kommentare anzeigen' shows no number", () => {
    expect(page.moreComments).toBe(8);
  });
});

describe("a shreddit subreddit listing", () => {
  const page = valid(
    parseShredditPage(
      loadPage("shreddit/listing_r-buyitforlife_top.html"),
      "https://www.reddit.com/r/BuyItForLife/top/?t=week",
    ),
  );

  it("reads the three shreddit-post elements and not the shreddit-ad-post", () => {
    expect(page.kind).toBe("reddit-listing");
    expect(page.subreddit).toBe("BuyItForLife");
    expect(page.comments).toEqual([]);
    expect(page.moreComments).toBe(0);
    expect(page.posts.map(({ id, score, comments }) => ({ id, score, comments }))).toEqual([
      { id: "1b8xk2q", score: 21543, comments: 1234 },
      { id: "1b7aa01", score: 4410, comments: 389 },
      { id: "1b6zz99", score: -2, comments: 0 },
    ]);
  });

  it("reads a text post's preview, a link post's empty body and a deleted author", () => {
    expect(page.posts[0].body).toBe("Mein letzter Rucksack ist nach drei Jahren am Reißverschluss kaputtgegangen.");
    expect(page.posts[1]).toEqual({
      id: "1b7aa01",
      title: "Cast iron pan from my grandmother, still going after 70 years",
      body: "",
      author: "pan_handler",
      subreddit: "BuyItForLife",
      score: 4410,
      comments: 389,
      createdAt: "2024-02-28T07:05:00.000Z",
      permalink:
        "https://www.reddit.com/r/BuyItForLife/comments/1b7aa01/cast_iron_pan_from_my_grandmother_still_going/",
    });
    expect(page.posts[2].author).toBeNull();
  });
});

describe("shreddit search pages", () => {
  it("reads the shreddit-post results of a subreddit search, each with its own subreddit", () => {
    const page = valid(
      parseShredditPage(
        loadPage("shreddit/search_r-buyitforlife_backpack.html"),
        "https://www.reddit.com/r/BuyItForLife/search/?q=backpack",
      ),
    );
    expect(page.kind).toBe("reddit-listing");
    expect(page.subreddit).toBe("BuyItForLife");
    expect(page.posts.map(({ id, subreddit, score, comments }) => ({ id, subreddit, score, comments }))).toEqual([
      { id: "1b8xk2q", subreddit: "BuyItForLife", score: 21543, comments: 1234 },
      { id: "19zq0aa", subreddit: "onebag", score: 932, comments: 121 },
    ]);
  });

  it("reads the site-wide search results (search-telemetry-tracker, no shreddit-post)", () => {
    const page = valid(
      parseShredditPage(loadPage("shreddit/search_backpack_2026.html"), "https://www.reddit.com/search/?q=backpack"),
    );
    expect(page.subreddit).toBeNull();
    expect(page.posts).toEqual([
      {
        id: "1c0ffee",
        title: "My one bag after 5 years",
        body: "",
        author: null,
        subreddit: "onebag",
        score: 1500,
        comments: 230,
        createdAt: "2024-04-02T10:00:00.000Z",
        permalink: "https://www.reddit.com/r/onebag/comments/1c0ffee/my_one_bag_after_5_years/",
      },
      {
        id: "1bdecaf",
        title: "Backpack zipper repair?",
        body: "",
        author: null,
        subreddit: "BuyItForLife",
        score: 87,
        comments: 14,
        createdAt: "2024-03-11T16:30:00.000Z",
        permalink: "https://www.reddit.com/r/BuyItForLife/comments/1bdecaf/backpack_zipper_repair/",
      },
    ]);
  });
});

describe("shreddit variants (composed)", () => {
  it("falls back to the shown counters ('21.5k', '1.234 Kommentare') when the attributes are missing", () => {
    const page = valid(
      parseShredditPage(
        pageFrom(`<shreddit-post id="t3_1b8xk2q" permalink="/r/BuyItForLife/comments/1b8xk2q/x/">
          <a slot="title" href="/r/BuyItForLife/comments/1b8xk2q/x/">Rucksack</a>
          <span slot="vote-button"><faceplate-number>21.5k</faceplate-number></span>
          <span id="t3_1b8xk2q-comment-count">1.234 Kommentare</span>
          <faceplate-timeago ts="2024-03-01T18:22:24.180000+0000">vor 2 J.</faceplate-timeago>
        </shreddit-post>`),
        "https://www.reddit.com/r/BuyItForLife/",
      ),
    );
    expect(page.posts).toEqual([
      {
        id: "1b8xk2q",
        title: "Rucksack",
        body: "",
        author: null,
        subreddit: "BuyItForLife",
        score: 21500,
        comments: 1234,
        createdAt: "2024-03-01T18:22:24.180Z",
        permalink: "https://www.reddit.com/r/BuyItForLife/comments/1b8xk2q/x/",
      },
    ]);
  });

  it("finds a comment's body by its rtjson id when it is not in a slot, and its depth from the nesting", () => {
    const page = valid(
      parseShredditPage(
        pageFrom(`<shreddit-comment thingid="t1_aaa" score="1.2k">
            <div><div id="t1_aaa-comment-rtjson-container"><p>Own text</p></div></div>
            <div><shreddit-comment thingid="t1_bbb"><div id="t1_bbb-comment-rtjson-content"><p>Reply</p></div></shreddit-comment></div>
          </shreddit-comment>`),
        "https://www.reddit.com/comments/1b8xk2q/",
      ),
    );
    expect(page.subreddit).toBeNull();
    expect(page.comments.map(({ id, body, depth, score }) => ({ id, body, depth, score }))).toEqual([
      { id: "aaa", body: "Own text", depth: 0, score: 1200 },
      { id: "bbb", body: "Reply", depth: 1, score: null },
    ]);
  });

  it("picks the thread's own post when the page shows other posts too", () => {
    const page = valid(
      parseShredditPage(
        pageFrom(`<shreddit-post id="t3_other1" post-title="Other"></shreddit-post>
          <shreddit-post id="t3_1b8xk2q" post-title="Mine" subreddit-name="BuyItForLife"></shreddit-post>`),
        "https://www.reddit.com/r/BuyItForLife/comments/1b8xk2q/",
      ),
    );
    expect(page.posts.map((post) => post.title)).toEqual(["Mine"]);
  });
});
