import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHtmlDocument } from "../../../extension/core/dom";

/** Saved Amazon pages: real captures (product/, search/, reviews/) and composed edge cases (composed/). */
export const AMAZON_FIXTURES = fileURLToPath(new URL("../../fixtures/amazon/", import.meta.url));

const parsed = new Map<string, Document>();

/** The saved page as a DOM document; each page is parsed once per test file (the big ones take ~0.3 s). */
export function loadPage(relativePath: string): Document {
  let document = parsed.get(relativePath);
  if (!document) {
    document = parseHtmlDocument(readFileSync(`${AMAZON_FIXTURES}${relativePath}`, "utf8"));
    parsed.set(relativePath, document);
  }
  return document;
}

/** A small page from inline markup, for one-off variants. */
export function pageFrom(bodyHtml: string): Document {
  return parseHtmlDocument(`<!doctype html><html><head><meta charset="utf-8"></head><body>${bodyHtml}</body></html>`);
}
