import { capturableCents, outstandingCents, receivedCents } from "./order-balance";
import { idFromGid } from "./store";
import type { DevMandatePayment, DevOrder } from "./types";

/**
 * Collecting an order's balance from the card vaulted at checkout (orderCreateMandatePayment):
 * what may be charged, and what a payment does to the order. The refusals' wording is the
 * dev store's own: no capture of Shopify's messages for this mutation exists.
 */

export interface MandatePaymentRequest {
  /** gid://shopify/PaymentMandate/… */
  mandateId: string;
  /** gid://shopify/PaymentSchedule/…, or none: the order's one schedule. */
  paymentScheduleId: string | null;
  /** What to charge; none: everything still to collect. */
  amount: { amount: string; currencyCode: string } | null;
}

export interface MandatePaymentRefusal {
  field: string[];
  message: string;
}

const decimal = (value: number) => (value / 100).toFixed(2);

/** The cents to charge for `request`, or why the order's balance cannot be collected that way. */
export function mandatePaymentCents(
  order: DevOrder,
  request: MandatePaymentRequest,
): { cents: number } | MandatePaymentRefusal {
  if (order.cancelledAt) return { field: ["id"], message: "The order is cancelled: its balance can't be collected." };
  const mandateId = idFromGid(request.mandateId, "PaymentMandate");
  if (!order.paymentMandates?.some((mandate) => mandate.id === mandateId)) {
    return { field: ["mandateId"], message: "The payment mandate doesn't belong to this order." };
  }
  if (request.paymentScheduleId !== null) {
    const scheduleId = idFromGid(request.paymentScheduleId, "PaymentSchedule");
    if (!order.paymentTerms || order.paymentTerms.scheduleId !== scheduleId) {
      return { field: ["paymentScheduleId"], message: "The payment schedule doesn't belong to this order." };
    }
  }
  if (order.financialStatus === "REFUNDED") {
    return { field: ["id"], message: "The order is refunded: its balance can't be collected." };
  }
  const outstanding = outstandingCents(order);
  if (outstanding === 0) return { field: ["id"], message: "The order has no outstanding balance to collect." };
  const collectable = outstanding - capturableCents(order);
  if (collectable <= 0) {
    return { field: ["id"], message: "The order's outstanding balance is already authorized on the card." };
  }
  if (!request.amount) return { cents: collectable };

  const { amount, currencyCode } = request.amount;
  if (currencyCode !== order.currencyCode) {
    return { field: ["amount"], message: `The amount must be in the order's currency, ${order.currencyCode}.` };
  }
  const requested = Math.round(Number(amount) * 1_000_000);
  if (requested <= 0) return { field: ["amount"], message: "The amount must be greater than zero." };
  if (requested % 10_000 !== 0) {
    return { field: ["amount"], message: "The amount can't have more than 2 decimal places." };
  }
  if (requested / 10_000 > collectable) {
    return {
      field: ["amount"],
      message: `The amount is more than the balance left to collect (${decimal(collectable)} ${order.currencyCode}).`,
    };
  }
  return { cents: requested / 10_000 };
}

/**
 * Records the payment on the order. A capture counts as received: the order is partly paid,
 * or paid once nothing is outstanding, which completes its payment schedule. An
 * authorization alone receives nothing; a pay-later order with one is AUTHORIZED. Returns
 * whether this payment paid the order in full (Shopify then sends orders/paid).
 */
export function recordMandatePayment(order: DevOrder, payment: DevMandatePayment): boolean {
  order.mandatePayments = [...(order.mandatePayments ?? []), payment];
  const paidInFull = payment.captured && outstandingCents(order) === 0;
  if (paidInFull && order.paymentTerms) order.paymentTerms.completedAt = payment.createdAt;
  // A partly refunded order stays PARTIALLY_REFUNDED however much more is paid.
  if (order.financialStatus === "PARTIALLY_REFUNDED") return paidInFull;
  if (paidInFull) order.financialStatus = "PAID";
  else if (receivedCents(order) > 0) order.financialStatus = "PARTIALLY_PAID";
  else if (capturableCents(order) > 0) order.financialStatus = "AUTHORIZED";
  return paidInFull;
}

export function findMandatePayment(order: DevOrder, idempotencyKey: string): DevMandatePayment | undefined {
  return order.mandatePayments?.find((payment) => payment.idempotencyKey === idempotencyKey);
}
