import { marketplaceFromUrl } from "../../../extension/core/amazon/marketplace";
import { parseSearchPage } from "../../../extension/core/amazon/search-page";
import { analyseSearch, type SearchAnalysis } from "../../../extension/core/page-analysis";
import { defaultResearchSettings } from "../../../extension/core/research-settings";
import { startAmazonOverlay, type OverlayContext } from "../../../extension/ui/amazon-overlay";

// Bundled by esbuild in tests/bench/amazon-overlay.bench.ts and injected into a saved Amazon search page in
// Chromium: the research overlay's work on the live document, timed inside the page (performance.now), so that no
// DevTools round trip is in the numbers. Exposed as `window.fieldtestBench`.

const RESULT_CARD = 'div[data-component-type="s-search-result"]';

/** parseSearchPage + analyseSearch with the default settings: what the overlay computes before it renders. */
function parseAndAnalyse(): SearchAnalysis {
  const url = location.href;
  const marketplace = marketplaceFromUrl(url);
  if (!marketplace) throw new Error(`not an Amazon page: ${url}`);
  return analyseSearch(parseSearchPage(document, url), marketplace, defaultResearchSettings);
}

/** The floor: touch every element once and read the text of every result card, no parsing. */
function domWalk(): number {
  let length = document.querySelectorAll("*").length;
  for (const card of document.querySelectorAll(RESULT_CARD)) length += card.textContent?.length ?? 0;
  return length;
}

/**
 * startAmazonOverlay as the content script calls it, with stubs for the extension's services. Returns the function
 * that undoes it: runs every registered cleanup and removes anything of ours left in the page, so each run starts
 * from Amazon's page as it was.
 */
function startOverlay(): () => void {
  const cleanups: (() => void)[] = [];
  const context: OverlayContext = {
    settings: defaultResearchSettings,
    saveIdea: async () => {},
    onInvalidated: (cleanup) => void cleanups.push(cleanup),
    redditDemand: async () => null,
    // Only the panel's buttons ("analyse more reviews", "fetch ranks") fetch pages; nothing here clicks them.
    pages: {
      load: async () => {
        throw new Error("the benchmark fetches no pages");
      },
      toDocument: (html) => new DOMParser().parseFromString(html, "text/html"),
      sleep: async () => {},
    },
  };
  startAmazonOverlay(context);
  return () => {
    for (const cleanup of cleanups) cleanup();
    for (const leftover of document.querySelectorAll("#fieldtest-research, [data-fieldtest-badge]")) leftover.remove();
  };
}

/**
 * That the overlay really renders here (else the benchmark would time an early return) and leaves nothing behind:
 * the number of results its panel says it analysed, and how many of our elements are left after the cleanup.
 */
function overlayCheck(): { analysed: number; leftovers: number } {
  const undo = startOverlay();
  const panel = document.getElementById("fieldtest-research")?.shadowRoot;
  const analysed = Number(panel?.querySelector('[data-fieldtest="analysed"]')?.textContent ?? 0);
  undo();
  return { analysed, leftovers: document.querySelectorAll("#fieldtest-research, [data-fieldtest-badge]").length };
}

/**
 * Brings style and layout up to date, as they are when the content script starts (at document_idle): a run must not
 * pay for re-laying out what the previous one inserted and removed.
 */
function settleLayout(): void {
  void document.body.offsetHeight;
}

/**
 * The overlay's synchronous part (parse, analyse, build and insert the panel and the badges), then undone. `measure`
 * times the first half only.
 */
function fullOverlay(): void {
  startOverlay()();
}

const nativeRequestAnimationFrame = window.requestAnimationFrame.bind(window);
const nextFrame = () => new Promise<number>((resolve) => nativeRequestAnimationFrame(resolve));

export interface FramedOverlayTiming {
  /** startAmazonOverlay returning. */
  sync: number;
  /** Style and layout of the page with the panel in it, forced right after (the browser would do it in the frame). */
  layout: number;
  /** Work the overlay left for later: microtasks (mutation observers) and requestAnimationFrame callbacks. */
  deferred: number;
  /** From the call to the second animation frame after it, idle time waiting for frames included. */
  wall: number;
}

