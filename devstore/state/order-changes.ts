import type { DevOrder } from "./types";

/** When something happened to the order after it was placed: cancelled, fulfilled, refunded, its balance paid. */
export function orderChangeTimes(order: DevOrder): string[] {
  return [
    order.cancelledAt,
    order.fulfilledAt,
    ...order.refunds.map((refund) => refund.createdAt),
    ...(order.mandatePayments ?? []).map((payment) => payment.createdAt),
  ].filter((at): at is string => Boolean(at));
}
