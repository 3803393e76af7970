import type { DevOrder } from "./types";

/**
 * What the buyer has paid on an order and what is still due, in cents. A paid order was
 * charged its total; a preorder with a deposit was charged the deposit at checkout and
 * owes the rest on its payment terms until the app collects it from the vaulted card
 * (orderCreateMandatePayment); a pending one owes everything. Refunds give back money
 * received and lower the total alike, so they leave the balance as it is. A payment only
 * authorized is not received: it leaves the balance outstanding until it is captured.
 */

const cents = (amount: string) => Math.round(Number(amount) * 100);

function balancePaymentCents(order: DevOrder, captured: boolean): number {
  return (order.mandatePayments ?? [])
    .filter((payment) => payment.captured === captured)
    .reduce((total, payment) => total + cents(payment.amount), 0);
}

export function receivedCents(order: DevOrder): number {
  if (order.paymentTerms) return cents(order.paymentTerms.paidAtCheckout) + balancePaymentCents(order, true);
  if (["PENDING", "AUTHORIZED", "VOIDED"].includes(order.financialStatus)) return 0;
  return cents(order.total);
}

/** Order.totalOutstandingSet and the webhook's total_outstanding: nothing on a cancelled order. */
export function outstandingCents(order: DevOrder): number {
  if (order.cancelledAt) return 0;
  return Math.max(0, cents(order.total) - receivedCents(order));
}

/** Authorized on the vaulted card and not captured yet (Order.totalCapturableSet); cancelling voids it. */
export function capturableCents(order: DevOrder): number {
  if (order.cancelledAt) return 0;
  return balancePaymentCents(order, false);
}
