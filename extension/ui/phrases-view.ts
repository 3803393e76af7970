import type { ReviewAnalysis } from "../core/page-analysis";
import { h } from "./h";

type Phrase = ReviewAnalysis["complaints"][number];

function phraseList(title: string, phrases: Phrase[], attribute: string): HTMLElement {
  return h(
    "div",
    { "data-fieldtest": attribute },
    h("h2", {}, title),
    phrases.length === 0
      ? h("p", { class: "muted" }, "Not enough reviews on this page to tell.")
      : h(
          "ul",
          {},
          ...phrases.map((p) =>
            h(
              "li",
              {},
              h(
                "div",
                { class: "phrase" },
                h("span", {}, p.phrase),
                h("span", { class: "muted" }, `${p.count} reviews`),
              ),
              h("p", { class: "example" }, `“${p.example}”`),
            ),
          ),
        ),
  );
}

/** What 1–2★ reviewers complain about and what 4–5★ reviewers praise, with an example each. */
export function phrasesView(reviews: ReviewAnalysis): HTMLElement {
  return h(
    "section",
    {},
    h(
      "p",
      { class: "note" },
      `${reviews.reviews} reviews read: ${reviews.lowStar} with 1–2★, ${reviews.highStar} with 4–5★ (phrases by log-likelihood keyness).`,
    ),
    phraseList("Top complaints", reviews.complaints.slice(0, 5), "complaints"),
    phraseList("Top praise", reviews.praise.slice(0, 5), "praise"),
  );
}
