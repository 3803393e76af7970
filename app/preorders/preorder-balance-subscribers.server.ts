import type { WebhookSubscribers } from "../webhooks/subscribers.server";
import { chargeBalancesOnFulfillment, settleBalancesOnPayment } from "./preorder-balances.server";

/** A balance due on fulfilment is charged when the order is fulfilled; orders/paid confirms a charge. */
export const preorderBalanceSubscribers: WebhookSubscribers = {
  "orders/fulfilled": [(shop, order, context) => chargeBalancesOnFulfillment(context.db, shop, order.id)],
  "orders/paid": [(shop, order, context) => settleBalancesOnPayment(context.db, shop, order.id, context.clock.now())],
};
