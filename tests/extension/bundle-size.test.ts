import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { SUPPORTED_MARKETPLACES } from "../../extension/core/amazon/marketplace";

// The built Chrome extension (npm test runs `npm run extension:build` before vitest): every content script stays
// within 60 KB gzipped (the research issue's budget: it is parsed on every Amazon page), and the extension asks
// for Amazon's storefronts (and Reddit, when it reads Reddit) only — never every site.
const output = path.resolve(import.meta.dirname, "../../extension/.output/chrome-mv3");
const BUDGET = 60 * 1024;

function built(file: string): string {
  const full = path.join(output, file);
  if (!existsSync(full)) {
    throw new Error(
      `${path.relative(process.cwd(), full)} is missing: build the extension first (npm run extension:build; npm test does)`,
    );
  }
  return full;
}

/** A match pattern's host, for the extension's own patterns (scheme://host/path); null for any other form. */
function patternHost(pattern: string): string | null {
  const match = /^(?:https?|\*):\/\/([^/]+)\/.*$/.exec(pattern);
  return match ? match[1] : null;
}

const amazonHosts = new Set(SUPPORTED_MARKETPLACES.map((marketplace) => `www.${marketplace}`));
const isAllowedHost = (host: string) =>
  amazonHosts.has(host) || host === "reddit.com" || /^(?:\*|[a-z0-9-]+)\.reddit\.com$/.test(host);

describe("the built research extension (Chrome MV3)", () => {
  it("keeps every content script within 60 KB gzipped", () => {
    const dir = built("content-scripts");
    const scripts = readdirSync(dir).filter((name) => name.endsWith(".js"));
    expect(scripts, `no content scripts in ${dir}`).not.toEqual([]);
    const sizes = scripts.map((name) => {
      const source = readFileSync(path.join(dir, name));
      return { name, raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
    });
    console.log(
      sizes
        .map(({ name, raw, gzip }) => `content-scripts/${name}: ${raw} bytes, ${gzip} bytes gzipped (budget ${BUDGET})`)
        .join("\n"),
    );
    for (const { name, gzip } of sizes) {
      expect(gzip, `content-scripts/${name} is ${gzip} bytes gzipped, over the ${BUDGET}-byte budget`).toBeLessThan(
        BUDGET + 1,
      );
    }
  });

  it("asks for Amazon's storefronts (and Reddit) only, never every site", () => {
    const manifest = JSON.parse(readFileSync(built("manifest.json"), "utf8")) as {
      host_permissions?: string[];
      content_scripts?: { matches?: string[] }[];
    };
    const hostPermissions = manifest.host_permissions ?? [];
    expect(hostPermissions.some((pattern) => amazonHosts.has(patternHost(pattern) ?? ""))).toBe(true);
    const patterns = [
      ...hostPermissions,
      ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    ];
    const others = patterns.filter((pattern) => {
      const host = patternHost(pattern);
      return host === null || !isAllowedHost(host);
    });
    expect(others, "host permissions or content-script matches beyond Amazon and Reddit").toEqual([]);
    expect(patterns).not.toContain("<all_urls>");
  });
});
