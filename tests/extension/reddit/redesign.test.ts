import { describe, expect, it } from "vitest";
import { parseRedesignPage } from "../../../extension/core/reddit/redesign";
import { loadPage, pageFrom, valid } from "./pages";

const FIXTURE = "new_html_2019_redesign/reddit_redesign_r-aww_aybw1m_thread.html";
const THREAD_URL = "https://www.reddit.com/r/aww/comments/aybw1m/nothing_to_see_here_human/";

// Expected values: tests/fixtures/reddit/SOURCES.md (copied from ../shared/fixtures/SOURCES.md §4b).
describe("the 2018–2023 redesign thread r/aww aybw1m", () => {
  const page = valid(parseRedesignPage(loadPage(FIXTURE), THREAD_URL));

  it("reads the post: h1 title, u/moniso, 96.1k points, 313 comments", () => {
    expect(page.kind).toBe("reddit-thread");
    expect(page.subreddit).toBe("aww");
    expect(page.posts).toEqual([
      {
        id: "aybw1m",
        title: "nothing to see here human",
        body: "",
        author: "moniso",
        subreddit: "aww",
        score: 96100,
        comments: 313,
        createdAt: null, // only "4 years ago"
        permalink: THREAD_URL,
      },
    ]);
  });

  it("reads 180 comment boxes: the 152 with a [data-testid=comment] body, 24 deleted, 4 collapsed", () => {
    expect(page.comments).toHaveLength(180);
    expect(page.comments.filter((comment) => comment.body !== "")).toHaveLength(152);
    const deleted = page.comments.filter((comment) => comment.deleted);
    expect(deleted).toHaveLength(24);
    expect(deleted.every((comment) => comment.author === null && comment.body === "" && comment.score === null)).toBe(
      true,
    );
    // Collapsed by default (not deleted): the author is shown, the text and score are not in the page.
    expect(page.comments.filter((comment) => !comment.deleted && comment.body === "").map((c) => c.author)).toEqual([
      "Papaya_Kaja",
      "AztecGoddessInLove",
      "Fithnealani",
      "caremy14",
    ]);
  });

  it("reads author, score, depth ('level 2') and permalink of each comment", () => {
    expect(page.comments[0]).toMatchObject({ id: "ehzl30t", deleted: true, depth: 0 });
    expect(page.comments[1]).toEqual({
      id: "ehzt0zo",
      body: "Day 11. No treatos. Don't know how long I can keep it up.",
      author: "lagrexx",
      score: 905,
      depth: 1,
      createdAt: null,
      permalink: "https://www.reddit.com/r/aww/comments/aybw1m/comment/ehzt0zo/",
      deleted: false,
    });
    expect(page.comments[4]).toMatchObject({ id: "ehzngf6", author: "qwerons", score: 205, depth: 0 });
    expect(page.comments.filter((comment) => comment.depth === 1)).toHaveLength(25);
    expect(page.comments.filter((comment) => comment.depth === 0)).toHaveLength(155);
  });

  it("sums the 'N more replies' rows (1 + 3 + 1 + 49); 'Continue this thread' rows show no number", () => {
    expect(page.moreComments).toBe(54);
  });

  it("reads the thread page's other post cards as a listing (ads left out)", () => {
    const listing = valid(parseRedesignPage(loadPage(FIXTURE), "https://www.reddit.com/r/aww/"));
    expect(listing.posts).toHaveLength(11);
    expect(listing.posts[1]).toEqual({
      id: "yk3n36",
      title: "Half and Half",
      body: "",
      author: "brolbo",
      subreddit: "aww",
      score: 38800,
      comments: 399,
      createdAt: null,
      permalink: "https://www.reddit.com/r/aww/comments/yk3n36/half_and_half/",
    });
    expect(listing.posts.find((post) => post.id === "yp18aq")?.comments).toBe(1100); // "1.1k comments"
    expect(listing.posts.map((post) => post.author)).not.toContain("AmexBusiness");
  });
});

describe("redesign variants (composed)", () => {
  it("takes the depth from the indentation when there is no 'level' label", () => {
    const page = valid(
      parseRedesignPage(
        pageFrom(`
          <div id="t1_aaa111" style="padding-left:58px"><div class="Comment t1_aaa111">
            <div data-testid="post-comment-header"><a data-testid="comment_author_link" href="/user/x/">x</a></div>
            <div data-testid="comment"><div class="RichTextJSON-root"><p>Deep</p></div></div>
            <div id="vote-arrows-t1_aaa111"><div>-2</div></div>
          </div></div>`),
        "https://www.reddit.com/r/aww/comments/aybw1m/x/",
      ),
    );
    expect(page.posts).toEqual([]);
    expect(page.comments).toEqual([
      {
        id: "aaa111",
        body: "Deep",
        author: "x",
        score: -2,
        depth: 2,
        createdAt: null,
        permalink: null,
        deleted: false,
      },
    ]);
  });

  it("marks a shown '[removed]' text deleted", () => {
    const page = valid(
      parseRedesignPage(
        pageFrom(`
          <div id="t1_bbb222" style="padding-left:16px"><div class="Comment t1_bbb222">
            <span>level 1</span>
            <div data-testid="post-comment-header"><span>[deleted]</span></div>
            <div data-testid="comment"><div class="RichTextJSON-root"><p>[removed]</p></div></div>
          </div></div>`),
        "https://www.reddit.com/r/aww/comments/aybw1m/x/",
      ),
    );
    expect(page.comments[0]).toMatchObject({ id: "bbb222", body: "", author: null, depth: 0, deleted: true });
  });
});
