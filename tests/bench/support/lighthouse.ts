import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

// One Lighthouse performance run of one URL, in a fresh headless Chromium (Debian's, never a
// downloaded one), reduced to the numbers a benchmark compares. A fresh browser per run keeps
// runs independent: no cache, no warmed-up renderer carried from one page to the next.

/** "mobile": Lighthouse's default (Moto G Power, simulated slow 4G, 4× CPU); "desktop": its desktop preset. */
export type FormFactor = "mobile" | "desktop";

/** The five metrics the performance score is made of (Lighthouse 12: weights 10, 10, 25, 30, 25). */
export const METRICS = {
  fcp: "first-contentful-paint",
  si: "speed-index",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
} as const;
export type Metric = keyof typeof METRICS;

export interface LighthouseRun {
  url: string;
  /** The performance category's score, 0–100. */
  score: number;
  /** Each metric's value: milliseconds, CLS unitless. */
  values: Record<Metric, number>;
  /** The points of the score each metric earned (its 0–1 score × its weight); they add up to `score`. */
  points: Record<Metric, number>;
  /** Everything the page transferred (total-byte-weight), in bytes. */
  totalBytes: number;
  /** Every request the page made (network-requests), with its status and the bytes it transferred. */
  requests: { url: string; statusCode: number; transferSize: number }[];
  /**
   * Lighthouse's measure of how fast this machine ran a fixed piece of JavaScript just before the page:
   * lower means a busier machine. Simulated throttling multiplies observed main-thread time, so TBT follows it.
   */
  benchmarkIndex: number;
  /** Lighthouse's warnings about the run itself (not the page). */
  warnings: string[];
}

/** Debian's Chromium wrapper unless CHROME_PATH names another; flags that work as root, offline. */
export const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox", // required as root
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking", // this machine has no internet: no connection attempts to Google
  "--disable-component-update",
];

/** `reportFile`: where to keep the whole Lighthouse report (JSON), to look into a surprising number. */
export async function runLighthouse(
  url: string,
  formFactor: FormFactor = "mobile",
  reportFile?: string,
): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (reportFile) writeFileSync(reportFile, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    const performance = lhr.categories.performance;
    if (typeof performance?.score !== "number") throw new Error(`Lighthouse gave no performance score for ${url}`);
    const audit = (id: string) => {
      const found = lhr.audits[id];
      if (typeof found?.numericValue !== "number") {
        throw new Error(`Lighthouse has no ${id} for ${url}: ${found?.errorMessage}`);
      }
      return { value: found.numericValue, score: found.score ?? 0 };
    };
    const totalWeight = performance.auditRefs.reduce((sum, ref) => sum + ref.weight, 0);
    const weight = (id: string) => performance.auditRefs.find((ref) => ref.id === id)?.weight ?? 0;
    const values = {} as Record<Metric, number>;
    const points = {} as Record<Metric, number>;
    for (const [metric, id] of Object.entries(METRICS) as [Metric, string][]) {
      const { value, score } = audit(id);
      values[metric] = value;
      points[metric] = (100 * score * weight(id)) / totalWeight;
    }
    const requests = lhr.audits["network-requests"]?.details;
    return {
      url,
      score: Math.round(performance.score * 1000) / 10,
      values,
      points,
      totalBytes: audit("total-byte-weight").value,
      requests:
        requests?.type === "table"
          ? requests.items.map((item) => ({
              url: String(item.url),
              statusCode: Number(item.statusCode),
              transferSize: Number(item.transferSize ?? 0),
            }))
          : [],
      benchmarkIndex: lhr.environment.benchmarkIndex,
      warnings: lhr.runWarnings.map(String),
    };
  } finally {
    chrome.kill();
  }
}
