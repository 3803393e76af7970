import type { DevCollection, DevProduct, DevStoreState } from "./types";

/** Collection membership, read from the collections' product lists; a deleted product is in none. */

export function collectionsOf(state: DevStoreState): DevCollection[] {
  return state.collections ?? [];
}

export function findCollection(state: DevStoreState, collectionId: string): DevCollection | null {
  return collectionsOf(state).find((collection) => collection.id === collectionId) ?? null;
}

export function productsInCollection(state: DevStoreState, collection: DevCollection): DevProduct[] {
  return collection.productIds.flatMap((id) => state.products.find((product) => product.id === id) ?? []);
}

export function collectionsOfProduct(state: DevStoreState, productId: string): DevCollection[] {
  return collectionsOf(state).filter((collection) => collection.productIds.includes(productId));
}
