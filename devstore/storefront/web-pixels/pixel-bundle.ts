import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type { WebPixelExtension } from "./pixel-extension";

/**
 * The pixel's code as Shopify CLI ships it: src/index.ts and its imports bundled into one
 * script, minified. Built on first use and again whenever a file under src/ changes.
 */
const cache = new Map<string, { fingerprint: string; code: Promise<string> }>();

export function pixelBundle(extension: WebPixelExtension): Promise<string> {
  const fingerprint = filesFingerprint(path.join(extension.dir, "src"));
  const cached = cache.get(extension.dir);
  if (cached?.fingerprint === fingerprint) return cached.code;
  const code = build({
    entryPoints: [extension.entry],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    write: false,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0].text);
  cache.set(extension.dir, { fingerprint, code });
  // A failed build is not kept: the next request tries again.
  code.catch(() => {
    if (cache.get(extension.dir)?.code === code) cache.delete(extension.dir);
  });
  return code;
}

function filesFingerprint(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const stat = statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .sort()
    .join("|");
}
