import { bench, describe } from "vitest";
import { tokenize } from "../../extension/core/keyness/tokenize";
import { analyseRedditPage } from "../../extension/core/reddit-analysis/analyse";
import { composedRedditThread } from "../support/composed-reddit-thread";

// The Reddit panel's analysis of a 2,000-comment thread (goal ≤ 50 ms) against the floor: tokenizing the same
// texts, no cues, no phrases, no counting.
const page = composedRedditThread(2000);
const texts = [page.posts[0].title, page.posts[0].body, ...page.comments.map((comment) => comment.body)];
const now = new Date("2026-03-02T00:00:00Z");

describe("Reddit thread analysis, 2,000 comments", () => {
  bench("baseline: tokenize every post and comment", () => {
    for (const text of texts) tokenize(text, "en");
  });
  bench("analyseRedditPage: cue groups, hot phrases, engagement", () => {
    analyseRedditPage(page, now);
  });
});
