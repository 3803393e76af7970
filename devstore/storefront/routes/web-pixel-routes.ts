import { readFileSync } from "node:fs";
import type { Storefront } from "../storefront";
import { findWebPixelExtension } from "../web-pixels/pixel-extension";
import { sandboxPage } from "../web-pixels/sandbox-page";

const MANAGER = readFileSync(new URL("../web-pixels/runtime/web-pixels-manager.js", import.meta.url), "utf8");

/** GET /web-pixels-manager/manager.js — the script on each page that runs the app's pixel. */
export function webPixelsManager(): Response {
  return new Response(MANAGER, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" },
  });
}

/** GET /web-pixels-manager/sandbox/:extension — the pixel's strict sandbox, with its code built from storefront/<extension>/src. */
export async function webPixelSandbox(storefront: Storefront, extension: string): Promise<Response> {
  const found = findWebPixelExtension(storefront.renderer.extensionsDir);
  if (!found || found.name !== extension || !storefront.store.state.webPixel) {
    return new Response("Not found", { status: 404 });
  }
  return new Response(await sandboxPage(found), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" },
  });
}
