import { marketplaceFromUrl, pageKind, searchKeywordFromUrl } from "../core/amazon/marketplace";
import { parseProductPage } from "../core/amazon/product-page";
import { nextReviewsPageUrl, parseReviewsPage } from "../core/amazon/reviews";
import { parseSearchPageCards } from "../core/amazon/search-page";
import type { Marketplace } from "../core/amazon/types";
import { crawlPolitely, politeDelayMs, type CrawlIo } from "../core/crawl/polite-crawl";
import type { ResultRank } from "../core/estimate/result-estimate";
import type { AmazonSubject } from "../core/ideas/link-reddit-demand";
import { ideaFromProduct, ideaFromReviews, ideaFromSearch } from "../core/ideas/idea-from-analysis";
import type { SavedIdea } from "../core/ideas/saved-idea";
import { analyseProduct, analyseReviews, analyseSearch, type SearchAnalysis } from "../core/page-analysis";
import type { ResearchSettingsInput } from "../core/research-settings";
import type { DemandSignal } from "../core/score/selection-input";
import { searchResultsCsv } from "../core/search-results-csv";
import { crawlControl } from "./crawl-control";
import { formatter } from "./format";
import { h } from "./h";
import { createOverlay, type Overlay } from "./overlay";
import { productPanelBody } from "./product-panel";
import { BADGE_ATTRIBUTE, showResultBadge } from "./result-badge";
import { REVIEW_PAGES_PER_RUN, reviewsSection, type PageCrawler } from "./reviews-section";
import { saveIdeaButton } from "./save-idea-button";
import { searchPanelBody } from "./search-panel";

export interface OverlayContext {
  /** Registers cleanup for when the extension is reloaded or the page navigates. */
  onInvalidated(cleanup: () => void): void;
  settings: ResearchSettingsInput;
  saveIdea(idea: SavedIdea): Promise<void>;
  /** Same-origin page fetches for "analyse more reviews" and "fetch ranks". */
  pages: CrawlIo;
  /** The pause between two fetches; the polite default unless a test shortens it. */
  delayMs?: () => number;
  /** Demand from the Reddit ideas saved about this page's keyword or product (null: none saved). */
  redditDemand(subject: AmazonSubject): Promise<DemandSignal | null>;
}

/** Product pages read per click of "Fetch ranks": the first page's organic results, about a minute's reading. */
export const RANKED_RESULTS_PER_RUN = 24;

/**
 * The research overlay on an Amazon page: parses the live document, analyses it and shows the
 * panel (and a badge on each search result). Search pages re-render as results load (infinite
 * scroll, re-sorting). Any failure is logged and leaves Amazon's page as it was.
 */
export function startAmazonOverlay(context: OverlayContext): void {
  const url = location.href;
  const kind = pageKind(url);
  const marketplace = marketplaceFromUrl(url);
  if (!kind || !marketplace) return;
  const overlay = createOverlay();
  context.onInvalidated(() => overlay.remove());
  const crawler =
    (maxPages: number): PageCrawler =>
    (first, visit, signal) =>
      crawlPolitely(first, visit, { io: context.pages, signal, maxPages, delayMs: context.delayMs ?? politeDelayMs });
  if (kind === "amazon-search") {
    const render = searchRenderer(overlay, url, marketplace, context, crawler(RANKED_RESULTS_PER_RUN));
    render();
    watchSearchResults(render, context);
  } else if (kind === "amazon-product") {
    safely(() => showProduct(overlay, url, marketplace, context, crawler(REVIEW_PAGES_PER_RUN)))();
  } else {
    safely(() => showReviews(overlay, url, marketplace, context, crawler(REVIEW_PAGES_PER_RUN)))();
  }
}

function showProduct(
  overlay: Overlay,
  url: string,
  marketplace: Marketplace,
  context: OverlayContext,
  crawl: PageCrawler,
) {
  const page = parseProductPage(document, url);
  let analysis = analyseProduct(page, marketplace, context.settings);
  const reviews = reviewsSection({
    reviews: page.reviews,
    analysis: analysis.reviews,
    language: marketplace.language,
    nextUrl: nextReviewsPageUrl(document, url),
    crawl,
    onAnalysis: (updated) => (analysis = { ...analysis, reviews: updated }),
  });
  const save = saveIdeaButton(() => ideaFromProduct(analysis, url, new Date()), context.saveIdea);
  const render = () => overlay.show("Product", productPanelBody(analysis, reviews), [save]);
  render();
  void withRedditDemand(context, { keyword: null, productTitle: page.title }, (signal) => {
    analysis = { ...analyseProduct(page, marketplace, context.settings, [signal]), reviews: analysis.reviews };
    render();
  });
}

