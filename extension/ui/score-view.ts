import type { SelectionScore } from "../core/page-analysis";
import { h } from "./h";

/** The demand–competition–profit matrix: each sub-score with its reason, no opaque numbers. */
export function scoreView(score: SelectionScore): HTMLElement {
  const row = (label: string, sub: SelectionScore["demand"]) => {
    const fill = h("span");
    fill.style.width = `${sub.value}%`;
    return [
      h("span", {}, label),
      h("div", { class: "bar" }, fill),
      h("strong", {}, sub.value),
      h("div", { class: "reason" }, sub.reason),
    ];
  };
  return h(
    "section",
    { "data-fieldtest": "score" },
    h("h2", {}, `Selection score ${score.overall}/100`),
    h(
      "div",
      { class: "score" },
      ...row("Demand", score.demand),
      ...row("Competition", score.competition),
      ...row("Profit", score.profit),
    ),
  );
}
