import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { bench, describe } from "vitest";
import { startFixtureServer } from "../browser/fixture-server";
import { openBrowser } from "../browser/harness";
import type { FieldtestBench } from "./support/amazon-overlay-entry";

// The research overlay on a real Amazon search page (2026, "portable charger") in Debian's Chromium, served as
// https://www.amazon.com/s?k=portable+charger (goal: parse + overlay ≤ 16 ms). The overlay's code is bundled with
// esbuild from tests/bench/support/amazon-overlay-entry.ts and injected into the page, which times it in-page with
// performance.now() (medians, printed below as ratios) against the floor of merely touching the page: one
// querySelectorAll('*') and the textContent of every result card. The vitest bench rows call the same functions
// through page.evaluate, so they also carry a DevTools round trip each.

const RUNS = 30;
const WARMUP = 5;
const GOAL_MS = 16;
const url = "https://www.amazon.com/s?k=portable+charger";
const fixture = readFileSync(
  path.resolve(import.meta.dirname, "../fixtures/amazon/search/amazon_com_s_portable-charger_2026.html"),
  "utf8",
  // The saved page's own scripts cannot run offline (and would time themselves into the numbers); as in the
  // browser tests, they are stripped.
).replace(/<script\b[\s\S]*?<\/script>/gi, "");

const bundle = await build({
  entryPoints: [path.resolve(import.meta.dirname, "support/amazon-overlay-entry.ts")],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "chrome120",
  minify: true,
  write: false,
  logLevel: "silent",
});

type BenchWindow = Window & { fieldtestBench: FieldtestBench };

const server = await startFixtureServer({ "www.amazon.com/s": fixture });
const browser = await openBrowser({ hostRules: server.hostRules });
const closeAll = () => browser.close().then(() => server.close());

/** The page with the overlay's bundle in it, checked, and the in-page medians. Closes everything if it fails. */
async function openAndMeasure() {
  try {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Failed image and script loads (every host but www.amazon.com fails at once) are expected; the overlay's own
    // failures are logged with "[Fieldtest]".
    page.on("console", (message) => {
      if (message.text().includes("[Fieldtest]")) pageErrors.push(message.text());
    });
    await page.goto(url, { waitUntil: "load" });
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const check = await page.evaluate(() => (window as unknown as BenchWindow).fieldtestBench.overlayCheck());
    if (check.analysed < 10 || check.leftovers !== 0) {
      throw new Error(`the overlay did not render and clean up as expected: ${JSON.stringify(check)}`);
    }
    const medians = await page.evaluate(
      ([runs, warmup]) => (window as unknown as BenchWindow).fieldtestBench.measure(runs, warmup),
      [RUNS, WARMUP] as const,
    );
    if (pageErrors.length) throw new Error(`the page reported errors:\n${pageErrors.join("\n")}`);
    return { page, medians };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
const { page, medians } = await openAndMeasure();

const ms = (value: number) => `${value.toFixed(2)} ms`;
const ratio = (value: number) => `${(value / medians.domWalk).toFixed(1)}×`;
const { framed } = medians;
const busy = framed.sync + framed.layout + framed.deferred;
console.log(
  [
    `amazon-overlay bench (in-page medians of ${medians.runs} runs after ${WARMUP} warm-up; ${medians.resultCards} result cards, ${medians.elements} elements; goal ≤ ${GOAL_MS} ms):`,
    `  baseline domWalk ${ms(medians.domWalk)}`,
    `  parseAndAnalyse ${ms(medians.parseAndAnalyse)} (${ratio(medians.parseAndAnalyse)} baseline)`,
    `  fullOverlay sync ${ms(medians.fullOverlay)} (${ratio(medians.fullOverlay)} baseline)`,
    `  fullOverlay with two frames: sync ${ms(framed.sync)} + forced style/layout ${ms(framed.layout)} + deferred (microtasks, rAF) ${ms(framed.deferred)} = busy ${ms(busy)} (${ratio(busy)} baseline);` +
      ` wall to the second frame ${ms(framed.wall)} vs ${ms(medians.emptyFrames)} for two empty frames`,
  ].join("\n"),
);

// After the last timed run of the last bench (tinybench does not await teardown; the fork ends after it).
const closeAfterRun = (_task: unknown, mode?: "run" | "warmup") => {
  if (mode === "run") void closeAll();
};

describe("Amazon search page in Chromium (portable charger, 2026): synchronous work", () => {
  bench("baseline: domWalk — querySelectorAll('*') + textContent of every result card", async () => {
    await page.evaluate(() => {
      (window as unknown as BenchWindow).fieldtestBench.domWalk();
    });
  });

  bench("parseAndAnalyse: parseSearchPage + analyseSearch (default settings)", async () => {
    await page.evaluate(() => {
      (window as unknown as BenchWindow).fieldtestBench.parseAndAnalyse();
    });
  });

  bench("fullOverlay: startAmazonOverlay, synchronous part (then cleaned up)", async () => {
    await page.evaluate(() => {
      const { settleLayout, fullOverlay } = (window as unknown as BenchWindow).fieldtestBench;
      settleLayout();
      fullOverlay();
    });
  });
});

describe("Amazon search page in Chromium (portable charger, 2026): including two animation frames", () => {
  bench("baseline: two empty animation frames", async () => {
    await page.evaluate(() => (window as unknown as BenchWindow).fieldtestBench.emptyFrames());
  });

  bench(
    "fullOverlay, then two animation frames (deferred work included)",
    async () => {
      await page.evaluate(() => (window as unknown as BenchWindow).fieldtestBench.fullOverlayWithFrames());
    },
    { teardown: closeAfterRun },
  );
});
