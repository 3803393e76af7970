import { allocateCents, toCents } from "../../seed/money";
import type { DevOrder, DevOrderLine } from "../../state/types";

export interface LineAmounts {
  line: DevOrderLine;
  /** price × quantity, before discounts. */
  grossCents: number;
  discountCents: number;
  netCents: number;
  /** The line's share of the order's tax. */
  taxCents: number;
  refundedQuantity: number;
  /** What is left on the order after refunds and cancellation (Shopify's current_quantity). */
  currentQuantity: number;
}

export interface OrderAmounts {
  lines: LineAmounts[];
  subtotalCents: number;
  discountCents: number;
  /** Subtotal after discounts: Shopify's subtotal_price. */
  netCents: number;
  taxCents: number;
  shippingCents: number;
  totalCents: number;
  refundedCents: number;
  current: { netCents: number; discountCents: number; taxCents: number; shippingCents: number; totalCents: number };
}

/**
 * The order's money, line by line, in cents: the model keeps order totals and per-line
 * discounts; Shopify's payloads also show each line's tax and what remains after refunds.
 */
export function orderAmounts(order: DevOrder): OrderAmounts {
  const gross = order.lines.map((line) => toCents(line.price) * line.quantity);
  const discounts = order.lines.map((line) => toCents(line.discount));
  const nets = gross.map((cents, i) => cents - discounts[i]);
  const taxCents = toCents(order.totalTax);
  const taxes = allocateCents(taxCents, nets);
  const refunded = new Map<string, number>();
  for (const refund of order.refunds)
    for (const { lineId, quantity } of refund.lines) refunded.set(lineId, (refunded.get(lineId) ?? 0) + quantity);

  const lines = order.lines.map((line, i): LineAmounts => {
    const refundedQuantity = Math.min(line.quantity, refunded.get(line.id) ?? 0);
    return {
      line,
      grossCents: gross[i],
      discountCents: discounts[i],
      netCents: nets[i],
      taxCents: taxes[i],
      refundedQuantity,
      currentQuantity: order.cancelledAt ? 0 : line.quantity - refundedQuantity,
    };
  });

  const netCents = toCents(order.subtotal) - toCents(order.totalDiscounts);
  const shippingCents = toCents(order.totalShipping);
  const totalCents = toCents(order.total);
  const refundedCents = order.refunds.reduce((sum, refund) => sum + toCents(refund.amount), 0);
  const currentNet = lines.reduce((sum, l) => sum + share(l.netCents, l.currentQuantity, l.line.quantity), 0);
  const currentDiscount = lines.reduce((sum, l) => sum + share(l.discountCents, l.currentQuantity, l.line.quantity), 0);
  const currentTax = netCents > 0 ? Math.round((taxCents * currentNet) / netCents) : 0;
  const shippingGone = Boolean(order.cancelledAt) || refundedCents >= totalCents;
  const currentShipping = shippingGone ? 0 : shippingCents;
  return {
    lines,
    subtotalCents: toCents(order.subtotal),
    discountCents: toCents(order.totalDiscounts),
    netCents,
    taxCents,
    shippingCents,
    totalCents,
    refundedCents,
    current: {
      netCents: currentNet,
      discountCents: currentDiscount,
      taxCents: currentTax,
      shippingCents: currentShipping,
      totalCents: currentNet + currentTax + currentShipping,
    },
  };
}

/** `cents` scaled to `part` of `whole` units. */
export function share(cents: number, part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((cents * part) / whole);
}
