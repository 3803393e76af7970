import type { CrawlEnd } from "./polite-crawl";

/** What the researcher reads when a crawl ends: why it stopped, what to do, and that nothing read is lost. */
export function crawlEndMessage(end: CrawlEnd, site: string, kept: string): string {
  switch (end.reason) {
    case "finished":
      return `Done: ${kept}.`;
    case "limit":
      return `Stopped after this run's page limit: ${kept}. Run it again to read further.`;
    case "stopped":
      return `Stopped: ${kept}.`;
    case "blocked":
      return end.page === "captcha"
        ? `${site} showed a CAPTCHA, so reading stopped. Solve it in a normal tab, then try again. Kept ${kept}.`
        : `${site} asks you to sign in to read further. Sign in, then try again. Kept ${kept}.`;
    case "http":
      if (end.status === 429 || end.status === 503) {
        return `${site} asked to slow down (HTTP ${end.status}), so reading stopped. Try again in a few minutes. Kept ${kept}.`;
      }
      return end.status === 403
        ? `${site} refused the request (HTTP 403: blocked, or signed out), so reading stopped. Kept ${kept}.`
        : `${site} answered HTTP ${end.status}, so reading stopped. Kept ${kept}.`;
    case "network":
      return `The network failed (${end.message}), so reading stopped. Kept ${kept}.`;
  }
}
