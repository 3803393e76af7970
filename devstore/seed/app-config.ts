import { readFileSync } from "node:fs";

/** What the dev store needs from shopify.app.toml: the scopes the app asks for and where its webhooks go. */
export interface AppConfig {
  scopes: string[];
  webhookApiVersion: string;
  webhookSubscriptions: { topic: string; uri: string; compliance: boolean }[];
}

const APP_TOML = new URL("../../shopify.app.toml", import.meta.url);

let cached: { text: string; config: AppConfig } | undefined;

/** The repository's shopify.app.toml, read at runtime (so that a new subscription reaches the dev store without a code change). */
export function readAppConfig(): AppConfig {
  const text = readFileSync(APP_TOML, "utf8");
  if (cached?.text !== text) cached = { text, config: appConfigFromToml(text) };
  return cached.config;
}

export function appConfigFromToml(text: string): AppConfig {
  const toml = parseToml(text);
  const accessScopes = (toml.access_scopes ?? {}) as Record<string, unknown>;
  const webhooks = (toml.webhooks ?? {}) as Record<string, unknown>;
  const subscriptions = (webhooks.subscriptions ?? []) as Record<string, unknown>[];
  return {
    scopes: String(accessScopes.scopes ?? "")
      .split(",")
      .map((scope) => scope.trim())
      .filter(Boolean),
    webhookApiVersion: String(webhooks.api_version ?? ""),
    webhookSubscriptions: subscriptions.flatMap((subscription) => {
      const uri = String(subscription.uri);
      const topics = ((subscription.topics ?? []) as string[]).map((topic) => ({ topic, uri, compliance: false }));
      const compliance = ((subscription.compliance_topics ?? []) as string[]).map((topic) => ({
        topic,
        uri,
        compliance: true,
      }));
      return [...topics, ...compliance];
    }),
  };
}

type TomlValue = string | number | boolean | TomlValue[] | { [key: string]: TomlValue };
type TomlTable = { [key: string]: TomlValue };

/**
 * The subset of TOML that shopify.app.toml uses: comments, [tables], [[arrays of tables]],
 * dotted headers, and `key = value` with strings, numbers, booleans and (multi-line) arrays.
 */
export function parseToml(text: string): TomlTable {
  const root: TomlTable = {};
  let table = root;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = stripComment(lines[i]).trim();
    if (!line) continue;
    const arrayHeader = /^\[\[([^\]]+)\]\]$/.exec(line);
    const tableHeader = /^\[([^\]]+)\]$/.exec(line);
    if (arrayHeader) {
      const path = arrayHeader[1].trim().split(".");
      const parent = tableAt(root, path.slice(0, -1));
      const key = path[path.length - 1];
      const array = (parent[key] ??= []) as TomlTable[];
      table = {};
      array.push(table);
      continue;
    }
    if (tableHeader) {
      table = tableAt(root, tableHeader[1].trim().split("."));
      continue;
    }
    const equals = line.indexOf("=");
    if (equals < 0) throw new Error(`shopify.app.toml line ${i + 1}: expected key = value`);
    const key = line
      .slice(0, equals)
      .trim()
      .replace(/^"(.*)"$/, "$1");
    let value = line.slice(equals + 1).trim();
    // An array may continue over several lines until its brackets balance.
    while (value.startsWith("[") && !bracketsBalance(value) && i + 1 < lines.length) {
      line = stripComment(lines[++i]).trim();
      value += ` ${line}`;
    }
    table[key] = parseValue(value);
  }
  return root;
}

/** The table at a dotted path; for an array of tables, its last element (as TOML defines). */
function tableAt(root: TomlTable, path: string[]): TomlTable {
  let table = root;
  for (const key of path) {
    const existing = table[key];
    if (Array.isArray(existing)) table = existing[existing.length - 1] as TomlTable;
    else table = (table[key] ??= {}) as TomlTable;
  }
  return table;
}

function parseValue(value: string): TomlValue {
  if (value.startsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("[")) {
    const inner = value.slice(1, -1).trim();
    return splitTopLevel(inner).map(parseValue);
  }
  if (value === "true" || value === "false") return value === "true";
  if (/^[+-]?\d[\d_]*(\.\d+)?$/.test(value)) return Number(value.replaceAll("_", ""));
  throw new Error(`shopify.app.toml: unsupported value ${value}`);
}

/** The characters of `text` outside strings, each with how deep it sits in nested arrays. */
function* unquoted(text: string): Generator<{ index: number; char: string; depth: number }> {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === "[") depth++;
    else if (char === "]") depth--;
    yield { index, char, depth };
  }
}

/** Splits an array's inside at the commas that are not inside strings or nested arrays. */
function splitTopLevel(inner: string): string[] {
  const items: string[] = [];
  let start = 0;
  for (const { index, char, depth } of unquoted(inner)) {
    if (char === "," && depth === 0) {
      items.push(inner.slice(start, index).trim());
      start = index + 1;
    }
  }
  items.push(inner.slice(start).trim());
  return items.filter(Boolean);
}

function bracketsBalance(value: string): boolean {
  let depth = 0;
  for (const position of unquoted(value)) depth = position.depth;
  return depth === 0;
}

function stripComment(line: string): string {
  for (const { index, char } of unquoted(line)) if (char === "#") return line.slice(0, index);
  return line;
}
