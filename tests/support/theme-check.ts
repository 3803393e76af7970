import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Shopify's theme check (@shopify/theme-check-node) on one theme app extension, offline: it
 * reads the Liquid docs bundled with the pinned package, not the latest from GitHub, through a
 * throwaway cache directory.
 */
export async function themeCheckOffline(extensionDir: string) {
  const cache = mkdtempSync(path.join(tmpdir(), "fieldtest-theme-check-"));
  const saved = { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, SHOPIFY_TLD_ROOT: process.env.SHOPIFY_TLD_ROOT };
  Object.assign(process.env, { XDG_CACHE_HOME: cache, SHOPIFY_TLD_ROOT: cache });
  try {
    const { themeCheckRun } = await import("@shopify/theme-check-node");
    return await themeCheckRun(extensionDir);
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(cache, { recursive: true, force: true });
  }
}
