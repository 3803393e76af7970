import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { themeCheckOffline } from "../support/theme-check";

// The launch discount's theme app extension (storefront/launch/): a few hundred bytes of
// script and style on every page that shows it, and nothing for Shopify's theme check.

const EXTENSION = fileURLToPath(new URL("../../storefront/launch", import.meta.url));

function size(file: string) {
  const source = readFileSync(path.join(EXTENSION, "assets", file));
  return { raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
}

describe("the launch discount's assets", () => {
  it("keeps launch.js within 1,500 bytes and launch.css within 950 bytes, gzipped", () => {
    const js = size("launch.js");
    const css = size("launch.css");
    console.info(
      `[launch discount] launch.js: ${js.raw} B, ${js.gzip} B gzip; launch.css: ${css.raw} B, ${css.gzip} B gzip`,
    );

    expect(js.gzip).toBeLessThanOrEqual(1_500);
    // The bar's Dismiss button, one-line tiers and focus padding took the stylesheet past 800, then 900 B.
    expect(css.gzip).toBeLessThanOrEqual(950);
    // theme-check's AssetSizeAppBlockJavaScript and AssetSizeAppBlockCSS measure the files as they are.
    expect(js.raw).toBeLessThanOrEqual(10_000);
    expect(css.raw).toBeLessThanOrEqual(100_000);
  });

  it("loads nothing else, polls nothing, and uses no framework", () => {
    const js = readFileSync(path.join(EXTENSION, "assets", "launch.js"), "utf8");

    expect(js).not.toMatch(/\bimport\b|\brequire\(|document\.write|createElement\("script"\)/);
    expect(js).not.toMatch(/\bfetch\(|XMLHttpRequest|setInterval|localStorage|innerHTML/);
  });
});

describe("Shopify's theme check (@shopify/theme-check-node, app-extension mode)", () => {
  it("finds nothing to report in the launch extension", async () => {
    const { config, theme, offenses } = await themeCheckOffline(EXTENSION);

    expect(config.context).toBe("app");
    expect(theme.map((file) => path.relative(EXTENSION, fileURLToPath(file.uri))).sort()).toEqual([
      "blocks/launch-bar.liquid",
      "blocks/launch-discount.liquid",
      "locales/de.json",
      "locales/en.default.json",
      "locales/fr.json",
      "snippets/launch-discount.liquid",
    ]);
    expect(offenses.map((offense) => `${offense.check}: ${offense.message} (${offense.uri})`)).toEqual([]);
  });
});
