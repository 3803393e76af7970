import type { ProductAnalysis } from "../core/page-analysis";
import type { PackageDimensions } from "../core/score/fba-fees";
import { formatter, type Formatter } from "./format";
import { h } from "./h";
import { scoreView } from "./score-view";

/** The product page panel: the page's facts, the sales estimate with its band and curve, reviews, score. */
export function productPanelBody(analysis: ProductAnalysis, reviews: HTMLElement): HTMLElement[] {
  const { page, marketplace, estimate } = analysis;
  const f = formatter(marketplace.locale);
  const currency = page.price?.currency ?? marketplace.currency;
  const facts = h(
    "dl",
    { "data-fieldtest": "facts" },
    h("dt", {}, "Price"),
    h("dd", { "data-fieldtest": "price" }, f.money(page.price?.amount ?? null, currency)),
    h("dt", {}, "Rating"),
    h("dd", {}, page.rating === null ? "—" : `${page.rating} ★ (${f.count(page.ratingCount)} ratings)`),
    h("dt", {}, "Brand"),
    h("dd", {}, page.brand ?? "—"),
    h("dt", {}, "First available"),
    h("dd", {}, page.dateFirstAvailable ?? "—"),
    h("dt", {}, "Bought"),
    h("dd", {}, page.boughtPastMonth === null ? "—" : `${f.count(page.boughtPastMonth)}+ in past month (Amazon)`),
    h("dt", {}, "Package"),
    h("dd", { "data-fieldtest": "package" }, packageText(page.packageDimensions, marketplace.locale, f)),
  );
  const ranks = h(
    "section",
    { "data-fieldtest": "bsr" },
    h("h2", {}, "Best Sellers Rank"),
    page.bsr.length === 0
      ? h("p", { class: "muted" }, "This page shows no Best Sellers Rank.")
      : h("ul", {}, ...page.bsr.map((b) => h("li", {}, `#${f.count(b.rank)} in ${b.category}`))),
  );
  const sales = h(
    "section",
    { "data-fieldtest": "estimate" },
    h("h2", {}, "Estimated monthly sales"),
    estimate
      ? h(
          "div",
          {},
          h("div", { class: "big" }, `~${f.count(estimate.units)} units`),
          h("div", {}, `range ${f.count(estimate.low)}–${f.count(estimate.high)} units`),
          h("div", {}, `revenue ~${f.money(estimate.revenue, currency)}`),
          h("p", { class: "note", title: estimate.curve }, `Estimate from the root-category rank. ${estimate.curve}`),
        )
      : h("p", { class: "muted" }, "No root-category rank on this page, so no estimate."),
  );
  return [
    h("div", { class: "title" }, page.title ?? "Untitled product"),
    facts,
    sales,
    ranks,
    reviews,
    scoreView(analysis.score),
  ];
}

/**
 * "30 × 20 × 10 cm, 1.2 kg" (under 1 kg: "230 g") in the page's locale; "—" when the page gives no dimensions. The
 * shared formatter counts in whole numbers (grams); lengths and kilograms get decimal formats of the same locale.
 */
function packageText(dimensions: PackageDimensions | null, locale: string, f: Formatter): string {
  if (!dimensions) return "—";
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const sides = [dimensions.lengthCm, dimensions.widthCm, dimensions.heightCm].map((cm) => oneDecimal.format(cm));
  const weight =
    dimensions.weightKg < 1
      ? `${f.count(Math.round(dimensions.weightKg * 1000))} g`
      : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(dimensions.weightKg)} kg`;
  return `${sides.join(" × ")} cm, ${weight}`;
}
