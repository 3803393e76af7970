import { connectionFrom, type ConnectionArgs } from "./connection";
import { sortRecords, sortValueOf, type SortKeys } from "./sort";

/**
 * A root connection (`products`, `customers`, …): records sorted by the `sortKey` argument,
 * paged by first/after/last/before, with cursors carrying the sort value as Shopify's do.
 */
export function sortedConnection<T extends { id: string }>(
  records: T[],
  args: ConnectionArgs & { sortKey?: unknown },
  keys: SortKeys<T>,
  field: string,
) {
  const sortKey = args.sortKey as string;
  return connectionFrom(sortRecords(records, sortKey, keys, field), args, (record) => ({
    id: record.id,
    value: sortValueOf(record, sortKey, keys),
  }));
}
