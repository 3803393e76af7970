import type { SearchResult } from "../core/amazon/types";
import type { ResultEstimate } from "../core/estimate/result-estimate";
import type { Formatter } from "./format";
import { h } from "./h";

/** Marks our badge hosts, so that the page observer can tell our insertions from Amazon's. */
export const BADGE_ATTRIBUTE = "data-fieldtest-badge";

const BADGE_STYLES = `
:host { all: initial; display: block; margin: 4px 0; }
.badge { font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111827; background: #f0fdf4;
  border: 1px solid #bbf7d0; border-radius: 6px; padding: 3px 6px; }
.units { font-weight: 600; }
.muted { color: #4b5563; }
.sponsored { color: #92400e; font-weight: 600; }
`;

/**
 * The compact badge on one search result card: estimated monthly units and revenue with their
 * band (and what they rest on), the rank once fetched, then reviews, rating, price, sponsored and
 * Amazon's "bought in past month". Its own shadow root, like the panel; rewritten only when what
 * it shows changes, so re-renders on scroll cost next to nothing.
 */
export function showResultBadge(
  card: Element,
  result: SearchResult,
  estimate: ResultEstimate | null,
  f: Formatter,
  currency: string,
): void {
  let host = card.querySelector<HTMLElement>(`[${BADGE_ATTRIBUTE}]`);
  const content = badgeContent(result, estimate, f, currency);
  const signature = content.textContent ?? "";
  if (host?.getAttribute(BADGE_ATTRIBUTE) === result.asin && host.dataset.signature === signature) return;
  if (!host) {
    host = h("div", { [BADGE_ATTRIBUTE]: result.asin });
    const shadow = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = BADGE_STYLES;
    shadow.append(style, h("div"));
    const anchor = card.querySelector('[data-cy="title-recipe"]');
    if (anchor) anchor.after(host);
    else card.append(host);
  }
  host.setAttribute(BADGE_ATTRIBUTE, result.asin);
  host.dataset.signature = signature;
  host.shadowRoot!.lastElementChild!.replaceWith(content);
}

function badgeContent(
  result: SearchResult,
  estimate: ResultEstimate | null,
  f: Formatter,
  currency: string,
): HTMLElement {
  const price = result.price;
  const facts = [
    result.rating === null ? null : `★ ${result.rating}`,
    result.ratingCount === null ? null : `${f.count(result.ratingCount)} reviews`,
    price ? f.money(price.amount, price.currency) : null,
    result.boughtPastMonth === null ? null : `${f.count(result.boughtPastMonth)}+ bought/mo (Amazon)`,
  ].filter((fact) => fact !== null);
  return h(
    "div",
    { class: "badge", "data-fieldtest": "badge" },
    estimate
      ? h(
          "div",
          { title: estimate.note },
          h(
            "span",
            { class: "units", "data-fieldtest": "badge-units" },
            `Est. ${f.count(estimate.low)}–${f.count(estimate.high)} units/mo`,
          ),
          estimate.revenueLow !== null && estimate.revenueHigh !== null
            ? ` · ${f.compactMoney(estimate.revenueLow, currency)}–${f.compactMoney(estimate.revenueHigh, currency)}`
            : null,
          h(
            "span",
            { class: "muted", "data-fieldtest": "badge-basis" },
            estimate.rank
              ? ` · BSR #${f.count(estimate.rank.rank)} in ${estimate.rank.category}`
              : " · from Amazon's badge",
          ),
        )
      : h("div", { class: "muted", "data-fieldtest": "badge-units" }, "No sales estimate yet: fetch ranks"),
    h(
      "div",
      { class: "muted" },
      result.sponsored ? h("span", { class: "sponsored" }, "Sponsored · ") : null,
      facts.join(" · "),
    ),
  );
}
