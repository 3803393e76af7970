import type { DevProduct, DevStoreState, DevVariant } from "../../state/types";
import { toCents } from "../money";
import type { Cart, CartLine } from "./cart";

export interface PricedLine {
  line: CartLine;
  product: DevProduct;
  variant: DevVariant;
  /** Cents. */
  unitPrice: number;
  linePrice: number;
}

export interface PricedCart {
  cart: Cart;
  lines: PricedLine[];
  itemCount: number;
  /** Cents. */
  totalPrice: number;
}

/**
 * The cart at today's prices. Lines whose variant was deleted, or whose product is no longer
 * active, are left out (Shopify drops them from the cart too).
 */
export function priceCart(state: DevStoreState, cart: Cart): PricedCart {
  const lines = cart.lines.flatMap((line): PricedLine[] => {
    const found = findVariant(state, line.variantId);
    if (!found || found.product.status !== "ACTIVE") return [];
    const unitPrice = toCents(found.variant.price);
    return [{ line, ...found, unitPrice, linePrice: unitPrice * line.quantity }];
  });
  return {
    cart,
    lines,
    itemCount: lines.reduce((sum, { line }) => sum + line.quantity, 0),
    totalPrice: lines.reduce((sum, { linePrice }) => sum + linePrice, 0),
  };
}

export function findVariant(
  state: DevStoreState,
  variantId: string,
): { product: DevProduct; variant: DevVariant } | undefined {
  for (const product of state.products) {
    const variant = product.variants.find((candidate) => candidate.id === variantId);
    if (variant) return { product, variant };
  }
  return undefined;
}
