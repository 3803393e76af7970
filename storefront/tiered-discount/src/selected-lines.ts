import type { CartLine } from "./cart-lines-discounts-generate-run-input";
import type { ProductSelection } from "./tiered-discount-config";

/**
 * The cart lines a product selection covers. Gift cards are never covered: they are not
 * discounted, and buying one must not count towards a quantity tier.
 */
export function selectedLines(lines: CartLine[], selection: ProductSelection): CartLine[] {
  return lines.filter((line) => {
    const product = line.merchandise.product;
    if (!product || product.isGiftCard) return false;
    return selection === "allProducts" || selection.productIds.includes(product.id) || product.inAnyCollection;
  });
}
