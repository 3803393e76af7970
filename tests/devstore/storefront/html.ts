/**
 * Just enough HTML reading for assertions, with regular expressions only: text without
 * tags, and the structural checks a browser would not flag but a screen reader would.
 */

const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** The text a visitor reads: no tags, scripts or styles, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** The part of the page between `<main` and `</main>`. */
export function mainContent(html: string): string {
  const start = html.indexOf("<main");
  return start < 0 ? "" : html.slice(start, html.indexOf("</main>", start) + "</main>".length);
}

/** Problems in the markup: unbalanced tags, duplicate ids, images without alt, form controls without a label. */
export function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const withoutRawText = html
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, "<$1$2></$1>")
    .replace(/<!--[\s\S]*?-->/g, "");

  const open: string[] = [];
  for (const [, closing, name] of withoutRawText.matchAll(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*>/g)) {
    const tag = name.toLowerCase();
    if (VOID_ELEMENTS.has(tag)) continue;
    if (!closing) open.push(tag);
    else if (open.at(-1) === tag) open.pop();
    else problems.push(`</${tag}> closes <${open.at(-1) ?? "nothing"}>`);
  }
  if (open.length) problems.push(`never closed: ${open.join(", ")}`);

  const ids = [...withoutRawText.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
  for (const id of new Set(ids))
    if (ids.filter((other) => other === id).length > 1) problems.push(`duplicate id "${id}"`);

  for (const [img] of withoutRawText.matchAll(/<img\b[^>]*>/g))
    if (!/\salt="/.test(img)) problems.push(`no alt: ${img}`);

  const labelled = new Set([...withoutRawText.matchAll(/<label\b[^>]*\sfor="([^"]+)"/g)].map(([, id]) => id));
  for (const [control] of withoutRawText.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)) {
    if (/\stype="(?:hidden|submit)"/.test(control)) continue;
    const id = /\sid="([^"]*)"/.exec(control)?.[1];
    if (!id || !labelled.has(id)) problems.push(`no label: ${control}`);
  }
  return problems;
}
