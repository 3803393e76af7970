import { isDeepStrictEqual } from "node:util";
import type { GraphqlBody } from "../admin-client";
import type { CapturedResponse } from "./captured-exchanges";

/**
 * Compares a dev store response with Shopify's captured one: the same keys and value types
 * at every path (ids, timestamps and amounts differ by nature), the same errors (message,
 * code, extensions, path, locations) and the same userErrors (field, message, code).
 */

export interface CompareOptions {
  /** False when the captured request text differs from the replayed one (locations cannot match). */
  compareLocations?: boolean;
  /** False for captures whose cost this calculator does not reproduce. */
  compareRequestedCost?: boolean;
  /** Paths ("data.customers.nodes", "*" for any segment) whose list length depends on Shopify's data. */
  looseLists?: string[];
  /** Paths that may be null here where the capture has a value, because of the captured shop's data. */
  nullable?: string[];
  /** Captured messages the dev store words differently on purpose, with what it says instead. */
  messages?: Record<string, RegExp>;
}

function matches(pattern: string, path: string[]): boolean {
  const segments = pattern.split(".");
  return (
    segments.length === path.length && segments.every((segment, index) => segment === "*" || segment === path[index])
  );
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `list(${value.length})`;
  return typeof value;
}

function compareShape(expected: unknown, actual: unknown, path: string[], options: CompareOptions, issues: string[]) {
  const at = path.join(".") || "(root)";
  if (expected === null || actual === null || expected === undefined || actual === undefined) {
    if (actual === null && options.nullable?.some((pattern) => matches(pattern, path))) return;
    if (expected !== actual) issues.push(`${at}: expected ${describe(expected)}, got ${describe(actual)}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      issues.push(`${at}: expected a list, got ${describe(actual)}`);
      return;
    }
    const ofObjects = expected.some((item) => typeof item === "object" && item !== null);
    const loose = !ofObjects || options.looseLists?.some((pattern) => matches(pattern, path));
    if (!loose && expected.length !== actual.length)
      issues.push(`${at}: expected ${expected.length} items, got ${actual.length}`);
    for (let index = 0; index < Math.min(expected.length, actual.length); index += 1) {
      compareShape(expected[index], actual[index], [...path, String(index)], options, issues);
    }
    return;
  }
  if (typeof expected === "object") {
    if (typeof actual !== "object" || Array.isArray(actual)) {
      issues.push(`${at}: expected an object, got ${describe(actual)}`);
      return;
    }
    const expectedKeys = Object.keys(expected).sort();
    const actualKeys = Object.keys(actual).sort();
    if (!isDeepStrictEqual(expectedKeys, actualKeys))
      issues.push(`${at}: keys ${expectedKeys.join(",")} vs ${actualKeys.join(",")}`);
    for (const key of expectedKeys) {
      if (key in actual) {
        compareShape(
          (expected as Record<string, unknown>)[key],
          (actual as Record<string, unknown>)[key],
          [...path, key],
          options,
          issues,
        );
      }
    }
    return;
  }
  if (typeof expected !== typeof actual) issues.push(`${at}: expected ${typeof expected}, got ${describe(actual)}`);
}

function messageMatches(expected: string, actual: string, options: CompareOptions): boolean {
  return expected === actual || (options.messages?.[expected]?.test(actual) ?? false);
}

/** userErrors anywhere in the data, compared entry by entry. */
function compareUserErrors(
  expected: unknown,
  actual: unknown,
  path: string[],
  options: CompareOptions,
  issues: string[],
) {
  if (typeof expected !== "object" || expected === null || typeof actual !== "object" || actual === null) return;
  for (const [key, value] of Object.entries(expected)) {
    const other = (actual as Record<string, unknown>)[key];
    if (/userErrors$/.test(key) && Array.isArray(value) && Array.isArray(other)) {
      value.forEach((error: Record<string, unknown>, index) => {
        const mine = other[index] as Record<string, unknown> | undefined;
        const at = [...path, key, String(index)].join(".");
        if (!mine) return;
        for (const field of ["field", "code", "elementIndex"]) {
          if (field in error && !isDeepStrictEqual(error[field], mine[field])) {
            issues.push(`${at}.${field}: expected ${JSON.stringify(error[field])}, got ${JSON.stringify(mine[field])}`);
          }
        }
        if (!messageMatches(String(error.message), String(mine.message), options)) {
          issues.push(`${at}.message: expected ${JSON.stringify(error.message)}, got ${JSON.stringify(mine.message)}`);
        }
      });
    } else {
      compareUserErrors(value, other, [...path, key], options, issues);
    }
  }
}

function compareErrors(
  expected: CapturedResponse["errors"],
  actual: GraphqlBody["errors"],
  options: CompareOptions,
  issues: string[],
) {
  const want = expected ?? [];
  const got = actual ?? [];
  if (want.length !== got.length) {
    issues.push(`errors: expected ${want.length}, got ${got.length}: ${JSON.stringify(got)}`);
    return;
  }
  want.forEach((error, index) => {
    const mine = got[index];
    if (!messageMatches(error.message, mine.message, options)) {
      issues.push(
        `errors.${index}.message: expected ${JSON.stringify(error.message)}, got ${JSON.stringify(mine.message)}`,
      );
    }
    const { requestId: _ignored, ...extensions } = error.extensions ?? {};
    const mineExtensions = mine.extensions ?? {};
    for (const [key, value] of Object.entries(extensions)) {
      if (!isDeepStrictEqual(value, mineExtensions[key])) {
        issues.push(
          `errors.${index}.extensions.${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(mineExtensions[key])}`,
        );
      }
    }
    if (!isDeepStrictEqual(error.path, mine.path)) {
      issues.push(`errors.${index}.path: expected ${JSON.stringify(error.path)}, got ${JSON.stringify(mine.path)}`);
    }
    if (options.compareLocations !== false && !isDeepStrictEqual(error.locations, mine.locations)) {
      issues.push(
        `errors.${index}.locations: expected ${JSON.stringify(error.locations)}, got ${JSON.stringify(mine.locations)}`,
      );
    }
  });
}

export function compareResponses(
  expected: CapturedResponse,
  actual: GraphqlBody,
  options: CompareOptions = {},
): string[] {
  const issues: string[] = [];
  compareErrors(expected.errors, actual.errors, options, issues);
  if ("data" in expected) {
    compareShape(expected.data, actual.data, ["data"], options, issues);
    compareUserErrors(expected.data, actual.data, ["data"], options, issues);
  } else if (actual.data !== undefined) {
    issues.push(`data: expected none, got ${JSON.stringify(actual.data)}`);
  }
  const expectedCost = expected.extensions?.cost;
  const actualCost = actual.extensions?.cost as { requestedQueryCost?: number } | undefined;
  if (expectedCost && !actualCost) issues.push("extensions.cost: missing");
  if (!expected.extensions && actual.extensions)
    issues.push(`extensions: expected none, got ${JSON.stringify(actual.extensions)}`);
  if (expectedCost && actualCost) {
    compareShape(expectedCost, actualCost, ["extensions", "cost"], options, issues);
    if (options.compareRequestedCost !== false && expectedCost.requestedQueryCost !== actualCost.requestedQueryCost) {
      issues.push(
        `requestedQueryCost: expected ${expectedCost.requestedQueryCost}, got ${actualCost.requestedQueryCost}`,
      );
    }
  }
  if (expected.extensions?.search)
    compareShape(expected.extensions.search, actual.extensions?.search, ["extensions", "search"], options, issues);
  return issues;
}

/**
 * Shopify's ids of records the replay created, mapped to the dev store's, learnt from
 * responses; also inside the cursors a capture passes back (base64 {"last_id", "last_value"}).
 */
export class IdMap {
  private readonly ids = new Map<string, string>();

  learn(expected: unknown, actual: unknown) {
    if (typeof expected === "string" && typeof actual === "string") {
      if (
        /^gid:\/\/shopify\/\w+\/\d+$/.test(expected) &&
        /^gid:\/\/shopify\/\w+\/\d+$/.test(actual) &&
        expected !== actual
      ) {
        this.ids.set(expected, actual);
      }
      return;
    }
    if (typeof expected !== "object" || expected === null || typeof actual !== "object" || actual === null) return;
    for (const [key, value] of Object.entries(expected)) this.learn(value, (actual as Record<string, unknown>)[key]);
  }

  apply<T>(value: T): T {
    if (typeof value === "string") return (this.ids.get(value) ?? this.cursor(value) ?? value) as T;
    if (Array.isArray(value)) return value.map((item) => this.apply(item)) as T;
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.apply(item)])) as T;
    }
    return value;
  }

  /** A captured cursor with its record's id (and an id-valued last_value) replaced by the dev store's. */
  private cursor(value: string): string | null {
    if (!/^[A-Za-z0-9+/]+=*$/.test(value)) return null;
    let decoded: { last_id?: unknown; last_value?: unknown };
    try {
      decoded = JSON.parse(Buffer.from(value, "base64").toString("utf8")) as typeof decoded;
    } catch {
      return null;
    }
    const numeric = (id: unknown) =>
      [...this.ids].find(([shopify]) => shopify.endsWith(`/${String(id)}`))?.[1].replace(/^.*\//, "");
    const lastId = numeric(decoded.last_id);
    if (typeof decoded.last_id !== "number" || !lastId) return null;
    const sameValue = String(decoded.last_value) === String(decoded.last_id);
    const lastValue = sameValue
      ? typeof decoded.last_value === "number"
        ? Number(lastId)
        : lastId
      : decoded.last_value;
    return Buffer.from(JSON.stringify({ last_id: Number(lastId), last_value: lastValue })).toString("base64");
  }
}
