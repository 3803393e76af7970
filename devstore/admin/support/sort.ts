import { notImplemented } from "../errors/dev-store-error";

export type SortValue = string | number | null;

/** Sort keys of one connection: how to read each key's value from a record. */
export type SortKeys<T> = Record<string, (record: T) => SortValue>;

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

/** Ascending by `sortKey`, ties broken by numeric id as Shopify does. */
export function sortRecords<T extends { id: string }>(
  records: T[],
  sortKey: string,
  keys: SortKeys<T>,
  field: string,
): T[] {
  const valueOf = keys[sortKey];
  if (!valueOf) throw notImplemented(`${field}(sortKey: ${sortKey})`);
  return [...records].sort((a, b) => compare(valueOf(a), valueOf(b)) || Number(a.id) - Number(b.id));
}

/** The cursor's `last_value` for a record under `sortKey`. */
export function sortValueOf<T>(record: T, sortKey: string, keys: SortKeys<T>): string | number {
  return keys[sortKey]?.(record) ?? "";
}
