import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = "tests/fixtures/amazon";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as `npm run research -- …` does (tsx loads the TypeScript). */
function research(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "extension/cli/research.ts", ...args],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

// Each run starts Node with tsx (~1.5 s idle, several seconds on a busy machine), so the runs go in parallel
// with a generous timeout; concurrent tests assert with their own `expect`.
describe.concurrent("npm run research -- analyze", { timeout: 60_000 }, () => {
  it("prints the analysis of a saved product page as indented JSON and exits 0", async ({ expect }) => {
    const run = await research(
      "analyze",
      `${FIXTURES}/product/amazon_de_B01DQDZVCO_winomo-kleiderhaken_2019.html`,
      "--url",
      "https://www.amazon.de/WINOMO-Kleiderhaken-Klappbar-Wand-Kleiderst%C3%A4nder/dp/B01DQDZVCO",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\{\n {2}"kind": "amazon-product",\n/);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({
      kind: "amazon-product",
      marketplace: "amazon.de",
      asin: "B01DQDZVCO",
      title: "WINOMO Kleiderhaken Klappbar Wand-Kleiderständer",
      price: { amount: 14.99, currency: "EUR" },
      rating: 4.7,
      ratingCount: 110,
      bsr: [
        { rank: 3098, category: "Küche, Haushalt & Wohnen" },
        { rank: 2, category: "Küche, Haushalt & Wohnen > Aufbewahrung & Ordnungssysteme > Wandhaken > Huthaken" },
      ],
      results: null,
    });
    expect(output.reviews).toHaveLength(8);
    expect(output.reviews[0]).toMatchObject({ id: "R2FHC51FRYWTYL", stars: 5, title: "Sitzt", date: "2017-04-14" });
    expect(Object.keys(output.score)).toEqual(["demand", "competition", "profit", "overall"]);
    expect(Object.keys(output.estimate)).toEqual(["units", "low", "high", "revenue"]);
    expect(run.stderr).toBe("");
  });

  it("prints the results of a saved search page", async ({ expect }) => {
    const run = await research(
      "analyze",
      `${FIXTURES}/search/amazon_de_s_plastikfrei-flasche_2019.html`,
      "--url",
      "https://www.amazon.de/s?k=plastikfrei+flasche",
    );
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.kind).toBe("amazon-search");
    expect(output.title).toBe("plastikfrei flasche");
    expect(output.results).toHaveLength(22);
    expect(output.results[1]).toEqual({
      asin: "B072V37G4K",
      title: expect.stringMatching(/^Sports Trinkflasche/),
      price: { amount: 13.97, currency: "EUR" },
      rating: 4.3,
      ratingCount: 448,
      sponsored: true,
      boughtPastMonth: null,
    });
  });

  it("prints a Reddit thread saved as .json: the posts by base-36 id, the need groups and the phrases", async ({
    expect,
  }) => {
    const run = await research(
      "analyze",
      "tests/fixtures/reddit/json/reddit_thread_r-javascript_7c4iry.json",
      "--url",
      "https://www.reddit.com/r/javascript/comments/7c4iry/currying_is_not_idiomatic_in_javascript/",
    );
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({
      kind: "reddit-thread",
      subreddits: ["javascript"],
      posts: [
        { id: "7c4iry", title: "Currying is not idiomatic in JavaScript", author: "lhorie", score: 7, comments: 2 },
      ],
      comments: 2,
    });
    expect(Object.keys(output.groups)).toEqual(["pain", "solutionRequests", "adviceRequests", "money"]);
    expect(Array.isArray(output.phrases)).toBe(true);
  });

  it("prints a saved old.reddit.com listing page", async ({ expect }) => {
    const run = await research(
      "analyze",
      "tests/fixtures/reddit/old_html/reddit_2016_r-worldnews_listing.html",
      "--url",
      "https://old.reddit.com/r/worldnews/",
    );
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.kind).toBe("reddit-listing");
    expect(output.posts).toHaveLength(25);
    expect(output.posts[0]).toEqual({
      id: "56rk5v",
      title: "Hurricane Matthew toll in Haiti rises to 1,000, dead buried in mass graves",
      author: "statelessnfaithless",
      score: 5327,
      comments: 747,
    });
  });

  it("exits 2 for a Reddit page it does not read, and for JSON that is not Reddit's", async ({ expect }) => {
    const user = await research(
      "analyze",
      "tests/fixtures/reddit/old_html/reddit_2016_r-worldnews_listing.html",
      "--url",
      "https://www.reddit.com/user/someone/",
    );
    expect(user.code).toBe(2);
    expect(user.stderr).toMatch(/is not a Reddit thread .* or listing/);
    const json = await research(
      "analyze",
      "tests/fixtures/shopify/webhooks/orders_create_captured_2025-08-07.json",
      "--url",
      "https://www.reddit.com/r/javascript/comments/7c4iry/",
    );
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/Reddit JSON/);
  });

  it("exits 2 with a clear message for a page it does not read", async ({ expect }) => {
    const run = await research(
      "analyze",
      `${FIXTURES}/composed/amazon_com_captcha.html`,
      "--url",
      "https://www.amazon.com/gp/bestsellers/kitchen",
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/unsupported page: .*is not an Amazon product \(\/dp\/…\), search .* or review .* page/);
  });

  it("exits 2 when the saved page is Amazon's CAPTCHA instead of the product", async ({ expect }) => {
    const run = await research(
      "analyze",
      `${FIXTURES}/composed/amazon_com_captcha.html`,
      "--url",
      "https://www.amazon.com/dp/B00FLYWNYQ",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/CAPTCHA/);
  });

  it.for<[string, string[]]>([
    ["no arguments", []],
    ["no --url", ["analyze", `${FIXTURES}/composed/amazon_com_captcha.html`]],
    ["a missing file", ["analyze", `${FIXTURES}/no-such-page.html`, "--url", "https://www.amazon.com/dp/B00FLYWNYQ"]],
    ["an unknown command", ["scrape", "https://www.amazon.com/dp/B00FLYWNYQ"]],
    ["an unknown option", ["analyze", "page.html", "--url", "https://www.amazon.com/dp/B00FLYWNYQ", "--fast"]],
  ])("prints the usage and exits 2 for %s", async ([, args], { expect }) => {
    const run = await research(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/Usage: npm run research -- analyze <saved-page\.html> --url <page URL>/);
  });

  it("prints the usage and exits 0 for --help", async ({ expect }) => {
    const run = await research("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: /);
  });
});
