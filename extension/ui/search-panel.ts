import type { SearchAnalysis } from "../core/page-analysis";
import { formatter } from "./format";
import { h } from "./h";
import { scoreView } from "./score-view";

/**
 * The niche summary of a search results page, with the selection score, "Fetch ranks" (which
 * turns badge-based estimates into rank-based ones) and a CSV of the table.
 */
export function searchPanelBody(
  analysis: SearchAnalysis,
  exportCsv: () => void,
  fetchRanks: HTMLElement,
): HTMLElement[] {
  const { summary, marketplace, page } = analysis;
  const f = formatter(marketplace.locale);
  const button = h("button", { type: "button" }, "Export results as CSV");
  button.addEventListener("click", exportCsv);
  return [
    h("div", { class: "title" }, page.keyword ? `“${page.keyword}”` : "Search results"),
    h(
      "dl",
      { "data-fieldtest": "niche" },
      h("dt", {}, "Results analysed"),
      h("dd", { "data-fieldtest": "analysed" }, summary.analysed),
      h("dt", {}, "Median price"),
      h("dd", {}, f.money(summary.medianPrice, marketplace.currency)),
      h("dt", {}, "Median reviews"),
      h("dd", {}, f.count(summary.medianReviews)),
      h("dt", {}, "Sponsored"),
      h("dd", {}, f.percent(summary.sponsoredShare)),
      h("dt", {}, "< 100 reviews"),
      h("dd", {}, f.percent(summary.fewReviewsShare)),
      h("dt", {}, "Top brand"),
      h("dd", {}, summary.topBrand ? `${summary.topBrand.brand} (${f.percent(summary.topBrand.share)})` : "—"),
      h("dt", {}, "Revenue / month"),
      h(
        "dd",
        {
          "data-fieldtest": "revenue",
          title:
            "Estimated monthly revenue of the results that have an estimate: from each one's Best Sellers Rank once " +
            "ranks are fetched, else from Amazon's “bought in past month” badge. An estimate, not a measurement.",
        },
        summary.estimatedMonthlyRevenue === null
          ? "— (no badges; fetch ranks)"
          : `${f.money(summary.estimatedMonthlyRevenue.low, marketplace.currency)}–${f.money(summary.estimatedMonthlyRevenue.high, marketplace.currency)} (${summary.estimatedMonthlyRevenue.results} of ${summary.analysed} results)`,
      ),
      h("dt", {}, "Ranks fetched"),
      h("dd", { "data-fieldtest": "ranked" }, `${analysis.estimates.filter((e) => e?.basis === "rank").length}`),
    ),
    fetchRanks,
    scoreView(analysis.score),
    button,
  ];
}
