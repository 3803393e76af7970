/**
 * Text of Reddit markup as a reader sees it. Post and comment bodies keep their paragraphs and list
 * items as lines; line breaks in the HTML source (the 2016 captures wrap long paragraphs) are
 * spaces. Scripts and styles are skipped. `textContent` is used, never `innerText`, which forces layout.
 */

const SKIPPED_ELEMENTS = new Set(["script", "style", "noscript", "template", "svg"]);
const LINE_BREAKING_ELEMENTS = new Set([
  "br",
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "blockquote",
  "pre",
  "table",
  "tr",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
/** Zero-width space, joiners, bidi marks, BOM. */
const INVISIBLE_CHARACTERS = /[\u200b-\u200f\u2060\ufeff]/g;

/** The text of `node` on one line, whitespace collapsed; "" for null. */
export function inlineText(node: Node | null | undefined): string {
  if (!node) return "";
  const parts: string[] = [];
  collect(node, parts);
  return oneLine(parts.join(""));
}

/** The text of `node` with one line per paragraph, list item or heading; "" for null. */
export function blockText(node: Node | null | undefined): string {
  if (!node) return "";
  const parts: string[] = [];
  collect(node, parts);
  return parts
    .join("")
    .split("\n")
    .map(oneLine)
    .filter((line) => line !== "")
    .join("\n");
}

/** Collapses all whitespace (incl. no-break spaces) to single spaces and trims. */
export function oneLine(text: string | null | undefined): string {
  return text ? text.replace(INVISIBLE_CHARACTERS, "").replace(/\s+/g, " ").trim() : "";
}

function collect(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push((child.nodeValue ?? "").replace(/\s+/g, " "));
    } else if (child.nodeType === 1) {
      const name = (child as Element).localName;
      if (SKIPPED_ELEMENTS.has(name)) continue;
      const breaksLine = LINE_BREAKING_ELEMENTS.has(name);
      if (breaksLine) parts.push("\n");
      collect(child, parts);
      if (breaksLine) parts.push("\n");
    }
  }
}