/**
 * The overlay including what it defers: requestAnimationFrame callbacks scheduled while it runs are timed (the
 * page's own scripts are stripped, so they are the overlay's), and the measurement ends two animation frames later.
 */
async function fullOverlayWithFrames(): Promise<FramedOverlayTiming> {
  let callbacks = 0;
  window.requestAnimationFrame = (callback) =>
    nativeRequestAnimationFrame((time) => {
      const start = performance.now();
      try {
        callback(time);
      } finally {
        callbacks += performance.now() - start;
      }
    });
  try {
    settleLayout();
    const start = performance.now();
    const undo = startOverlay();
    const returned = performance.now();
    document.getElementById("fieldtest-research")?.shadowRoot?.querySelector("aside")?.getBoundingClientRect();
    const laidOut = performance.now();
    await Promise.resolve();
    const microtasks = performance.now() - laidOut;
    await nextFrame();
    await nextFrame();
    const wall = performance.now() - start;
    undo();
    return { sync: returned - start, layout: laidOut - returned, deferred: microtasks + callbacks, wall };
  } finally {
    window.requestAnimationFrame = nativeRequestAnimationFrame;
  }
}

/** Two animation frames and nothing else: the floor of `fullOverlayWithFrames().wall`. */
async function emptyFrames(): Promise<number> {
  const start = performance.now();
  await nextFrame();
  await nextFrame();
  return performance.now() - start;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export interface InPageMedians {
  runs: number;
  resultCards: number;
  elements: number;
  domWalk: number;
  parseAndAnalyse: number;
  fullOverlay: number;
  framed: FramedOverlayTiming;
  emptyFrames: number;
}

/**
 * Medians over `runs` rounds after `warmup` rounds; each round runs every measurement once, in turn, so drift in
 * the machine's speed reaches all of them alike.
 */
async function measure(runs: number, warmup: number): Promise<InPageMedians> {
  const samples = {
    domWalk: [] as number[],
    parseAndAnalyse: [] as number[],
    fullOverlay: [] as number[],
    framed: [] as FramedOverlayTiming[],
    emptyFrames: [] as number[],
  };
  const time = (fn: () => unknown) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  for (let round = 0; round < warmup + runs; round++) {
    const keep = round >= warmup;
    const walk = time(domWalk);
    const parse = time(parseAndAnalyse);
    settleLayout();
    let undo = () => {};
    const overlay = time(() => (undo = startOverlay()));
    undo();
    await nextFrame();
    const framed = await fullOverlayWithFrames();
    // A frame between runs, so that the page's task queue is not starved; layout is settled before each timed run.
    await nextFrame();
    const frames = await emptyFrames();
    if (!keep) continue;
    samples.domWalk.push(walk);
    samples.parseAndAnalyse.push(parse);
    samples.fullOverlay.push(overlay);
    samples.framed.push(framed);
    samples.emptyFrames.push(frames);
  }
  const framedMedian = (key: keyof FramedOverlayTiming) => median(samples.framed.map((timing) => timing[key]));
  return {
    runs,
    resultCards: document.querySelectorAll(RESULT_CARD).length,
    elements: document.querySelectorAll("*").length,
    domWalk: median(samples.domWalk),
    parseAndAnalyse: median(samples.parseAndAnalyse),
    fullOverlay: median(samples.fullOverlay),
    framed: {
      sync: framedMedian("sync"),
      layout: framedMedian("layout"),
      deferred: framedMedian("deferred"),
      wall: framedMedian("wall"),
    },
    emptyFrames: median(samples.emptyFrames),
  };
}

const api = {
  parseAndAnalyse,
  fullOverlay,
  fullOverlayWithFrames,
  domWalk,
  emptyFrames,
  settleLayout,
  overlayCheck,
  measure,
};
export type FieldtestBench = typeof api;

Object.assign(window, { fieldtestBench: api, parseAndAnalyse, fullOverlay, domWalk });
