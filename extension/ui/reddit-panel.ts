import type { CueGroupResult, RedditAnalysis } from "../core/reddit-analysis/schema";
import { formatter } from "./format";
import { h } from "./h";

const GROUPS: [keyof RedditAnalysis["groups"], string, string][] = [
  ["pain", "Pain points", "pain"],
  ["solutionRequests", "Solution requests", "solution-requests"],
  ["adviceRequests", "Advice requests", "advice-requests"],
  ["money", "Money talk", "money"],
];
const EXAMPLES_SHOWN = 3;

/** Only Reddit's own pages are linked: a permalink is data from the page, not trusted markup. */
const REDDIT_LINK = /^https:\/\/(?:www|old)\.reddit\.com\//;

/**
 * The Reddit panel: subreddits and engagement, the four need groups with their counts and top
 * quotes (linked to the comment), and the page's hot phrases. Text only, like the Amazon panel.
 */
export function redditPanelBody(title: string, analysis: RedditAnalysis, extras: HTMLElement[]): HTMLElement[] {
  const f = formatter("en-US");
  const { engagement } = analysis;
  const facts = h(
    "dl",
    { "data-fieldtest": "reddit-facts" },
    h("dt", {}, "Subreddits"),
    h(
      "dd",
      { "data-fieldtest": "subreddits" },
      analysis.subreddits.map((s) => `r/${s.name}${s.posts > 1 ? ` (${s.posts})` : ""}`).join(", ") || "—",
    ),
    h("dt", {}, analysis.kind === "reddit-thread" ? "Post score" : "Posts"),
    h(
      "dd",
      { "data-fieldtest": "posts" },
      analysis.kind === "reddit-thread"
        ? f.count(engagement.postScoreTotal)
        : `${engagement.posts} (median score ${f.count(engagement.postScoreMedian)})`,
    ),
    h("dt", {}, "Comments"),
    h(
      "dd",
      { "data-fieldtest": "comments" },
      analysis.kind === "reddit-listing"
        ? `${f.count(engagement.reportedComments)} on these posts`
        : `${f.count(engagement.loadedComments)} read` +
            (engagement.reportedComments ? ` of ${f.count(engagement.reportedComments)}` : "") +
            (engagement.notLoadedComments ? ` · ${f.count(engagement.notLoadedComments)} not loaded` : ""),
    ),
    analysis.kind === "reddit-thread" ? h("dt", {}, "Comments / hour") : null,
    analysis.kind === "reddit-thread"
      ? h(
          "dd",
          {},
          engagement.commentsPerHour === null ? "—" : String(Math.round(engagement.commentsPerHour * 10) / 10),
        )
      : null,
  );
  return [
    h("div", { class: "title" }, title),
    facts,
    ...GROUPS.map(([key, label, attribute]) => groupView(label, analysis.groups[key], attribute)),
    phrasesView(analysis),
    ...extras,
  ];
}

function groupView(label: string, group: CueGroupResult, attribute: string): HTMLElement {
  return h(
    "section",
    { "data-fieldtest": attribute },
    h("h2", {}, `${label} · ${group.count}`),
    group.examples.length === 0
      ? h("p", { class: "muted" }, "None on this page.")
      : h(
          "ul",
          {},
          ...group.examples.slice(0, EXAMPLES_SHOWN).map((example) => {
            const byline = `${example.author ? `u/${example.author}` : "deleted"} · ${example.score ?? "?"} points`;
            return h(
              "li",
              {},
              h("p", { class: "example" }, `“${example.quote}”`),
              example.permalink && REDDIT_LINK.test(example.permalink)
                ? h("a", { href: example.permalink, target: "_blank", rel: "noopener", class: "note" }, byline)
                : h("span", { class: "note" }, byline),
            );
          }),
        ),
  );
}

function phrasesView(analysis: RedditAnalysis): HTMLElement {
  const how =
    analysis.method === "g2-vs-english-background"
      ? "by keyness against general English"
      : "by frequency × how many texts use them (no background corpus for this language)";
  return h(
    "section",
    { "data-fieldtest": "hot-phrases" },
    h("h2", {}, "Hot phrases"),
    analysis.phrases.length === 0
      ? h("p", { class: "muted" }, `No phrase occurs ${analysis.phraseMinCount}+ times yet.`)
      : h(
          "ul",
          {},
          ...analysis.phrases
            .slice(0, 10)
            .map((p) =>
              h(
                "li",
                { class: "phrase" },
                h("span", {}, p.phrase),
                h("span", { class: "muted" }, `${p.count}× in ${p.documents}`),
              ),
            ),
        ),
    h("p", { class: "note" }, `Ranked ${how}; seen ${analysis.phraseMinCount}+ times.`),
  );
}
