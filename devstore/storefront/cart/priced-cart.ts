import { planForVariant } from "../../state/selling-plans";
import type { DevProduct, DevStoreState, DevVariant } from "../../state/types";
import { toCents } from "../money";
import { allocationOf, type SellingPlanAllocation } from "../selling-plan-pricing";
import type { Cart, CartLine } from "./cart";
import { automaticDiscounts } from "./discounts/automatic-discounts";
import type { DiscountValue } from "./discounts/discount-proposals";
import { cartLineId, type FunctionCartLine } from "./discounts/function-input-root";

/** A discount the cart got: one of its automatic discounts, with what it took off in all. */
export interface CartDiscountApplication {
  /** The automatic discount (DevAutomaticAppDiscount.id). */
  discountId: string;
  /** What the buyer sees: the Function's message, or the discount's title. */
  title: string;
  /** "line": a product discount on some lines; "cart": an order discount off the subtotal. */
  level: "line" | "cart";
  /** A percentage, or cents (off each item when `each`). */
  value: DiscountValue;
  /** Cents, over every line. */
  totalAllocatedAmount: number;
}

export interface CartDiscountAllocation {
  application: CartDiscountApplication;
  /** Cents off this line. */
  amount: number;
}

export interface PricedLine {
  line: CartLine;
  product: DevProduct;
  variant: DevVariant;
  /** The line's selling plan, priced; null for a line bought outright. */
  allocation: SellingPlanAllocation | null;
  /** Cents, with the selling plan's price adjustment, before discounts. */
  unitPrice: number;
  /** unitPrice × quantity: before discounts. */
  linePrice: number;
  /** The line's shares of the cart's discounts, its own (line) and the order's (cart). */
  discountAllocations: CartDiscountAllocation[];
  /** linePrice less the line's own discounts (Liquid's final_line_price). */
  finalLinePrice: number;
  /** linePrice less every discount on it: what the buyer pays for the line. */
  discountedTotal: number;
  /** What checkout charges now for the line: all of it, or a preorder's deposit, both after discounts. */
  checkoutChargeAmount: number;
}

export interface PricedCart {
  cart: Cart;
  lines: PricedLine[];
  itemCount: number;
  /** Cents, before discounts. */
  originalTotalPrice: number;
  /** After the lines' own discounts, before the order's (Liquid's items_subtotal_price). */
  itemsSubtotalPrice: number;
  totalDiscount: number;
  /** What the buyer pays: after every discount. */
  totalPrice: number;
  /** What checkout charges now (Liquid's cart.checkout_charge_amount); the rest is due later. */
  checkoutChargeAmount: number;
  /** Line discounts first, then the order's; each took something off. */
  discountApplications: CartDiscountApplication[];
}

/**
 * The cart at today's prices. Lines whose variant was deleted, whose product is no longer
 * active, or whose selling plan no longer applies to the variant, are left out (Shopify
 * drops them from the cart too). With `now`, the shop's clock, the automatic discounts
 * active then apply (their Functions run on the cart); without it the cart is at list prices.
 */
export function priceCart(state: DevStoreState, cart: Cart, now?: Date): PricedCart {
  const lines = cart.lines
    .flatMap((line) => {
      const found = findVariant(state, line.variantId);
      if (!found || found.product.status !== "ACTIVE") return [];
      const planned = line.sellingPlanId ? planForVariant(state, found.variant, line.sellingPlanId) : null;
      if (line.sellingPlanId && !planned) return [];
      const allocation = planned && allocationOf(planned.group, planned.plan, found.variant);
      const unitPrice = allocation?.price ?? toCents(found.variant.price);
      return [{ line, ...found, allocation, unitPrice, linePrice: unitPrice * line.quantity }];
    })
    .map((line, position): FunctionCartLine => ({ id: cartLineId(position), ...line }));

  const applied = now ? automaticDiscounts(state, lines, cart.attributes, now) : [];
  const applications = applied.map((discount): CartDiscountApplication => ({
    discountId: discount.discount.id,
    title: discount.title,
    level: discount.level,
    value: discount.value,
    totalAllocatedAmount: [...discount.allocations.values()].reduce((sum, amount) => sum + amount, 0),
  }));

  const priced = lines.map(({ id, line, product, variant, allocation, unitPrice, linePrice }): PricedLine => {
    const discountAllocations = applied.flatMap((discount, index) => {
      const amount = discount.allocations.get(id);
      return amount ? [{ application: applications[index], amount }] : [];
    });
    const discountOf = (level?: CartDiscountApplication["level"]) =>
      discountAllocations
        .filter(({ application }) => !level || application.level === level)
        .reduce((sum, { amount }) => sum + amount, 0);
    const discountedTotal = linePrice - discountOf();
    const checkoutCharge = (allocation?.checkoutChargeAmount ?? unitPrice) * line.quantity;
    return {
      line,
      product,
      variant,
      allocation,
      unitPrice,
      linePrice,
      discountAllocations,
      finalLinePrice: linePrice - discountOf("line"),
      discountedTotal,
      // A deposit is the same share of the discounted price as of the list price.
      checkoutChargeAmount: linePrice === 0 ? 0 : Math.round((checkoutCharge * discountedTotal) / linePrice),
    };
  });

  const sum = (of: (line: PricedLine) => number) => priced.reduce((total, line) => total + of(line), 0);
  const originalTotalPrice = sum((line) => line.linePrice);
  const totalPrice = sum((line) => line.discountedTotal);
  return {
    cart,
    lines: priced,
    itemCount: sum((line) => line.line.quantity),
    originalTotalPrice,
    itemsSubtotalPrice: sum((line) => line.finalLinePrice),
    totalDiscount: originalTotalPrice - totalPrice,
    totalPrice,
    checkoutChargeAmount: sum((line) => line.checkoutChargeAmount),
    discountApplications: applications,
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
