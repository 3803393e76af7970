import { collectionsOfProduct } from "../../state/collections";
import { idFromGid } from "../../state/store";
import type { DevProduct } from "../../state/types";
import type { ResolverMap } from "../resolver-map";
import { searchRecords } from "../support/search-query";
import { sortedConnection } from "../support/sorted-connection";
import { COLLECTION_SEARCH, COLLECTION_SORT_KEYS } from "./collections";

/** The collections a product is in: Product.collections and Product.inCollection. */
export const productCollectionResolvers: ResolverMap = {
  Product: {
    collections: (product: DevProduct, args, context) => {
      const collections = searchRecords(
        collectionsOfProduct(context.store.state, product.id),
        args.query as string | null,
        COLLECTION_SEARCH,
        { path: ["Product", "collections"], reports: context.searchReports },
      );
      return sortedConnection(collections, args, COLLECTION_SORT_KEYS, "Product.collections");
    },
    inCollection: (product: DevProduct, args, context) => {
      const id = idFromGid(args.id as string, "Collection");
      return id !== null && collectionsOfProduct(context.store.state, product.id).some((c) => c.id === id);
    },
  },
};
