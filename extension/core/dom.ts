import { parseHTML } from "linkedom";

/**
 * A DOM `Document` for saved HTML, for the command line and the tests. The content script
 * passes the live `document` to the parsers instead, so only this file imports linkedom.
 */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
