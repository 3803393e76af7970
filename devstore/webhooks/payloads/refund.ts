import { formatCents, toCents } from "../../seed/money";
import { localIsoTime } from "../../seed/time-zone";
import { gid } from "../../state/store";
import type { DevOrder, DevStoreState } from "../../state/types";
import { orderAddress } from "./address";
import { derivedId } from "./derived-id";
import { lineItemPayload } from "./line-item";
import { findOrder } from "./lookup";
import { moneySet } from "./money-set";
import { orderAmounts, share } from "./order-amounts";
import { primaryLocationId } from "./shop";
import { orderTaxRate } from "./tax-line";

type DevRefund = DevOrder["refunds"][number];

/** refunds/create: the refund with the items it returns, any shipping refunded, and the money sent back. */
export function refundPayload(state: DevStoreState, orderId: string, refundId: string) {
  const order = findOrder(state, orderId);
  const refund = order.refunds.find((candidate) => candidate.id === refundId);
  if (!refund) throw new Error(`Order ${orderId} has no refund ${refundId}`);
  return refundOf(state, order, refund);
}

/** A refund as refunds/create shows it, and as the order payloads list it under `refunds`. */
export function refundOf(state: DevStoreState, order: DevOrder, refund: DevRefund) {
  const currency = order.currencyCode;
  const amounts = orderAmounts(order);
  const taxRate = orderTaxRate(orderAddress(state, order), amounts.netCents, amounts.taxCents);
  const at = localIsoTime(refund.createdAt, state.shop.ianaTimezone);
  const cancelling = refund.createdAt === order.cancelledAt;
  const locationId = primaryLocationId(state.shop);

  let itemsCents = 0;
  const refundLineItems = refund.lines.map(({ lineId, quantity }) => {
    const line = amounts.lines.find((candidate) => candidate.line.id === lineId);
    if (!line) throw new Error(`Refund ${refund.id} returns line ${lineId}, which order ${order.id} does not have`);
    const subtotal = share(line.netCents, quantity, line.line.quantity);
    const tax = share(line.taxCents, quantity, line.line.quantity);
    itemsCents += subtotal + tax;
    return {
      id: derivedId("refund-line-item", refund.id, lineId),
      quantity,
      line_item_id: Number(lineId),
      location_id: locationId,
      restock_type: cancelling ? "cancel" : "return",
      subtotal: Number(formatCents(subtotal)),
      total_tax: Number(formatCents(tax)),
      subtotal_set: moneySet(formatCents(subtotal), currency),
      total_tax_set: moneySet(formatCents(tax), currency),
      line_item: lineItemPayload(state, order, line, taxRate),
    };
  });

  // What the refund pays beyond the items: shipping first, any other difference as a discrepancy.
  const beyondItems = toCents(refund.amount) - itemsCents;
  const shippingCents = Math.max(0, Math.min(beyondItems, amounts.shippingCents));
  const discrepancyCents = beyondItems - shippingCents;
  const adjustment = (kind: string, reason: string, cents: number) => ({
    id: derivedId("order-adjustment", refund.id, kind),
    order_id: Number(order.id),
    refund_id: Number(refund.id),
    kind,
    reason,
    amount: formatCents(-cents),
    amount_set: moneySet(formatCents(-cents), currency),
    tax_amount: "0.00",
    tax_amount_set: moneySet("0.00", currency),
  });
  const orderAdjustments = [
    ...(shippingCents > 0 ? [adjustment("shipping_refund", "Shipping refund", shippingCents)] : []),
    ...(discrepancyCents !== 0 ? [adjustment("refund_discrepancy", "Refund discrepancy", discrepancyCents)] : []),
  ];

  const transactionId = derivedId("refund-transaction", refund.id);
  return {
    id: Number(refund.id),
    admin_graphql_api_id: gid("Refund", refund.id),
    order_id: Number(order.id),
    created_at: at,
    processed_at: at,
    note: null,
    user_id: null,
    restock: true,
    duties: [],
    total_duties_set: moneySet("0.00", currency),
    return: null,
    refund_shipping_lines: [],
    order_adjustments: orderAdjustments,
    refund_line_items: refundLineItems,
    transactions:
      toCents(refund.amount) > 0
        ? [
            {
              id: transactionId,
              admin_graphql_api_id: gid("OrderTransaction", String(transactionId)),
              order_id: Number(order.id),
              kind: "refund",
              gateway: "shopify_payments",
              status: "success",
              message: "Refunded",
              created_at: at,
              processed_at: at,
              test: order.test,
              authorization: null,
              location_id: null,
              user_id: null,
              parent_id: derivedId("sale-transaction", order.id),
              device_id: null,
              error_code: null,
              source_name: "web",
              receipt: {},
              amount: refund.amount,
              currency,
              payment_id: `${order.name}.2`,
              // Shopify's documented refund shows unsettled amounts in this shape (currency, not currency_code).
              total_unsettled_set: {
                presentment_money: { amount: "0.0", currency: "XXX" },
                shop_money: { amount: "0.0", currency: "XXX" },
              },
              manual_payment_gateway: false,
              amount_rounding: null,
            },
          ]
        : [],
  };
}
