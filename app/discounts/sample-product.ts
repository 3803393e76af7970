import type { SampleProduct } from "./example-cart";

/** A product the form's picker offers. */
export interface DiscountProductChoice {
  id: string;
  title: string;
  status: string;
  /** The first variant's price, for the example cart. */
  price: string;
}

/** A collection the form's picker offers. */
export interface DiscountCollectionChoice {
  id: string;
  title: string;
  /** Its first few products, so the preview can put one of them in the example cart. */
  productIds: string[];
}

/**
 * The product the example carts hold: the first product picked (in the picker's order), else
 * the first product of a picked collection, or the store's first product when the discount
 * applies to all products; null when there is none.
 */
export function sampleProduct(
  products: DiscountProductChoice[],
  collections: DiscountCollectionChoice[],
  selection: { appliesTo: string; productIds: string[]; collectionIds: string[] },
): SampleProduct | null {
  const inPickedCollection = new Set(
    collections
      .filter((collection) => selection.collectionIds.includes(collection.id))
      .flatMap((collection) => collection.productIds),
  );
  const product =
    selection.appliesTo === "all"
      ? products[0]
      : (products.find((candidate) => selection.productIds.includes(candidate.id)) ??
        products.find((candidate) => inPickedCollection.has(candidate.id)));
  if (!product) return null;
  const inAnyCollection = selection.appliesTo !== "all" && inPickedCollection.has(product.id);
  return { id: product.id, title: product.title, price: product.price, inAnyCollection };
}
