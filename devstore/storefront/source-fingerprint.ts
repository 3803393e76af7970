import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * A cheap fingerprint of the files a storefront renders from (names, sizes, mtimes), so
 * that edits to the theme or to storefront/ extensions show on the next request without
 * re-reading every file on every request.
 */
export function sourceFingerprint(dirs: string[]): string {
  const parts: string[] = [];
  for (const dir of dirs) collect(dir, parts);
  return parts.join("|");
}

// Theme app extensions keep Liquid, locales and assets here; other folders (node_modules of
// a web pixel, src of a Function) do not affect the storefront.
const EXTENSION_FOLDERS = new Set(["blocks", "snippets", "locales", "assets", "layout", "templates"]);

function collect(dir: string, parts: string[], depth = 0) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth === 0 || EXTENSION_FOLDERS.has(entry.name)) collect(full, parts, depth + 1);
    } else if (depth > 0) {
      const stat = statSync(full);
      parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
    }
  }
}
