import { expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHtmlDocument } from "../../../extension/core/dom";
import { redditPageSchema, type RedditPage } from "../../../extension/core/reddit/types";

/** Saved Reddit pages: real captures (old_html/, new_html_2019_redesign/, json/) and composed shreddit pages (shreddit/). */
export const REDDIT_FIXTURES = fileURLToPath(new URL("../../fixtures/reddit/", import.meta.url));

const parsed = new Map<string, Document>();

/** The saved page as a DOM document, parsed once per test file (the redesign capture takes ~0.6 s). */
export function loadPage(relativePath: string): Document {
  let document = parsed.get(relativePath);
  if (!document) {
    document = parseHtmlDocument(readFileSync(`${REDDIT_FIXTURES}${relativePath}`, "utf8"));
    parsed.set(relativePath, document);
  }
  return document;
}

export function loadJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(`${REDDIT_FIXTURES}${relativePath}`, "utf8"));
}

/** A page from inline markup, for one-off variants. */
export function pageFrom(bodyHtml: string): Document {
  return parseHtmlDocument(`<!doctype html><html><head><meta charset="utf-8"></head><body>${bodyHtml}</body></html>`);
}

/** A parser's result, checked against the model's schema (and non-null). */
export function valid(page: RedditPage | null): RedditPage {
  expect(page).not.toBeNull();
  return redditPageSchema.parse(page);
}
