import { describe, expect, it } from "vitest";
import { mergeReviews } from "../../../extension/core/amazon/merge-reviews";
import { nextReviewsPageUrl, parseReviews } from "../../../extension/core/amazon/reviews";
import type { Review } from "../../../extension/core/amazon/types";
import { crawlEndMessage } from "../../../extension/core/crawl/crawl-end-message";
import { crawlPolitely, type CrawlIo, type LoadedPage } from "../../../extension/core/crawl/polite-crawl";
import { parseHtmlDocument } from "../../../extension/core/dom";

const origin = "https://www.amazon.com";
const reviewBlock = (id: string, stars: number, body: string) => `
  <div id="${id}" data-hook="review"><i data-hook="review-star-rating" class="a-icon a-icon-star a-star-${stars}"><span class="a-icon-alt">${stars}.0 out of 5 stars</span></i>
  <a data-hook="review-title"><span>Title ${id}</span></a><span data-hook="review-body"><span>${body}</span></span></div>`;
const reviewPage = (n: number, last: boolean) => `<html><body>
  ${reviewBlock(`R${n}AAAAAAAAAA1`, 1, `Page ${n}: the lid leaks.`)}${reviewBlock(`R${n}AAAAAAAAAA2`, 5, `Page ${n}: keeps water cold.`)}
  <ul class="a-pagination"><li class="a-last${last ? " a-disabled" : ""}"><a href="/product-reviews/B0TEST?pageNumber=${n + 1}">Next page</a></li></ul>
</body></html>`;
const captchaPage = `<html><body><form action="/errors/validateCaptcha"><input id="captchacharacters"></form></body></html>`;
const signInPage = `<html><body><form name="signIn"><input id="ap_email"></form></body></html>`;

/** A fake site: pages by URL, and a log of what was fetched and how long the crawler waited before each fetch. */
function site(pages: Record<string, LoadedPage | Error>) {
  const log: string[] = [];
  const io: CrawlIo = {
    async load(url) {
      log.push(`GET ${url.replace(origin, "")}`);
      const page = pages[url];
      if (page instanceof Error) throw page;
      return page ?? { status: 404, url, html: "<html></html>" };
    },
    toDocument: parseHtmlDocument,
    async sleep(ms, signal) {
      log.push(`wait ${ms}`);
      if (signal.aborted) throw signal.reason;
    },
  };
  return { io, log };
}
const page = (path: string, html: string, status = 200): [string, LoadedPage] => [
  `${origin}${path}`,
  { status, url: `${origin}${path}`, html },
];
const options = (io: CrawlIo, maxPages = 10, signal = new AbortController().signal) => ({
  io,
  signal,
  maxPages,
  delayMs: () => 1500,
});

/** Crawls review pages from page 1 the way "analyse more reviews" does. */
async function crawlReviews(io: CrawlIo, maxPages = 10, signal?: AbortSignal) {
  let reviews: Review[] = [];
  const result = await crawlPolitely(
    `${origin}/product-reviews/B0TEST?pageNumber=1`,
    (document, url) => {
      reviews = mergeReviews(reviews, parseReviews(document));
      return nextReviewsPageUrl(document, url);
    },
    options(io, maxPages, signal),
  );
  return { ...result, reviews };
}

