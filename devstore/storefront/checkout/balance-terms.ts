import { durationDays } from "../../admin/support/iso-duration";
import type { DevPaymentTerms, DevSellingPlanBillingPolicy } from "../../state/types";
import type { PricedCart } from "../cart/priced-cart";
import { fromCents } from "../money";

const DAY = 86_400_000;

type FixedBilling = Extract<DevSellingPlanBillingPolicy, { kind: "fixed" }>;

/**
 * The payment terms of an order whose checkout charged less than its total: the remaining
 * balance is due when the lines' fixed billing policies say — at an exact time, some time
 * after checkout, or on fulfillment. Shopify gives an order one deferred due date, the
 * soonest; a date beats "on fulfillment". Null when checkout charged everything.
 */
export function balanceTerms(priced: PricedCart, now: Date, nextId: () => string): DevPaymentTerms | null {
  if (priced.checkoutChargeAmount >= priced.totalPrice) return null;
  const deferred = priced.lines.flatMap(({ allocation, checkoutChargeAmount, discountedTotal }) =>
    allocation?.plan.billingPolicy.kind === "fixed" && checkoutChargeAmount < discountedTotal
      ? [allocation.plan.billingPolicy]
      : [],
  );
  const dated = deferred
    .flatMap((policy) => dueDate(policy, now) ?? [])
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const soonest = dated[0];
  return {
    id: nextId(),
    type: soonest?.type ?? "FULFILLMENT",
    dueAt: soonest ? soonest.at.toISOString() : null,
    dueInDays: soonest?.days ?? null,
    paidAtCheckout: fromCents(priced.checkoutChargeAmount),
    scheduleId: nextId(),
  };
}

interface DueDate {
  type: "FIXED" | "NET";
  at: Date;
  days: number | null;
}

function dueDate(policy: FixedBilling, now: Date): DueDate | null {
  if (policy.remainingBalanceChargeTrigger === "EXACT_TIME" && policy.remainingBalanceChargeExactTime) {
    return { type: "FIXED", at: new Date(policy.remainingBalanceChargeExactTime), days: null };
  }
  if (policy.remainingBalanceChargeTrigger === "TIME_AFTER_CHECKOUT") {
    const days = durationDays(policy.remainingBalanceChargeTimeAfterCheckout);
    if (days > 0) return { type: "NET", at: new Date(now.getTime() + days * DAY), days: Math.ceil(days) };
  }
  return null;
}
