import type { DevStore } from "../state/store";
import { receivedCents } from "../state/order-balance";
import type { DevOrder, DevStoreState, EmailMarketingState } from "../state/types";

/**
 * What a merchant or a customer does in a real shop that Fieldtest must hear about: each
 * changes the dev store's state, then raises the event whose webhook the app subscribes to.
 */

export class ShopEventError extends Error {}

function findOrder(store: DevStore, orderId: string): DevOrder {
  const order = store.state.orders.find((o) => o.id === orderId);
  if (!order) throw new ShopEventError(`There is no order ${orderId}.`);
  return order;
}

/** Cancels an order; what was paid (in full, or a preorder's deposit) is refunded, as the merchant's default in Shopify. */
export function cancelOrder(store: DevStore, orderId: string, now: Date) {
  const order = findOrder(store, orderId);
  if (order.cancelledAt) throw new ShopEventError(`Order ${order.name} is already cancelled.`);
  cancelOrderRecord(store, order, now, { reason: "CUSTOMER", refund: true, restock: false });
}

export interface CancelOptions {
  /** OrderCancelReason: CUSTOMER, DECLINED, FRAUD, INVENTORY, STAFF, OTHER. */
  reason: string;
  /** Give back what the buyer paid (to the original payment methods). */
  refund: boolean;
  /** Put the ordered quantities back on their variants. */
  restock: boolean;
}

/**
 * Cancels an order that is not cancelled yet (the back office's "cancel order", and the Admin
 * API's orderCancel): a payment not taken is voided; with `refund`, what was paid (in full,
 * or a preorder's deposit) is refunded. Raises orders/cancelled, then refunds/create.
 */
export function cancelOrderRecord(store: DevStore, order: DevOrder, now: Date, options: CancelOptions) {
  const refundId = store.change((state) => {
    order.cancelledAt = now.toISOString();
    order.cancelReason = options.reason;
    if (options.restock) restock(state, order);
    if (!options.refund) {
      // Authorized payments are voided whether or not the order is refunded.
      if (order.financialStatus === "PENDING" || order.financialStatus === "AUTHORIZED")
        order.financialStatus = "VOIDED";
      return null;
    }
    if (order.financialStatus !== "PAID" && order.financialStatus !== "PARTIALLY_PAID") {
      order.financialStatus = "VOIDED";
      return null;
    }
    order.financialStatus = "REFUNDED";
    return addFullRefund(store, order, now);
  });
  store.events.emit("orders/cancelled", order.id);
  if (refundId) store.events.emit("refunds/create", order.id, refundId);
}

function restock(state: DevStoreState, order: DevOrder) {
  for (const line of order.lines) {
    const variant = state.products
      .flatMap((product) => product.variants)
      .find((candidate) => candidate.id === line.variantId);
    if (variant) variant.inventoryQuantity += line.quantity;
  }
}

/** Refunds what is left of what the buyer paid, every line. */
export function refundOrder(store: DevStore, orderId: string, now: Date) {
  const order = findOrder(store, orderId);
  if (!["PAID", "PARTIALLY_PAID", "PARTIALLY_REFUNDED"].includes(order.financialStatus)) {
    throw new ShopEventError(
      `Order ${order.name} is ${order.financialStatus.toLowerCase()}; there is nothing to refund.`,
    );
  }
  const refundId = store.change(() => {
    order.financialStatus = "REFUNDED";
    return addFullRefund(store, order, now);
  });
  store.events.emit("refunds/create", order.id, refundId);
}

function addFullRefund(store: DevStore, order: DevOrder, now: Date) {
  const refunded = order.refunds.reduce((cents, r) => cents + Math.round(Number(r.amount) * 100), 0);
  const id = store.nextId();
  order.refunds.push({
    id,
    createdAt: now.toISOString(),
    amount: ((receivedCents(order) - refunded) / 100).toFixed(2),
    lines: order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity })),
  });
  return id;
}

/**
 * The merchant marks the whole order fulfilled (shipped): orders/fulfilled. A balance due on
 * fulfillment is due from then on.
 */
export function fulfillOrder(store: DevStore, orderId: string, now: Date) {
  const order = findOrder(store, orderId);
  if (order.cancelledAt) throw new ShopEventError(`Order ${order.name} is cancelled; there is nothing to fulfill.`);
  if (order.fulfillmentStatus === "FULFILLED") throw new ShopEventError(`Order ${order.name} is already fulfilled.`);
  store.change(() => {
    order.fulfillmentStatus = "FULFILLED";
    order.fulfilledAt = now.toISOString();
  });
  store.events.emit("orders/fulfilled", order.id);
}

/** A customer subscribes or unsubscribes from email marketing. */
export function setEmailConsent(store: DevStore, customerId: string, state: EmailMarketingState, now: Date) {
  const customer = store.state.customers.find((c) => c.id === customerId);
  if (!customer) throw new ShopEventError(`There is no customer ${customerId}.`);
  store.change(() => {
    customer.emailMarketingConsent = {
      marketingState: state,
      marketingOptInLevel:
        state === "SUBSCRIBED" ? "SINGLE_OPT_IN" : customer.emailMarketingConsent.marketingOptInLevel,
      consentUpdatedAt: now.toISOString(),
    };
    customer.updatedAt = now.toISOString();
  });
  store.events.emit("customers/email_marketing_consent_update", customer.id);
}

/** The merchant uninstalls Fieldtest. */
export function uninstallApp(store: DevStore) {
  store.events.emit("app/uninstalled");
}
