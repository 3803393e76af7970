import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";

/**
 * The products of a discount's collections, for the storefront schedule. Limit: the first 250
 * products of each collection (one page); a product beyond that shows no countdown, though the
 * Function still discounts it, since Shopify answers its collection membership at checkout.
 */

export const COLLECTION_PRODUCTS_LIMIT = 250;

const COLLECTION_PRODUCTS = `#graphql
  query TieredDiscountCollectionProducts($id: ID!) {
    collection(id: $id) {
      products(first: 250) {
        nodes {
          id
        }
      }
    }
  }
`;

/** Product ids of the collections, each once, in collection order; a deleted collection gives none. */
export async function collectionProductIds(admin: AdminApi, collectionIds: string[]): Promise<string[]> {
  type Data = { collection: { products: { nodes: { id: string }[] } } | null };
  const pages = await Promise.all(collectionIds.map((id) => adminQuery<Data>(admin, COLLECTION_PRODUCTS, { id })));
  return [...new Set(pages.flatMap((page) => page.collection?.products.nodes.map((product) => product.id) ?? []))];
}
