import type { CrawlIo } from "../core/crawl/polite-crawl";

/**
 * The crawler's I/O on the page: a same-origin fetch in the researcher's own session (their
 * cookies, their sign-in), parsed into an inert document — DOMParser runs no scripts and loads
 * no images.
 */
export const sameOriginPages: CrawlIo = {
  async load(url, signal) {
    const response = await fetch(url, { credentials: "same-origin", signal, headers: { Accept: "text/html" } });
    return { status: response.status, url: response.url || url, html: await response.text() };
  },
  toDocument: (html) => new DOMParser().parseFromString(html, "text/html"),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, ms);
      signal.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    }),
};
