import type { DevOrder } from "./types";

/**
 * What the buyer has paid on an order and what is still due, in cents. A paid order was
 * charged its total; a preorder with a deposit was charged the deposit at checkout and
 * owes the rest on its payment terms (the dev store does not collect it later); a pending
 * one owes everything. Refunds give back money received and lower the total alike, so
 * they leave the balance as it is.
 */

const cents = (amount: string) => Math.round(Number(amount) * 100);

export function receivedCents(order: DevOrder): number {
  if (["PENDING", "AUTHORIZED", "VOIDED"].includes(order.financialStatus)) return 0;
  return cents(order.paymentTerms ? order.paymentTerms.paidAtCheckout : order.total);
}

/** Order.totalOutstandingSet and the webhook's total_outstanding: nothing on a cancelled order. */
export function outstandingCents(order: DevOrder): number {
  if (order.cancelledAt) return 0;
  return Math.max(0, cents(order.total) - receivedCents(order));
}
