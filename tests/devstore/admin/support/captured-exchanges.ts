import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Reads the Shopify captures in tests/fixtures/shopify/admin-graphql. Their layout varies
 * with the script that recorded them (see that folder's SOURCES.md); this turns any of
 * them into request + response pairs.
 */

export const FIXTURES = fileURLToPath(new URL("../../../fixtures/shopify/admin-graphql", import.meta.url));

export interface CapturedResponse {
  data?: unknown;
  errors?: { message: string; locations?: unknown; path?: unknown; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { requestedQueryCost?: number }; search?: unknown };
}

export interface CapturedExchange {
  /** Where in the fixture the exchange sits, for failure messages. */
  pointer: (string | number)[];
  query: string | null;
  variables: Record<string, unknown>;
  operationName: string | null;
  response: CapturedResponse;
}

type Json = Record<string, unknown>;

export function readFixture(file: string): Json {
  return JSON.parse(readFileSync(path.join(FIXTURES, file), "utf8")) as Json;
}

export function readDocument(file: string): string {
  return readFileSync(path.join(FIXTURES, file), "utf8");
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function responseOf(node: Json): CapturedResponse | null {
  const candidates = [node.response, node.result, node.payload];
  for (const candidate of candidates) {
    if (!isObject(candidate)) continue;
    for (const inner of [candidate.payload, candidate.body]) if (isObject(inner)) return inner as CapturedResponse;
    if ("data" in candidate || "errors" in candidate) return candidate as CapturedResponse;
  }
  return null;
}

/** The request text: inline, or the sibling .graphql file named by documentPath. */
function queryOf(node: Json, area: string): string | null {
  const request = isObject(node.request) ? node.request : node;
  const text = request.query ?? request.document;
  if (typeof text === "string") return text;
  const documentPath = request.documentPath ?? request.requestPath;
  if (typeof documentPath === "string") {
    const sibling = path.join(FIXTURES, area, path.basename(documentPath));
    if (existsSync(sibling)) return readFileSync(sibling, "utf8");
  }
  return null;
}

function exchangeOf(node: Json, area: string, pointer: (string | number)[]): CapturedExchange | null {
  const response = responseOf(node);
  if (!response) return null;
  const request = isObject(node.request) ? node.request : node;
  return {
    pointer,
    query: queryOf(node, area),
    variables: (isObject(request.variables) ? request.variables : {}) as Record<string, unknown>,
    operationName: typeof request.operationName === "string" ? request.operationName : null,
    response,
  };
}

export function valueAt(fixture: unknown, pointer: (string | number)[]): unknown {
  let node = fixture;
  for (const key of pointer) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}

/** The exchange at `pointer` in `file` ("area/name.json"). */
export function exchangeAt(
  file: string,
  pointer: (string | number)[],
  fixture: Json = readFixture(file),
): CapturedExchange {
  const node = valueAt(fixture, pointer);
  const exchange = isObject(node) ? exchangeOf(node, path.dirname(file), pointer) : null;
  if (!exchange) throw new Error(`No captured exchange at ${file} ${JSON.stringify(pointer)}`);
  return exchange;
}

/** Every exchange in the fixture, in document order (top-level data+extensions files included). */
export function allExchanges(file: string): CapturedExchange[] {
  const fixture = readFixture(file);
  const area = path.dirname(file);
  const found: CapturedExchange[] = [];
  if ("data" in fixture && "extensions" in fixture) {
    const upstream = (fixture.upstreamCalls as Json[] | undefined)?.[0];
    found.push({
      pointer: [],
      query: typeof upstream?.query === "string" ? upstream.query : null,
      variables: (upstream?.variables as Record<string, unknown>) ?? {},
      operationName: null,
      response: { data: fixture.data, extensions: fixture.extensions as CapturedResponse["extensions"] },
    });
  }
  const walk = (node: unknown, pointer: (string | number)[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => walk(child, [...pointer, index]));
      return;
    }
    if (!isObject(node)) return;
    const exchange = exchangeOf(node, area, pointer);
    if (exchange) found.push(exchange);
    for (const [key, child] of Object.entries(node))
      if (key !== "response" && key !== "result") walk(child, [...pointer, key]);
  };
  walk(fixture, []);
  return found;
}
