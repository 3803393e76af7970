import { detectBlockingPage } from "../amazon/reviews";
import type { BlockingPage } from "../amazon/types";

/** One fetched page as the crawler needs it: the status, the URL after redirects, the HTML. */
export interface LoadedPage {
  status: number;
  url: string;
  html: string;
}

export interface CrawlIo {
  /** Fetches a same-origin page in the user's session. */
  load(url: string, signal: AbortSignal): Promise<LoadedPage>;
  /** An inert document (scripts never run, images never load): DOMParser in the browser. */
  toDocument(html: string): Document;
  /** Resolves after `ms`; rejects when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export interface CrawlOptions {
  io: CrawlIo;
  signal: AbortSignal;
  /** Pages fetched at most, this run. */
  maxPages: number;
  /** The pause before each request after the first. */
  delayMs(): number;
}

export type CrawlEnd =
  | { reason: "finished" }
  | { reason: "limit" }
  | { reason: "blocked"; page: BlockingPage }
  | { reason: "http"; status: number }
  | { reason: "network"; message: string }
  | { reason: "stopped" };

export interface CrawlResult {
  pages: number;
  end: CrawlEnd;
}

/**
 * Amazon's politeness window as other in-session tools keep it: one request at a time, a pause of
 * 1.5–3 s between them (jittered so the rhythm is not machine-regular). Reddit's unauthenticated
 * limit is ~10 requests a minute (research doc §4); the Reddit overlay passes its own delay.
 */
export const politeDelayMs = () => 1500 + Math.random() * 1500;

/** Where Amazon sends a session it will not serve: the sign-in page and the CAPTCHA form. */
const SIGN_IN_PATH = /\/ap\/signin\b/;
const CAPTCHA_PATH = /\/errors\/validateCaptcha\b/;

/**
 * Fetches pages one after another, same-origin only, and hands each to `visit`, which returns
 * the next URL (or null when there is none). Stops at the first CAPTCHA, sign-in wall, HTTP
 * error or network failure, at `maxPages`, or when the researcher stops it; what was visited
 * before stays with the caller.
 */
export async function crawlPolitely(
  first: string | null,
  visit: (document: Document, url: string) => string | null,
  { io, signal, maxPages, delayMs }: CrawlOptions,
): Promise<CrawlResult> {
  let next = first;
  let pages = 0;
  const origin = first ? new URL(first).origin : null;
  while (next !== null) {
    if (pages >= maxPages) return { pages, end: { reason: "limit" } };
    if (new URL(next).origin !== origin) return { pages, end: { reason: "finished" } };
    try {
      if (pages > 0) await io.sleep(delayMs(), signal);
      if (signal.aborted) return { pages, end: { reason: "stopped" } };
      const loaded = await io.load(next, signal);
      const document = io.toDocument(loaded.html);
      const blocked =
        detectBlockingPage(document) ??
        (SIGN_IN_PATH.test(loaded.url) ? "sign-in" : CAPTCHA_PATH.test(loaded.url) ? "captcha" : null);
      if (blocked) return { pages, end: { reason: "blocked", page: blocked } };
      if (loaded.status < 200 || loaded.status > 299) return { pages, end: { reason: "http", status: loaded.status } };
      pages++;
      next = visit(document, loaded.url);
    } catch (error) {
      if (signal.aborted) return { pages, end: { reason: "stopped" } };
      return { pages, end: { reason: "network", message: error instanceof Error ? error.message : String(error) } };
    }
  }
  return { pages, end: { reason: "finished" } };
}
