/** Small readers for the values every Reddit markup carries: ids, user names, links, placeholders. */

/** "u/moniso", "/u/moniso" → "moniso"; null for deleted accounts and missing names. */
export function authorName(text: string | null | undefined): string | null {
  const name = (text ?? "").trim().replace(/^\/?u\//, "");
  return name === "" || isPlaceholder(name) ? null : name;
}

/** "[deleted]" or "[removed]": what Reddit shows in place of a deleted or removed text or account. */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === "[deleted]" || trimmed === "[removed]";
}

/** `href` resolved against the page URL; null for missing, script and unparsable links. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  const link = (href ?? "").trim();
  if (link === "" || /^javascript:/i.test(link)) return null;
  try {
    return new URL(link, base).href;
  } catch {
    return null;
  }
}

/** The id (base 36, no prefix) of the first candidate that is a fullname of the given type ("t3_579km2"). */
export function thingId(type: "t1" | "t3", ...candidates: (string | null | undefined)[]): string | null {
  const pattern = new RegExp(`^${type}_([a-z0-9]+)$`, "i");
  for (const candidate of candidates) {
    const match = pattern.exec((candidate ?? "").trim());
    if (match) return match[1];
  }
  return null;
}
