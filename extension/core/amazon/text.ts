/**
 * Reading text out of Amazon markup. `textContent` is used (never `innerText`, which forces
 * layout), but Amazon puts inline <script>/<style> inside the very elements we read (the
 * availability line, review bodies, the rating widget), so those subtrees are skipped.
 */

const SKIPPED_ELEMENTS = new Set(["script", "style", "noscript", "template", "svg"]);
const LINE_BREAKING_ELEMENTS = new Set(["br", "p", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6"]);
/** Bidi marks (amazon.ae wraps the ":" of detail bullets in U+200F/U+200E), zero-width space, BOM. */
const INVISIBLE_CHARACTERS = /[\u200b\u200e\u200f\u2060\ufeff]/g;

export interface ReadableTextOptions {
  /** Leave out elements this returns true for (icon captions, "Read more" prompts…). */
  skip?: (element: Element) => boolean;
  /** Keep line breaks (from <br> and block elements) as "\n"; otherwise one line. */
  multiline?: boolean;
}

/** The text a reader sees in `node`, whitespace collapsed, without scripts and styles. */
export function readableText(node: Node | null | undefined, options: ReadableTextOptions = {}): string {
  if (!node) return "";
  const parts: string[] = [];
  collect(node, parts, options.skip);
  const raw = parts.join("");
  if (!options.multiline) return oneLine(raw);
  return raw
    .split("\n")
    .map(oneLine)
    .filter((line) => line !== "")
    .join("\n");
}

function collect(node: Node, parts: string[], skip: ReadableTextOptions["skip"]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push(child.nodeValue ?? "");
    } else if (child.nodeType === 1) {
      const element = child as Element;
      const name = element.localName;
      if (SKIPPED_ELEMENTS.has(name) || (skip && skip(element))) continue;
      const breaksLine = LINE_BREAKING_ELEMENTS.has(name);
      if (breaksLine) parts.push("\n");
      collect(element, parts, skip);
      if (breaksLine && name !== "br") parts.push("\n");
    }
  }
}

/** Collapses all whitespace (incl. no-break and narrow no-break spaces) to single spaces. */
export function oneLine(text: string | null | undefined): string {
  if (!text) return "";
  return text.replace(INVISIBLE_CHARACTERS, "").replace(/\s+/g, " ").trim();
}

/** `readableText` of the first element matching `selector` under `root`, or null when absent or empty. */
export function textOf(root: ParentNode, selector: string, options?: ReadableTextOptions): string | null {
  const text = readableText(root.querySelector(selector), options);
  return text === "" ? null : text;
}
