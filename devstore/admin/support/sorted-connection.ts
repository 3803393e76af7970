import { responsePathAsArray } from "graphql";
import type { AdminContext } from "../request-context";
import type { Args, FieldResolver } from "../resolver-map";
import { connectionFrom, countOf, type ConnectionArgs } from "./connection";
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

type Search<T> = (context: AdminContext, args: Args, path: (string | number)[]) => T[];

/** A searchable root connection and its `…Count` twin (`products` and `productsCount`), over one search. */
export function searchableRootFields<T extends { id: string }>(
  field: string,
  search: Search<T>,
  keys: SortKeys<T>,
): Record<string, FieldResolver> {
  return {
    [field]: (_source, args, context, info) =>
      sortedConnection(search(context, args, responsePathAsArray(info.path)), args, keys, field),
    [`${field}Count`]: (_source, args, context, info) =>
      countOf(search(context, args, responsePathAsArray(info.path)).length, args.limit as number | null),
  };
}
