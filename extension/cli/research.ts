import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { analyzePage, UnsupportedPageError } from "../core/analyze-page";
import { analyzeRedditSource, UnreadableRedditPageError } from "../core/analyze-reddit";

/**
 * `npm run research -- analyze <saved-page.html> --url <page URL>`: prints, as JSON, what the
 * extension extracts and computes for a saved page (the same core code the overlay runs).
 * Exit codes: 0 analysed (or --help), 2 usage error or a page the extension does not read.
 */

const USAGE = `Usage: npm run research -- analyze <saved-page.html> --url <page URL>

Prints what the Fieldtest research extension extracts and computes for a saved Amazon or Reddit page,
as JSON. The URL is the address the page was saved from; it tells the site and the kind of page:
  product  https://www.amazon.de/dp/B01DQDZVCO
  search   https://www.amazon.com/s?k=portable+charger
  reviews  https://www.amazon.com/product-reviews/B071L8D4DQ
  thread   https://www.reddit.com/r/BuyItForLife/comments/1b8xk2q/   (HTML, or the thread's .json)
  listing  https://old.reddit.com/r/BuyItForLife/                    (HTML, or the listing's .json)`;

const EXIT_UNSUPPORTED = 2;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, file, ...extra] = parsed.positionals;
  if (command !== "analyze") return usageError(command ? `unknown command "${command}"` : "no command given");
  if (!file) return usageError("no saved page given");
  if (extra.length > 0) return usageError(`unexpected arguments: ${extra.join(" ")}`);
  if (!parsed.values.url) return usageError("--url is required");

  let html: string;
  try {
    html = readFileSync(file, "utf8");
  } catch (error) {
    return usageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const url = parsed.values.url;
  try {
    const result = isReddit(url) ? analyzeRedditSource(html, url, new Date()) : analyzePage(html, url);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UnsupportedPageError || error instanceof UnreadableRedditPageError)) throw error;
    process.stderr.write(`research: unsupported page: ${error.message}\n`);
    return EXIT_UNSUPPORTED;
  }
}

function isReddit(url: string): boolean {
  return URL.canParse(url) && /(?:^|\.)reddit\.com$/.test(new URL(url).hostname);
}

function usageError(problem: string): number {
  process.stderr.write(`research: ${problem}\n\n${USAGE}\n`);
  return EXIT_UNSUPPORTED;
}

process.exitCode = main(process.argv.slice(2));
