import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { productImageSvg } from "../../seed/images";
import { THEME_DIR } from "../storefront-renderer";
import type { Storefront } from "../storefront";

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
};

// One path segment, no traversal ("..", "/", "\").
const SAFE_NAME = /^[\w][\w.-]*$/;

/** GET /images/products/:handle.svg — the seeded product pictures. */
export function productImage(_storefront: Storefront, handle: string): Response {
  const svg = productImageSvg(handle);
  if (svg === null) return new Response("Not found", { status: 404 });
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=300" } });
}

/** GET /assets/:file — the theme's assets. */
export function themeAsset(_storefront: Storefront, file: string): Response {
  return serveFile(path.join(THEME_DIR, "assets"), file);
}

/** GET /extensions/:extension/assets/:file — what `asset_url` points at inside an extension's blocks. */
export function extensionAsset(storefront: Storefront, extension: string, file: string): Response {
  if (!SAFE_NAME.test(extension)) return new Response("Not found", { status: 404 });
  return serveFile(path.join(storefront.renderer.extensionsDir, extension, "assets"), file);
}

function serveFile(dir: string, file: string): Response {
  const full = path.join(dir, file);
  if (!SAFE_NAME.test(file) || !existsSync(full)) return new Response("Not found", { status: 404 });
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  return new Response(readFileSync(full), { headers: { "Content-Type": contentType, "Cache-Control": "no-cache" } });
}
