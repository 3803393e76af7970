import { marketplaceFromUrl, pageKind } from "../core/amazon/marketplace";
import { parseProductPage } from "../core/amazon/product-page";
import { parseReviewsPage } from "../core/amazon/reviews";
import { parseSearchPage } from "../core/amazon/search-page";
import { ideaFromProduct, ideaFromSearch } from "../core/ideas/idea-from-analysis";
import type { SavedIdea } from "../core/ideas/saved-idea";
import { analyseProduct, analyseReviews, analyseSearch } from "../core/page-analysis";
import type { ResearchSettingsInput } from "../core/research-settings";
import { searchResultsCsv } from "../core/search-results-csv";
import { h } from "./h";
import { createOverlay, type Overlay } from "./overlay";
import { phrasesView } from "./phrases-view";
import { productPanelBody } from "./product-panel";
import { saveIdeaButton } from "./save-idea-button";
import { searchPanelBody } from "./search-panel";

export interface OverlayContext {
  /** Registers cleanup for when the extension is reloaded or the page navigates. */
  onInvalidated(cleanup: () => void): void;
  settings: ResearchSettingsInput;
  saveIdea(idea: SavedIdea): Promise<void>;
}

/**
 * The research overlay on an Amazon page: parses the live document, analyses it and shows
 * the panel. Search pages re-render as results load (infinite scroll, re-sorting). Any
 * failure is logged and leaves Amazon's page as it was.
 */
export function startAmazonOverlay(context: OverlayContext): void {
  const url = location.href;
  const kind = pageKind(url);
  const marketplace = marketplaceFromUrl(url);
  if (!kind || !marketplace) return;
  let overlay: Overlay | null = null;
  const render = () => {
    try {
      overlay ??= createOverlay();
      if (kind === "amazon-product") {
        const analysis = analyseProduct(parseProductPage(document, url), marketplace, context.settings);
        const save = saveIdeaButton(() => ideaFromProduct(analysis, url, new Date()), context.saveIdea);
        overlay.show("Product", productPanelBody(analysis), [save]);
      } else if (kind === "amazon-search") {
        const analysis = analyseSearch(parseSearchPage(document, url), marketplace, context.settings);
        const save = saveIdeaButton(() => ideaFromSearch(analysis, url, new Date()), context.saveIdea);
        overlay.show(
          "Niche",
          searchPanelBody(analysis, () => download(searchResultsCsv(analysis.page.results))),
          [save],
        );
      } else {
        const page = parseReviewsPage(document, url);
        const reviews = analyseReviews(page.reviews, marketplace.language);
        overlay.show("Reviews", [h("div", { class: "title" }, page.title ?? "Reviews"), phrasesView(reviews)], []);
      }
    } catch (error) {
      console.warn("[Fieldtest] could not analyse this page:", error);
    }
  };
  render();
  context.onInvalidated(() => overlay?.remove());
  if (kind === "amazon-search") watchSearchResults(render, context);
}

/** Re-renders once per animation frame when result cards are added or replaced. */
function watchSearchResults(render: () => void, context: OverlayContext) {
  let scheduled = false;
  const observer = new MutationObserver((mutations) => {
    const ours = (node: Node) => node instanceof Element && node.id === "fieldtest-research";
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
