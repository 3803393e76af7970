import { mkdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, bench, describe } from "vitest";
import { addDays } from "../../app/shop-time/calendar-date";
import { localDateOf } from "../../app/shop-time/shop-time-zone";
import { startDemoStack, type DemoStack } from "../support/demo-stack";
import { runLighthouse, type FormFactor, type LighthouseRun, type Metric } from "./support/lighthouse";
import { startStorefrontWithout, type StorefrontWithout } from "./support/storefront-without-extension";

// What the preorder theme app block (storefront/preorder/: the Liquid block, preorder.js,
// preorder.css and its live progress fetch through the app proxy) costs a product page in
// Lighthouse's performance score. Goal: ≤ 1 point. Reported, not asserted: one Lighthouse run
// varies by ±3 points on a quiet machine and by 10 or more on a busy one, so the bench only
// checks that it measured what it says (block present / absent, nothing else differs or fails).
//
// "with":    the dev store's page of a product in a live preorder test (deposit, goal, progress
//            bar), the block placed as a merchant places it.
// "without": the same page, same shop state, same server code, rendered by a second storefront
//            that has no storefront/preorder/ (the merchant never added the block). Not "the
//            product before the test": like Shopify, the dev store loads an app block's CSS and
//            JavaScript wherever the block is placed, even when it renders nothing, so that
//            would leave the assets out of the cost; and a second storefront lets the two
//            variants alternate round by round instead of one before the other.
//
// N rounds (LIGHTHOUSE_ROUNDS, default 5), each running both variants in a fresh Chromium, the
// order flipped every round; medians. Lighthouse's default mobile preset (simulated slow 4G and
// 4× CPU slowdown; LIGHTHOUSE_FORM_FACTOR=desktop for its desktop preset). LIGHTHOUSE_REPORT_DIR
// keeps every run's full report. The "score points" column splits the score's change by metric:
// the simulation multiplies the main-thread time it observes, so on a busy machine (see the load
// and benchmarkIndex line) TBT swings by hundreds of milliseconds and its points are noise, while
// FCP, LCP and the bytes are what the block itself changes. Needs the production build
// (npm run build) and Debian's chromium (CHROME_PATH to use another).

const ROUNDS = Math.max(1, Number(process.env.LIGHTHOUSE_ROUNDS ?? 5));
const FORM_FACTOR: FormFactor = process.env.LIGHTHOUSE_FORM_FACTOR === "desktop" ? "desktop" : "mobile";
/** Set to keep every run's Lighthouse report (JSON) there. */
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;
const PRODUCT = "folding-storage-ottoman";
const MARKER = "data-fieldtest-preorder";
const ASSETS_PATH = "/extensions/preorder/assets/";
const PROGRESS_PATH = "/apps/fieldtest/preorders/";
const ASSET_FILES = ["storefront/preorder/assets/preorder.js", "storefront/preorder/assets/preorder.css"];

let stack: DemoStack;
let without: StorefrontWithout;
let withUrl: string;
let withoutUrl: string;

