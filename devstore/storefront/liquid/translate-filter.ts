import type { FilterImplOptions } from "liquidjs";
import { splitFilterArgs } from "./filter-args";

/**
 * `{{ 'preorder.ships_on' | t: date: ship_date }}` from the extension's
 * locales/en.default.json: dotted keys, `{{ name }}` interpolation, and one/other plurals
 * picked by `count`. A missing key prints "translation missing: en.<key>", as on Shopify.
 */
export function translateFilter(translations: Record<string, unknown>, locale = "en"): FilterImplOptions {
  return (key: unknown, ...args: unknown[]) => {
    const { named } = splitFilterArgs(args);
    let entry = lookup(translations, String(key));
    if (isObject(entry) && "count" in named) entry = entry[Number(named.count) === 1 ? "one" : "other"];
    if (typeof entry !== "string") return `translation missing: ${locale}.${String(key)}`;
    return entry.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
      name in named ? String(named[name] ?? "") : placeholder,
    );
  };
}

function lookup(translations: Record<string, unknown>, key: string): unknown {
  let entry: unknown = translations;
  for (const part of key.split(".")) entry = isObject(entry) ? entry[part] : undefined;
  return entry;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
