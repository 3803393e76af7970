import { collectionsOf, findCollection, productsInCollection } from "../../state/collections";
import { gid, idFromGid } from "../../state/store";
import type { DevCollection, DevProduct } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import type { AdminContext } from "../request-context";
import type { Args, ResolverMap, TypeResolvers } from "../resolver-map";
import { connectionFrom, countOf } from "../support/connection";
import { containsText, matchesNumber, matchesText, searchRecords, type SearchFields } from "../support/search-query";
import { sortRecords, type SortKeys } from "../support/sort";
import { searchableRootFields } from "../support/sorted-connection";
import { metafieldOwnerResolvers } from "./metafields";

/** Manual collections: the root queries and the Collection type with its products. */

export const COLLECTION_SORT_KEYS: SortKeys<DevCollection> = {
  ID: (collection) => Number(collection.id),
  RELEVANCE: (collection) => Number(collection.id),
  TITLE: (collection) => collection.title.toLowerCase(),
  UPDATED_AT: (collection) => collection.updatedAt,
};

export const COLLECTION_SEARCH: SearchFields<DevCollection> = {
  text: (collection, term) => containsText(collection.title, term),
  id: (collection, term) => matchesNumber(collection.id, term),
  title: (collection, term) =>
    term.prefix ? matchesText(collection.title, term) : containsText(collection.title, term),
  handle: (collection, term) => matchesText(collection.handle, term),
  // Every dev store collection is a manual ("custom") one.
  collection_type: (_collection, term) => term.value.toLowerCase() === "custom",
  product_id: (collection, term) => collection.productIds.includes(term.value),
};

function searchCollections(context: AdminContext, args: Args, path: (string | number)[]): DevCollection[] {
  if (args.savedSearchId != null) throw notImplemented(`${String(path[path.length - 1])}(savedSearchId)`);
  return searchRecords(collectionsOf(context.store.state), args.query as string | null, COLLECTION_SEARCH, {
    path,
    reports: context.searchReports,
  });
}

// COLLECTION_DEFAULT and MANUAL keep the collection's own order: the order products were added.
const COLLECTION_PRODUCT_SORTS: Record<string, ((product: DevProduct) => string | number) | null> = {
  COLLECTION_DEFAULT: null,
  MANUAL: null,
  ID: (product) => Number(product.id),
  TITLE: (product) => product.title.toLowerCase(),
  CREATED: (product) => product.createdAt,
};

function collectionProducts(collection: DevCollection, args: Args, context: AdminContext) {
  const sortKey = args.sortKey as string;
  if (!(sortKey in COLLECTION_PRODUCT_SORTS)) throw notImplemented(`Collection.products(sortKey: ${sortKey})`);
  const valueOf = COLLECTION_PRODUCT_SORTS[sortKey];
  const members = productsInCollection(context.store.state, collection);
  const products = valueOf ? sortRecords(members, sortKey, { [sortKey]: valueOf }, "Collection.products") : members;
  return connectionFrom(products, args, (product) => ({
    id: product.id,
    value: valueOf ? valueOf(product) : members.indexOf(product),
  }));
}

const collectionFields: TypeResolvers<DevCollection> = {
  id: (collection) => gid("Collection", collection.id),
  legacyResourceId: (collection) => collection.id,
  title: (collection) => collection.title,
  handle: (collection) => collection.handle,
  descriptionHtml: (collection) => collection.descriptionHtml,
  updatedAt: (collection) => collection.updatedAt,
  sortOrder: () => "MANUAL",
  // A manual collection has no rules.
  ruleSet: () => null,
  products: collectionProducts,
  productsCount: (collection, _args, { store }) => countOf(productsInCollection(store.state, collection).length, null),
  hasProduct: (collection, args) => {
    const id = idFromGid(args.id as string, "Product");
    return id !== null && collection.productIds.includes(id);
  },
  ...metafieldOwnerResolvers<DevCollection>((collection) => gid("Collection", collection.id)),
};

export const collectionResolvers: ResolverMap = {
  QueryRoot: {
    collection: (_source, args, { store }) => {
      const id = idFromGid(args.id as string, "Collection");
      return id ? findCollection(store.state, id) : null;
    },
    collectionByHandle: (_source, args, { store }) =>
      collectionsOf(store.state).find((collection) => collection.handle === args.handle) ?? null,
    ...searchableRootFields("collections", searchCollections, COLLECTION_SORT_KEYS),
  },
  Collection: collectionFields,
};