/** Asks for the saved Reddit demand about the page and, when there is some, re-scores with it. */
async function withRedditDemand(
  context: OverlayContext,
  subject: AmazonSubject,
  apply: (signal: DemandSignal) => void,
) {
  try {
    const signal = await context.redditDemand(subject);
    if (signal) safely(() => apply(signal))();
  } catch (error) {
    console.warn("[Fieldtest] could not read saved Reddit demand:", error);
  }
}

function showReviews(
  overlay: Overlay,
  url: string,
  marketplace: Marketplace,
  context: OverlayContext,
  crawl: PageCrawler,
) {
  const page = parseReviewsPage(document, url);
  let analysis = analyseReviews(page.reviews, marketplace.language);
  const reviews = reviewsSection({
    reviews: page.reviews,
    analysis,
    language: marketplace.language,
    nextUrl: page.nextPageUrl,
    crawl,
    onAnalysis: (updated) => (analysis = updated),
  });
  const save = saveIdeaButton(() => ideaFromReviews(page, analysis, marketplace, url, new Date()), context.saveIdea);
  overlay.show("Reviews", [h("div", { class: "title" }, page.title ?? "Reviews"), reviews], [save]);
}

/**
 * The search page's renderer: a badge on every card and the niche panel, from the page as it
 * is now and the ranks fetched so far (kept across re-renders, by ASIN). The panel's buttons are
 * made once, so a re-render keeps a running fetch and a "Saved ✓".
 */
function searchRenderer(
  overlay: Overlay,
  url: string,
  marketplace: Marketplace,
  context: OverlayContext,
  crawl: PageCrawler,
): () => void {
  const ranks = new Map<string, ResultRank>();
  const f = formatter(marketplace.locale);
  let latest: SearchAnalysis | null = null;
  let redditSignals: DemandSignal[] = [];

  const render = safely(() => {
    const { page, cards } = parseSearchPageCards(document, url);
    const analysis = analyseSearch(page, marketplace, context.settings, ranks, redditSignals);
    latest = analysis;
    cards.forEach((card, index) =>
      showResultBadge(card, page.results[index], analysis.estimates[index], f, marketplace.currency),
    );
    const exportCsv = () => download(searchResultsCsv(analysis.page.results, analysis.estimates));
    overlay.show("Niche", searchPanelBody(analysis, exportCsv, fetchRanks), [save]);
  });
  const save = saveIdeaButton(() => ideaFromSearch(latest!, url, new Date()), context.saveIdea);
  const fetchRanks = crawlControl({
    label: "Fetch ranks",
    site: "Amazon",
    disabledReason: null,
    async run(signal, progress) {
      const asins = [...new Set(latest!.page.results.map((r) => r.asin))]
        .filter((asin) => !ranks.has(asin))
        .slice(0, RANKED_RESULTS_PER_RUN);
      const productUrl = (asin: string | undefined) => (asin ? new URL(`/dp/${asin}`, url).href : null);
      let read = 0;
      const result = await crawl(
        productUrl(asins[0]),
        (document, pageUrl) => {
          const product = parseProductPage(document, pageUrl);
          ranks.set(asins[read], { bsr: product.bsr, price: product.price });
          read++;
          progress(`Read ${read} of ${asins.length} product pages`);
          render();
          return productUrl(asins[read]);
        },
        signal,
      );
      return { result, kept: `the ranks of ${ranks.size} result${ranks.size === 1 ? "" : "s"}` };
    },
  });
  void withRedditDemand(context, { keyword: searchKeywordFromUrl(url), productTitle: null }, (signal) => {
    redditSignals = [signal];
    render();
  });
  return render;
}

/** Runs a render; a failure is logged and leaves Amazon's page as it was. */
function safely(render: () => void): () => void {
  return () => {
    try {
      render();
    } catch (error) {
      console.warn("[Fieldtest] could not analyse this page:", error);
    }
  };
}

/** Re-renders once per animation frame when result cards are added or replaced (not for our own badges). */
function watchSearchResults(render: () => void, context: OverlayContext) {
  let scheduled = false;
  const ours = (node: Node) =>
    node instanceof Element && (node.id === "fieldtest-research" || node.hasAttribute(BADGE_ATTRIBUTE));
  const observer = new MutationObserver((mutations) => {
    if (scheduled || mutations.every((m) => [...m.addedNodes, ...m.removedNodes].every(ours))) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      render();
    });
  });
  const results = document.querySelector(".s-main-slot") ?? document.body;
  observer.observe(results, { childList: true, subtree: results !== document.body });
  context.onInvalidated(() => observer.disconnect());
}

function download(csv: string) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  link.download = `fieldtest-search-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
