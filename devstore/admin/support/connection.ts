import { shopifyError } from "../errors/dev-store-error";

/**
 * Relay connections over an in-memory list, with Shopify's cursors: base64 of
 * {"last_id": <numeric id>, "last_value": <sort value>}. Only `last_id` is needed to find
 * the position again; `last_value` is there so cursors look like Shopify's.
 */

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  reverse?: boolean | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

export interface CursorKey {
  id: string;
  value: string | number;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify({ last_id: Number(key.id), last_value: key.value })).toString("base64");
}

function decodeCursor(cursor: string): string {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, "base64").toString("utf8")) as { last_id?: unknown };
    if (typeof decoded.last_id === "number" || typeof decoded.last_id === "string") return String(decoded.last_id);
  } catch {
    // falls through to the error below
  }
  throw shopifyError(`Invalid cursor '${cursor}'`, "BAD_REQUEST");
}

/** `items` are already filtered and sorted; `reverse` flips that order. */
export function connectionFrom<T>(items: T[], args: ConnectionArgs, keyOf: (item: T) => CursorKey): Connection<T> {
  if (args.first == null && args.last == null)
    throw shopifyError("you must provide one of first or last", "BAD_REQUEST");
  const ordered = args.reverse ? [...items].reverse() : items;
  let start = 0;
  let end = ordered.length;
  if (args.after != null) {
    const afterId = decodeCursor(args.after);
    const index = ordered.findIndex((item) => keyOf(item).id === afterId);
    start = index === -1 ? end : index + 1;
  }
  if (args.before != null) {
    const beforeId = decodeCursor(args.before);
    const index = ordered.findIndex((item) => keyOf(item).id === beforeId);
    if (index !== -1) end = Math.min(end, index);
  }
  if (args.first != null) end = Math.min(end, start + Math.max(0, args.first));
  if (args.last != null) start = Math.max(start, end - Math.max(0, args.last));
  const window = ordered.slice(start, Math.max(start, end));
  const edges = window.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: window,
    pageInfo: {
      hasNextPage: end < ordered.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Shopify's `Count` object; counts stop at `limit` (10,000 by default) with precision AT_LEAST. */
export function countOf(total: number, limit: number | null | undefined) {
  if (limit != null && total > limit) return { count: limit, precision: "AT_LEAST" };
  return { count: total, precision: "EXACT" };
}
