import { describe, expect, it } from "vitest";
import { analyseRedditPage } from "../../../extension/core/reddit-analysis/analyse";
import { composedRedditThread } from "../../support/composed-reddit-thread";
import { NOW } from "./pages";

describe("analyseRedditPage performance", () => {
  it("should analyse a 2,000-comment thread well within 500 ms (goal ≤ 50 ms)", () => {
    const page = composedRedditThread(2000);
    const words = page.comments.reduce((total, { body }) => total + body.split(/\s+/).length, 0);

    let started = performance.now();
    const analysis = analyseRedditPage(page, NOW);
    const cold = performance.now() - started;

    const warmRuns: number[] = [];
    for (let run = 0; run < 5; run++) {
      started = performance.now();
      analyseRedditPage(page, NOW);
      warmRuns.push(performance.now() - started);
    }
    warmRuns.sort((a, b) => a - b);
    const [fastest, , warm] = warmRuns;
    console.log(
      `analyseRedditPage: 2,000 comments, ${words} words: first run ${cold.toFixed(1)} ms, ` +
        `later runs: median ${warm.toFixed(1)} ms, fastest ${fastest.toFixed(1)} ms`,
    );

    expect(analysis.engagement.loadedComments).toBe(2000 - 21); // every 97th comment is deleted: c0 … c1940
    // Every sentence repeats hundreds of times here, so "cat" (said twice in one of them) competes; the product is up.
    expect(analysis.phrases.slice(0, 5).map((phrase) => phrase.phrase)).toContain("folding storage ottoman");
    expect(analysis.groups.solutionRequests.count).toBeGreaterThan(0);
    expect(cold).toBeLessThan(500);
    expect(warm).toBeLessThan(500);
  });
});
