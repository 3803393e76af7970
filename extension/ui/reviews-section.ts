import { mergeReviews } from "../core/amazon/merge-reviews";
import { nextReviewsPageUrl, parseReviews } from "../core/amazon/reviews";
import type { Review } from "../core/amazon/types";
import type { CrawlResult } from "../core/crawl/polite-crawl";
import { analyseReviews, type ReviewAnalysis } from "../core/page-analysis";
import { crawlControl } from "./crawl-control";
import { h } from "./h";
import { phrasesView } from "./phrases-view";

/** Review pages read per click: ~10 pages × 10 reviews, in well under a minute at the polite pace. */
export const REVIEW_PAGES_PER_RUN = 10;

export type PageCrawler = (
  first: string | null,
  visit: (document: Document, url: string) => string | null,
  signal: AbortSignal,
) => Promise<CrawlResult>;

/**
 * Complaint and praise phrases, and "Analyse more reviews": reads further review pages one by
 * one, adds their reviews (each once) and re-mines the phrases after every page. `onAnalysis`
 * hears each new analysis (the saved idea takes the latest).
 */
export function reviewsSection(options: {
  reviews: Review[];
  /** The analysis of `reviews`, already made for the panel. */
  analysis: ReviewAnalysis;
  language: string;
  /** The first further page: "See more reviews" on a product page, "Next page" on a review page. */
  nextUrl: string | null;
  crawl: PageCrawler;
  onAnalysis(analysis: ReviewAnalysis): void;
}): HTMLElement {
  let reviews = options.reviews;
  let view = phrasesView(options.analysis);
  let next = options.nextUrl;
  const count = () => `${reviews.length} review${reviews.length === 1 ? "" : "s"}`;

  const control = crawlControl({
    label: "Analyse more reviews",
    site: "Amazon",
    disabledReason: next ? null : "No further review pages are linked from this page.",
    async run(signal, progress) {
      let page = 0;
      const result = await options.crawl(
        next,
        (document, url) => {
          page++;
          reviews = mergeReviews(reviews, parseReviews(document));
          const analysis = analyseReviews(reviews, options.language);
          const updated = phrasesView(analysis);
          view.replaceWith(updated);
          view = updated;
          options.onAnalysis(analysis);
          next = nextReviewsPageUrl(document, url);
          progress(`Read ${page} page${page === 1 ? "" : "s"} (up to ${REVIEW_PAGES_PER_RUN} per run) · ${count()}`);
          return next;
        },
        signal,
      );
      return { result, kept: count() };
    },
  });
  return h("section", { "data-fieldtest": "reviews" }, view, control);
}