beforeAll(async () => {
  stack = await startDemoStack();
  without = await startStorefrontWithout(stack.devStore.store, "preorder");
  const { state } = stack.devStore.store;
  const product = state.products.find((p) => p.handle === PRODUCT)!;
  withUrl = `${stack.storefrontUrl}/products/${PRODUCT}`;
  withoutUrl = `${without.url}/products/${PRODUCT}`;

  // The preorder test, created as the merchant does in the admin: all variants, 25 % deposit.
  const today = localDateOf(new Date(), state.shop.ianaTimezone);
  const form = new URLSearchParams({
    productId: `gid://shopify/Product/${product.id}`,
    paymentModel: "deposit",
    depositPercent: "25",
    balanceTrigger: "on-fulfillment",
    shipDate: addDays(today, 60),
    goalKind: "units",
    goalValue: "100",
    deadline: addDays(today, 30),
  });
  for (const variant of product.variants) form.append("variantIds", `gid://shopify/ProductVariant/${variant.id}`);
  const created = await fetch(`${stack.app.url}/app/preorders/new`, { method: "POST", redirect: "manual", body: form });
  if (created.status !== 302) throw new Error(`Creating the preorder test answered ${created.status}`);

  // The block shows once the app has written the product's $app:preorder metafields.
  let withHtml = "";
  for (const deadline = Date.now() + 20_000; !withHtml.includes(MARKER);) {
    if (Date.now() > deadline) throw new Error(`The preorder block never appeared on ${withUrl}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    withHtml = await page(withUrl);
  }
  const withoutHtml = await page(withoutUrl);
  for (const file of ["preorder.js", "preorder.css"]) {
    if (!withHtml.includes(`${ASSETS_PATH}${file}`)) throw new Error(`The "with" page does not load ${file}`);
  }
  if (withoutHtml.includes(MARKER) || withoutHtml.includes(ASSETS_PATH)) {
    throw new Error(`The "without" page still has the preorder block or its assets`);
  }
  // Fair comparison: take the block and its two asset tags out of the "with" page and it is the "without" page
  // (but for the storefront's own address, which pages mention).
  const a = withoutBlock(withHtml, stack.storefrontUrl);
  const b = withoutBlock(withoutHtml, without.url);
  if (a !== b) throw new Error(`The two pages differ in more than the preorder block:\n${firstDifference(a, b)}`);
  // Both servers warm (Liquid parsed, JIT) before anything is measured.
  for (const url of [withUrl, withoutUrl, withUrl, withoutUrl]) await page(url);
}, 120_000);

afterAll(async () => {
  await without?.close();
  await stack?.stop();
});

async function page(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** The page's markup without the preorder block's wrapper and asset tags, whitespace between tags dropped. */
function withoutBlock(html: string, origin: string) {
  const { document } = parseHTML(html);
  const block = document.querySelector(`[${MARKER}]`)?.closest(".shopify-app-block");
  block?.remove();
  for (const tag of document.querySelectorAll(`link[href*="${ASSETS_PATH}"], script[src*="${ASSETS_PATH}"]`))
    tag.remove();
  return document.toString().replace(/>\s+</g, "><").replaceAll(origin, "<storefront>");
}

function firstDifference(a: string, b: string) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (s: string) => `…${s.slice(Math.max(0, i - 100), i + 200)}…`;
  return `with, block removed: ${around(a)}\nwithout: ${around(b)}`;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Sanity only: the score is a score, the block's files loaded where it is and nowhere else, nothing else failed. */
function checkRun(run: LighthouseRun, withBlock: boolean) {
  if (!(run.score >= 0 && run.score <= 100)) throw new Error(`${run.url}: performance score ${run.score}`);
  const assets = run.requests.filter(({ url }) => url.includes(ASSETS_PATH)).length;
  const progress = run.requests.some(({ url }) => url.includes(PROGRESS_PATH));
  if (withBlock && (assets !== 2 || !progress)) {
    throw new Error(`The "with" page loaded ${assets} of the block's 2 assets, progress fetched: ${progress}`);
  }
  if (!withBlock && (assets > 0 || progress)) throw new Error(`The "without" page loaded the block's files`);
  // A request failing on one side only (say, the dev store's web pixel) would be measured as the block's cost.
  const failed = run.requests.filter(
    ({ url, statusCode }) => !url.startsWith("data:") && !(statusCode >= 200 && statusCode < 400),
  );
  if (failed.length > 0) {
    throw new Error(`${run.url}: ${failed.map(({ url, statusCode }) => `${statusCode} ${url}`).join(", ")}`);
  }
}

type Runs = Record<"with" | "without", LighthouseRun[]>;

function report(runs: Runs, loadBefore: number) {
  const signed = (value: number, digits: number) => `${value > 0 ? "+" : ""}${value.toFixed(digits)}`;
  const ms = (metric: Metric) => (run: LighthouseRun) => run.values[metric];
  const rows: [label: string, of: (run: LighthouseRun) => number, digits: number, metric?: Metric][] = [
    ["Performance score (0–100)", (run) => run.score, 1],
    ["First Contentful Paint (ms)", ms("fcp"), 0, "fcp"],
    ["Speed Index (ms)", ms("si"), 0, "si"],
    ["Largest Contentful Paint (ms)", ms("lcp"), 0, "lcp"],
    ["Total Blocking Time (ms)", ms("tbt"), 0, "tbt"],
    ["Cumulative Layout Shift", ms("cls"), 3, "cls"],
    ["Total byte weight (bytes)", (run) => run.totalBytes, 0],
  ];
  const table = rows.map(([label, of, digits, metric]) => {
    const without = median(runs.without.map(of));
    const with_ = median(runs.with.map(of));
    // What the metric's change did to the score: its points with the block minus without.
    const points = metric
      ? signed(
          median(runs.with.map((run) => run.points[metric])) - median(runs.without.map((run) => run.points[metric])),
          1,
        )
      : "";
    return [label, without.toFixed(digits), with_.toFixed(digits), signed(with_ - without, digits), points];
  });
  const header = [`median of ${ROUNDS} runs each`, "without block", "with block", "difference", "score points"];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ")} |`;

  const cost = median(runs.without.map((run) => run.score)) - median(runs.with.map((run) => run.score));
  // Each round's two runs ran back to back, under about the same load: their difference drifts less.
  const paired = median(runs.without.map((run, round) => run.score - runs.with[round].score));
  // Where the extra bytes go: the page itself, and each request the block adds (transfer sizes, headers included).
  const transferred = (list: LighthouseRun[], match: (run: LighthouseRun, url: string) => boolean) =>
    median(list.map((run) => run.requests.find(({ url }) => match(run, url))?.transferSize ?? 0));
  const html = (list: LighthouseRun[]) => transferred(list, (run, url) => url === run.url);
  const bytes = [
    `page HTML ${html(runs.without)} → ${html(runs.with)} B`,
    ...ASSET_FILES.map((file) => path.basename(file)).map(
      (file) => `${file} ${transferred(runs.with, (_, url) => url.endsWith(ASSETS_PATH + file))} B`,
    ),
    `progress JSON ${transferred(runs.with, (_, url) => url.includes(PROGRESS_PATH))} B`,
  ];
  const gzip = ASSET_FILES.map((file) => {
    const content = readFileSync(file);
    return `${path.basename(file)} ${content.length} B → ${gzipSync(content).length} B`;
  });
  const benchmarkIndex = (list: LighthouseRun[]) => median(list.map((run) => run.benchmarkIndex)).toFixed(0);
  console.log(
    [
      "",
      `Preorder block on /products/${PRODUCT}: Lighthouse ${FORM_FACTOR} preset, ${ROUNDS} alternating rounds`,
      line(header),
      line(widths.map((width) => "-".repeat(width))),
      ...table.map(line),
      `scores without: ${runs.without.map((run) => run.score).join(", ")}; with: ${runs.with.map((run) => run.score).join(", ")}`,
      `the block costs ${cost.toFixed(1)} points of the median score (goal ≤ 1: ${cost <= 1 ? "met" : "NOT met"}); ` +
        `median of the per-round differences: ${paired.toFixed(1)}`,
      `bytes transferred (uncompressed: the dev store does not gzip): ${bytes.join("; ")}`,
      `block assets, zlib gzip: ${gzip.join("; ")}`,
      // Simulated throttling multiplies the main-thread time it observes: a busy machine inflates TBT first.
      `machine: load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, ${availableParallelism()} cores; ` +
        `Lighthouse benchmarkIndex ${benchmarkIndex(runs.without)} without, ${benchmarkIndex(runs.with)} with (lower: busier)`,
      "",
    ].join("\n"),
  );
}

const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

describe(`preorder theme app block, Lighthouse performance (${FORM_FACTOR})`, () => {
  bench(
    `product page without vs with the block, ${ROUNDS} alternating rounds`,
    async () => {
      if (REPORT_DIR) mkdirSync(REPORT_DIR, { recursive: true });
      const loadBefore = loadavg()[0];
      const runs: Runs = { with: [], without: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? (["without", "with"] as const) : (["with", "without"] as const);
        for (const variant of order) {
          const url = variant === "with" ? withUrl : withoutUrl;
          const reportFile = REPORT_DIR && path.join(REPORT_DIR, `${variant}-${round + 1}.json`);
          const run = await runLighthouse(url, FORM_FACTOR, reportFile);
          checkRun(run, variant === "with");
          runs[variant].push(run);
        }
      }
      const warnings = new Set([...runs.with, ...runs.without].flatMap((run) => run.warnings));
      if (warnings.size > 0) console.log(`Lighthouse warnings: ${[...warnings].join(" | ")}`);
      report(runs, loadBefore);
    },
    once,
  );
});
