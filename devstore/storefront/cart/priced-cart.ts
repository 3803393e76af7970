import { planForVariant } from "../../state/selling-plans";
import type { DevProduct, DevStoreState, DevVariant } from "../../state/types";
import { toCents } from "../money";
import { allocationOf, type SellingPlanAllocation } from "../selling-plan-pricing";
import type { Cart, CartLine } from "./cart";

export interface PricedLine {
  line: CartLine;
  product: DevProduct;
  variant: DevVariant;
  /** The line's selling plan, priced; null for a line bought outright. */
  allocation: SellingPlanAllocation | null;
  /** Cents, with the selling plan's price adjustment. */
  unitPrice: number;
  linePrice: number;
  /** What checkout charges now for the line: all of it, or a preorder's deposit. */
  checkoutChargeAmount: number;
}

export interface PricedCart {
  cart: Cart;
  lines: PricedLine[];
  itemCount: number;
  /** Cents. */
  totalPrice: number;
  /** What checkout charges now (Liquid's cart.checkout_charge_amount); the rest is due later. */
  checkoutChargeAmount: number;
}

/**
 * The cart at today's prices. Lines whose variant was deleted, whose product is no longer
 * active, or whose selling plan no longer applies to the variant, are left out (Shopify
 * drops them from the cart too).
 */
export function priceCart(state: DevStoreState, cart: Cart): PricedCart {
  const lines = cart.lines.flatMap((line): PricedLine[] => {
    const found = findVariant(state, line.variantId);
    if (!found || found.product.status !== "ACTIVE") return [];
    const planned = line.sellingPlanId ? planForVariant(state, found.variant, line.sellingPlanId) : null;
    if (line.sellingPlanId && !planned) return [];
    const allocation = planned && allocationOf(planned.group, planned.plan, found.variant);
    const unitPrice = allocation?.price ?? toCents(found.variant.price);
    const checkoutCharge = allocation?.checkoutChargeAmount ?? unitPrice;
    return [
      {
        line,
        ...found,
        allocation,
        unitPrice,
        linePrice: unitPrice * line.quantity,
        checkoutChargeAmount: checkoutCharge * line.quantity,
      },
    ];
  });
  return {
    cart,
    lines,
    itemCount: lines.reduce((sum, { line }) => sum + line.quantity, 0),
    totalPrice: lines.reduce((sum, { linePrice }) => sum + linePrice, 0),
    checkoutChargeAmount: lines.reduce((sum, { checkoutChargeAmount }) => sum + checkoutChargeAmount, 0),
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