describe("reading further pages politely", () => {
  it("follows the next-page links one at a time, pausing before each request after the first, until the last page", async () => {
    const { io, log } = site(
      Object.fromEntries([
        page("/product-reviews/B0TEST?pageNumber=1", reviewPage(1, false)),
        page("/product-reviews/B0TEST?pageNumber=2", reviewPage(2, false)),
        page("/product-reviews/B0TEST?pageNumber=3", reviewPage(3, true)),
      ]),
    );
    const { pages, end, reviews } = await crawlReviews(io);
    expect(end).toEqual({ reason: "finished" });
    expect(pages).toBe(3);
    expect(reviews.map((r) => r.id)).toEqual([
      "R1AAAAAAAAAA1",
      "R1AAAAAAAAAA2",
      "R2AAAAAAAAAA1",
      "R2AAAAAAAAAA2",
      "R3AAAAAAAAAA1",
      "R3AAAAAAAAAA2",
    ]);
    expect(log).toEqual([
      "GET /product-reviews/B0TEST?pageNumber=1",
      "wait 1500",
      "GET /product-reviews/B0TEST?pageNumber=2",
      "wait 1500",
      "GET /product-reviews/B0TEST?pageNumber=3",
    ]);
  });

  it("stops at a CAPTCHA and keeps what it read before", async () => {
    const { io } = site(
      Object.fromEntries([
        page("/product-reviews/B0TEST?pageNumber=1", reviewPage(1, false)),
        page("/product-reviews/B0TEST?pageNumber=2", captchaPage, 503),
      ]),
    );
    const { pages, end, reviews } = await crawlReviews(io);
    expect(end).toEqual({ reason: "blocked", page: "captcha" });
    expect(pages).toBe(1);
    expect(reviews).toHaveLength(2);
    expect(crawlEndMessage(end, "Amazon", "2 reviews")).toBe(
      "Amazon showed a CAPTCHA, so reading stopped. Solve it in a normal tab, then try again. Kept 2 reviews.",
    );
  });

  it("stops at the sign-in wall, whether served in place or by a redirect", async () => {
    const inPlace = site(Object.fromEntries([page("/product-reviews/B0TEST?pageNumber=1", signInPage)]));
    expect((await crawlReviews(inPlace.io)).end).toEqual({ reason: "blocked", page: "sign-in" });

    const redirected = site({
      [`${origin}/product-reviews/B0TEST?pageNumber=1`]: {
        status: 200,
        url: `${origin}/ap/signin?openid.return_to=%2Fproduct-reviews%2FB0TEST`,
        html: "<html><body>Sign in</body></html>",
      },
    });
    const { end, pages } = await crawlReviews(redirected.io);
    expect(end).toEqual({ reason: "blocked", page: "sign-in" });
    expect(pages).toBe(0);
    expect(crawlEndMessage(end, "Amazon", "10 reviews")).toBe(
      "Amazon asks you to sign in to read further. Sign in, then try again. Kept 10 reviews.",
    );
  });

  it("stops on an HTTP error or a network failure and says which", async () => {
    const throttled = site(
      Object.fromEntries([page("/product-reviews/B0TEST?pageNumber=1", "<html><body>Slow down</body></html>", 503)]),
    );
    const { end } = await crawlReviews(throttled.io);
    expect(end).toEqual({ reason: "http", status: 503 });
    expect(crawlEndMessage(end, "Amazon", "0 reviews")).toContain("asked to slow down (HTTP 503)");

    const offline = site({ [`${origin}/product-reviews/B0TEST?pageNumber=1`]: new TypeError("Failed to fetch") });
    expect((await crawlReviews(offline.io)).end).toEqual({ reason: "network", message: "Failed to fetch" });
  });

  it("reads at most the run's page limit", async () => {
    const { io, log } = site(
      Object.fromEntries(
        [1, 2, 3, 4].map((n) => page(`/product-reviews/B0TEST?pageNumber=${n}`, reviewPage(n, false))),
      ),
    );
    const { pages, end } = await crawlReviews(io, 2);
    expect({ pages, end }).toEqual({ pages: 2, end: { reason: "limit" } });
    expect(log.filter((line) => line.startsWith("GET"))).toHaveLength(2);
  });

  it("stops when the researcher stops it, and never leaves the page's origin", async () => {
    const controller = new AbortController();
    const { io, log } = site(
      Object.fromEntries([1, 2].map((n) => page(`/product-reviews/B0TEST?pageNumber=${n}`, reviewPage(n, false)))),
    );
    let visited = 0;
    const result = await crawlPolitely(
      `${origin}/product-reviews/B0TEST?pageNumber=1`,
      (document, url) => {
        visited++;
        controller.abort();
        return nextReviewsPageUrl(document, url);
      },
      options(io, 10, controller.signal),
    );
    expect(result).toEqual({ pages: 1, end: { reason: "stopped" } });
    expect(visited).toBe(1);
    expect(log.filter((line) => line.startsWith("GET"))).toHaveLength(1);

    const elsewhere = site(Object.fromEntries([page("/product-reviews/B0TEST?pageNumber=1", reviewPage(1, false))]));
    const offSite = await crawlPolitely(
      `${origin}/product-reviews/B0TEST?pageNumber=1`,
      () => "https://evil.example/steal",
      options(elsewhere.io),
    );
    expect(offSite).toEqual({ pages: 1, end: { reason: "finished" } });
    expect(elsewhere.log.filter((line) => line.startsWith("GET"))).toHaveLength(1);
  });

  it("adds reviews from further pages once each, by id or by title and text", () => {
    const review = (id: string | null, body: string): Review => ({
      id,
      stars: 1,
      title: "t",
      body,
      date: null,
      author: null,
      verifiedPurchase: false,
      helpfulVotes: null,
    });
    const merged = mergeReviews(
      [review("R1", "a"), review(null, "b")],
      [review("R1", "a"), review(null, "b"), review(null, "c"), review("R2", "a")],
    );
    expect(merged.map((r) => `${r.id}:${r.body}`)).toEqual(["R1:a", "null:b", "null:c", "R2:a"]);
  });
});
