import type { SampleProduct } from "./example-cart";

/** A product the form's picker offers. */
export interface DiscountProductChoice {
  id: string;
  title: string;
  status: string;
  /** The first variant's price, for the example cart. */
  price: string;
}

/**
 * The product the example carts hold: the first product picked (in the picker's order), or
 * the store's first product when the discount applies to all products; null when there is none.
 */
export function sampleProduct(
  products: DiscountProductChoice[],
  selection: { appliesTo: string; productIds: string[] },
): SampleProduct | null {
  const product =
    selection.appliesTo === "all"
      ? products[0]
      : products.find((candidate) => selection.productIds.includes(candidate.id));
  return product ? { id: product.id, title: product.title, price: product.price, inAnyCollection: false } : null;
}
