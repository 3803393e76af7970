import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readBlockSchema, type BlockSchema } from "./block-schema";

/** A theme app extension folder, storefront/<name>/, with its blocks and translations. */
export interface ThemeExtension {
  name: string;
  dir: string;
  /** locales/en.default.json */
  translations: Record<string, unknown>;
  blocks: ExtensionBlock[];
}

export interface ExtensionBlock {
  /** The file name without .liquid (Shopify's block handle). */
  handle: string;
  file: string;
  source: string;
  schema: BlockSchema;
}

/**
 * The theme app extensions under `extensionsDir`: folders with a blocks/ folder (the other
 * extensions there — Functions, web pixels — have none).
 */
export function loadThemeExtensions(extensionsDir: string): ThemeExtension[] {
  if (!existsSync(extensionsDir)) return [];
  return readdirSync(extensionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(extensionsDir, entry.name, "blocks")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => loadExtension(path.join(extensionsDir, name)));
}

function loadExtension(dir: string): ThemeExtension {
  const blocksDir = path.join(dir, "blocks");
  const blocks = readdirSync(blocksDir)
    .filter((file) => file.endsWith(".liquid"))
    .sort()
    .map((file): ExtensionBlock => {
      const filePath = path.join(blocksDir, file);
      const source = readFileSync(filePath, "utf8");
      return {
        handle: file.replace(/\.liquid$/, ""),
        file: filePath,
        source,
        schema: readBlockSchema(source, filePath),
      };
    });
  const locale = path.join(dir, "locales", "en.default.json");
  const translations = existsSync(locale) ? (JSON.parse(readFileSync(locale, "utf8")) as Record<string, unknown>) : {};
  return { name: path.basename(dir), dir, translations, blocks };
}
