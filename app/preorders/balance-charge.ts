import { formatLongDate } from "../shop-time/calendar-date";
import type { PaymentPlan } from "./preorder-test-draft";
import { startOfLocalDay } from "../shop-time/shop-time-zone";

/**
 * Collecting a preorder's balance after a "go". Shopify vaults the buyer's card at checkout and
 * leaves the charge to the app (orderCreateMandatePayment): a charge-later order owes its whole
 * price as soon as the test passes, a deposit order owes the rest on the plan's balance date
 * (the start of that day in the shop's time zone, as the selling plan says) or when the order
 * is fulfilled; a full-payment order owes nothing.
 */

export type BalanceDue = { kind: "nothing" } | { kind: "at"; at: Date } | { kind: "on-fulfillment" };

export function balanceDueAfterGo(payment: PaymentPlan, timeZone: string, now: Date): BalanceDue {
  switch (payment.model) {
    case "full":
      return { kind: "nothing" };
    case "charge-later":
      return { kind: "at", at: now };
    case "deposit": {
      if (payment.balance.trigger === "on-fulfillment") return { kind: "on-fulfillment" };
      const at = new Date(startOfLocalDay(payment.balance.dueDate, timeZone));
      return { kind: "at", at: at > now ? at : now };
    }
  }
}

/** When a go charges the balances, in words ("now", "on 1 March 2027", …); null when nothing is owed. */
export function balanceTiming(payment: PaymentPlan): string | null {
  switch (payment.model) {
    case "full":
      return null;
    case "charge-later":
      return "now";
    case "deposit":
      return payment.balance.trigger === "exact-date"
        ? `on ${formatLongDate(payment.balance.dueDate)}`
        : "when each order is fulfilled";
  }
}

/** The order as the Admin API reports it when its balance is about to be charged. */
export interface BalanceOrder {
  cancelled: boolean;
  fulfilled: boolean;
  outstanding: number;
  currency: string;
  mandateIds: string[];
  /** The unpaid payment schedule, if the order has payment terms. */
  scheduleId: string | null;
}

export type BalanceStep =
  | { kind: "not-due"; reason: string }
  | { kind: "wait-for-fulfillment" }
  | { kind: "failed"; reason: string }
  | { kind: "charge"; mandateId: string; scheduleId: string | null; amount: number };

/** dueOnFulfillment: the balance waits until the order is fulfilled (the orders/fulfilled webhook runs it again). */
export function balanceStep(order: BalanceOrder, dueOnFulfillment: boolean): BalanceStep {
  if (order.cancelled) return { kind: "not-due", reason: "The order was cancelled" };
  if (order.outstanding <= 0) return { kind: "not-due", reason: "Nothing is outstanding: paid in Shopify" };
  if (dueOnFulfillment && !order.fulfilled) return { kind: "wait-for-fulfillment" };
  const mandateId = order.mandateIds[0];
  if (!mandateId) {
    return {
      kind: "failed",
      reason:
        "No saved card on this order: collect the balance from the order in Shopify (Collect payment › Send invoice)",
    };
  }
  return { kind: "charge", mandateId, scheduleId: order.scheduleId, amount: order.outstanding };
}

/** What Shopify's OrderPaymentStatusResult means for the charge. */
export function paymentResult(status: string): "charged" | "processing" | "failed" {
  switch (status) {
    case "SUCCESS":
    case "CAPTURED":
    case "PURCHASED":
    case "AUTHORIZED":
      return "charged";
    case "PROCESSING":
      return "processing";
    default:
      return "failed";
  }
}

/** Shopify answers a repeated key with the first result; a retry after a failure needs a new attempt. */
export function balanceIdempotencyKey(chargeId: string, attempt: number): string {
  return `fieldtest-balance-${chargeId}-${attempt}`;
}

export type BalanceChargeStatus = "scheduled" | "processing" | "charged" | "failed" | "not-due";

/** A one-line account of the balances for the detail page. */
export interface BalanceSummary {
  charged: { count: number; amount: number };
  pending: { count: number; nextDueAt: Date | null; onFulfillment: number };
  failed: number;
  notDue: number;
}

export function summariseBalances(
  charges: { status: string; amount: number | null; dueAt: Date | null }[],
): BalanceSummary {
  const summary: BalanceSummary = {
    charged: { count: 0, amount: 0 },
    pending: { count: 0, nextDueAt: null, onFulfillment: 0 },
    failed: 0,
    notDue: 0,
  };
  for (const charge of charges) {
    if (charge.status === "charged") {
      summary.charged.count += 1;
      summary.charged.amount += charge.amount ?? 0;
    } else if (charge.status === "failed") summary.failed += 1;
    else if (charge.status === "not-due") summary.notDue += 1;
    else {
      summary.pending.count += 1;
      if (!charge.dueAt) summary.pending.onFulfillment += 1;
      else if (!summary.pending.nextDueAt || charge.dueAt < summary.pending.nextDueAt)
        summary.pending.nextDueAt = charge.dueAt;
    }
  }
  summary.charged.amount = Math.round(summary.charged.amount * 100) / 100;
  return summary;
}
