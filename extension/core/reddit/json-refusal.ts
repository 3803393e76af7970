import type { CrawlEnd } from "../crawl/polite-crawl";

/**
 * Why a thread's `.json` answer cannot be used, or null when it can: Reddit sends signed-out or
 * throttled sessions to its login page, answers 403 "Blocked" or 429, or serves an HTML page
 * (research doc §4 "Rate limits and blocking").
 */
export function redditJsonRefusal(answer: {
  status: number;
  url: string;
  contentType: string | null;
}): CrawlEnd | null {
  if (/^\/(?:account\/)?login\b/.test(new URL(answer.url).pathname)) return { reason: "blocked", page: "sign-in" };
  if (answer.status !== 200) return { reason: "http", status: answer.status };
  if (!answer.contentType?.includes("json")) {
    return { reason: "network", message: "Reddit sent a web page instead of the thread's data" };
  }
  return null;
}
