import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFixtureServer } from "./fixture-server";
import { installOptionsPage, openWithOverlay } from "./extension-pages";
import { openBrowser, screenshot } from "./harness";

// The built research extension in Debian's Chromium on Reddit: composed shreddit threads (no real
// capture of today's markup exists) on www.reddit.com and the real 2016 listing on old.reddit.com.
const extensionDir = path.resolve("extension/.output/chrome-mv3");

interface ComposedComment {
  id: string;
  body: string;
  score: number;
}
const shredditComment = (threadId: string, c: ComposedComment) => `
  <shreddit-comment thingid="t1_${c.id}" author="user_${c.id}" score="${c.score}" depth="0"
    created="2026-11-26T07:00:00.000000+0000" postid="t3_${threadId}"
    permalink="/r/BuyItForLife/comments/${threadId}/comment/${c.id}/">
    <div slot="comment" class="md" id="t1_${c.id}-comment-rtjson-content"><p>${c.body}</p></div>
  </shreddit-comment>`;
const shredditThread = (threadId: string, title: string, comments: ComposedComment[]) => `
  <shreddit-post id="t3_${threadId}" post-title="${title}" author="renter22" score="420" comment-count="${comments.length + 2}"
    created-timestamp="2026-11-26T06:00:00.000000+0000" permalink="/r/BuyItForLife/comments/${threadId}/thread/"
    subreddit-prefixed-name="r/BuyItForLife" subreddit-name="BuyItForLife">
    <h1 slot="title">${title}</h1>
    <div slot="text-body"><div class="md" id="t3_${threadId}-post-rtjson-content"><p>My cheap one broke after a month.</p></div></div>
  </shreddit-post>
  <shreddit-comment-tree id="comment-tree" post-id="t3_${threadId}">
    ${comments.map((c) => shredditComment(threadId, c)).join("")}
  </shreddit-comment-tree>`;
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>r/BuyItForLife</title></head><body><shreddit-app routename="post_page"><main id="main-content">${body}</main></shreddit-app></body></html>`;

const firstThread: ComposedComment[] = [
  { id: "c01", body: "Can anyone recommend a folding storage ottoman with a hinged lid?", score: 40 },
  { id: "c02", body: "I'm looking for a folding storage ottoman that survives a move.", score: 22 },
  { id: "c03", body: "I hate how the lid of my folding storage ottoman sagged within a week.", score: 31 },
  { id: "c04", body: "Mine broke at the hinge, what a waste of money.", score: 12 },
  { id: "c05", body: "Is it worth it to pay more for a solid wood one?", score: 5 },
  { id: "c06", body: "We keep blankets in ours, it works fine.", score: 2 },
];
const secondTitle = "Which backpack lasts forever?";
const secondThread: ComposedComment[] = [
  { id: "d01", body: "Any suggestions for a backpack with a lifetime warranty?", score: 9 },
  { id: "d02", body: "Mine has lasted ten years.", score: 4 },
];
// The thread's .json has two comments the page collapsed.
const threadJson = JSON.stringify([
  {
    kind: "Listing",
    data: {
      children: [
        {
          kind: "t3",
          data: {
            id: "abc123",
            name: "t3_abc123",
            title: "Looking for a folding storage ottoman that doesn't sag",
            selftext: "My cheap one broke after a month.",
            author: "renter22",
            subreddit: "BuyItForLife",
            score: 420,
            num_comments: 8,
            created_utc: 1795672800,
            permalink: "/r/BuyItForLife/comments/abc123/thread/",
          },
        },
      ],
    },
  },
  {
    kind: "Listing",
    data: {
      children: [
        ...firstThread,
        { id: "c07", body: "Collapsed: my folding storage ottoman broke at the seams, so annoying.", score: -3 },
        { id: "c08", body: "Collapsed: is there a folding storage ottoman rated for 300 lb?", score: 1 },
      ].map((c) => ({
        kind: "t1",
        data: {
          id: c.id,
          name: `t1_${c.id}`,
          body: c.body,
          author: `user_${c.id}`,
          score: c.score,
          created_utc: 1795676400,
          depth: 0,
          permalink: `/r/BuyItForLife/comments/abc123/comment/${c.id}/`,
          replies: "",
        },
      })),
    },
  },
]);

let server: Awaited<ReturnType<typeof startFixtureServer>>;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let context: BrowserContext;

beforeAll(async () => {
  server = await startFixtureServer({
    "www.reddit.com/r/BuyItForLife/comments/abc123/thread/": page(
      shredditThread("abc123", "Looking for a folding storage ottoman that doesn&#39;t sag", firstThread),
    ),
    "www.reddit.com/comments/abc123.json": { body: threadJson, contentType: "application/json; charset=UTF-8" },
    // A one-result Amazon search under the same keyword, to see the saved Reddit demand in its score.
    "www.amazon.com/s": `<!doctype html><html><body><div class="s-main-slot">
      <div data-component-type="s-search-result" data-asin="B0OTTOMAN1" class="s-result-item s-asin">
        <div data-cy="title-recipe"><a href="/dp/B0OTTOMAN1"><h2><span>Folding Storage Ottoman, Linen</span></h2></a></div>
        <div data-cy="reviews-block"><span class="a-icon-alt">4.3 out of 5 stars</span>
          <a aria-label="812 ratings" href="/dp/B0OTTOMAN1#customerReviews"><span class="s-underline-text">812</span></a>
          <span class="a-size-base a-color-secondary">300+ bought in past month</span></div>
        <span class="a-price"><span class="a-offscreen">$39.99</span></span>
      </div></div></body></html>`,
    "old.reddit.com/r/worldnews/": readFileSync(
      "tests/fixtures/reddit/old_html/reddit_2016_r-worldnews_listing.html",
      "utf8",
    ).replace(/<script\b[\s\S]*?<\/script>/gi, ""),
  });
  browser = await openBrowser({ hostRules: server.hostRules, extensionDir });
  context = browser.context;
  // On install the extension opens its options page; wait for it and close it, so that it
  // cannot take over the first tab the test opens.
  const options = await installOptionsPage(context);
  await options.close();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (url: string) => openWithOverlay(context, url);
const heading = (overlay: Locator, group: string) => overlay.locator(`[data-fieldtest="${group}"] h2`).textContent();

describe("the research extension on Reddit", () => {
  it("groups a thread's comments into needs, re-reads it after in-app navigation, and adds collapsed comments", async () => {
    const {
      page: tab,
      overlay,
      pageErrors,
    } = await open("https://www.reddit.com/r/BuyItForLife/comments/abc123/thread/");
    await expect(overlay.locator(".title").textContent()).resolves.toBe(
      "Looking for a folding storage ottoman that doesn't sag",
    );
    await expect(overlay.locator('[data-fieldtest="subreddits"]').textContent()).resolves.toBe("r/BuyItForLife");
    await expect(overlay.locator('[data-fieldtest="comments"]').textContent()).resolves.toBe("6 read of 8");
    // The post ("Looking for…"), c01 and c02 ask for a solution; the post ("broke"), c03 and c04 complain;
    // the post ("cheap"), c04 ("waste of money") and c05 ("worth it") talk money.
    await expect(heading(overlay, "solution-requests")).resolves.toBe("Solution requests · 3");
    await expect(heading(overlay, "pain")).resolves.toBe("Pain points · 3");
    await expect(heading(overlay, "money")).resolves.toBe("Money talk · 3");
    const quote = overlay.locator('[data-fieldtest="solution-requests"] li').first();
    await expect(quote.locator("a").getAttribute("href")).resolves.toMatch(
      /^https:\/\/www\.reddit\.com\/r\/BuyItForLife\/comments\/abc123\//,
    );
    await expect(overlay.locator('[data-fieldtest="hot-phrases"] li').first().textContent()).resolves.toContain(
      "folding storage ottoman",
    );
    await screenshot(tab, "extension-reddit-thread", { fullPage: false });

    await overlay.getByRole("button", { name: "Include collapsed comments" }).click();
    const status = overlay.locator('[data-fieldtest="crawl-status"]');
    await vi.waitFor(async () => expect(await status.textContent()).toMatch(/^Done/), { timeout: 10_000 });
    await expect(overlay.locator('[data-fieldtest="comments"]').textContent()).resolves.toBe("8 read of 8");
    await expect(heading(overlay, "solution-requests")).resolves.toBe("Solution requests · 4");
    await expect(heading(overlay, "pain")).resolves.toBe("Pain points · 4");

    // Save under a keyword: the idea is listed in the popup.
    await overlay.getByLabel("Keyword for this idea").fill("folding storage ottoman");
    await overlay.locator('[data-fieldtest="save-idea"]').click();
    await overlay.getByText("Saved ✓").waitFor();

    // Reddit navigates without a page load: the panel follows to the next thread.
    await tab.evaluate(
      ([html]) => {
        history.pushState({}, "", "/r/BuyItForLife/comments/zz9/backpack/");
        document.querySelector("main")!.innerHTML = html;
      },
      [shredditThread("zz9", secondTitle, secondThread)],
    );
    await vi.waitFor(async () => expect(await overlay.locator(".title").textContent()).toBe(secondTitle), {
      timeout: 10_000,
    });
    await expect(heading(overlay, "solution-requests")).resolves.toBe("Solution requests · 1");
    await screenshot(tab, "extension-reddit-navigated", { fullPage: false });
    expect(pageErrors).toEqual([]);

    const [worker] = context.serviceWorkers();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await popup.getByText("Looking for a folding storage ottoman", { exact: false }).waitFor();
    await expect(popup.getByText("r/BuyItForLife · “folding storage ottoman”", { exact: false }).count()).resolves.toBe(
      1,
    );

    // The Amazon search for the same keyword counts the saved Reddit demand in its score.
    const amazon = await open("https://www.amazon.com/s?k=folding+storage+ottoman");
    await vi.waitFor(
      async () =>
        expect(await amazon.overlay.locator('[data-fieldtest="score"]').textContent()).toContain(
          "Reddit: “folding storage ottoman” on 1 Reddit page",
        ),
      { timeout: 10_000 },
    );
    expect(amazon.pageErrors).toEqual([]);
  });

  it("reads a listing on old.reddit.com", async () => {
    const { page: tab, overlay, pageErrors } = await open("https://old.reddit.com/r/worldnews/");
    await expect(overlay.locator(".title").textContent()).resolves.toBe("r/worldnews");
    await expect(overlay.locator('[data-fieldtest="posts"]').textContent()).resolves.toMatch(
      /^25 \(median score [\d,]+\)$/,
    );
    await expect(overlay.getByRole("button", { name: "Include collapsed comments" }).isDisabled()).resolves.toBe(true);
    await screenshot(tab, "extension-reddit-old-listing", { fullPage: false });
    expect(pageErrors).toEqual([]);
  });
});
