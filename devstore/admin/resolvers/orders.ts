import { responsePathAsArray } from "graphql";
import { gid, idFromGid } from "../../state/store";
import { capturableCents, outstandingCents, receivedCents } from "../../state/order-balance";
import { orderChangeTimes } from "../../state/order-changes";
import { findSellingPlan } from "../../state/selling-plans";
import type { DevOrder, DevPaymentTerms } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import type { AdminContext } from "../request-context";
import type { Args, ResolverMap, TypeResolvers } from "../resolver-map";
import { connectionFrom, countOf } from "../support/connection";
import { sortedConnection } from "../support/sorted-connection";
import { fromCents, moneyBag, moneyV2, multiplyAmount, subtractAmount, sumAmounts, toMicros } from "../support/money";
import {
  containsText,
  matchesDate,
  matchesNumber,
  matchesText,
  searchRecords,
  type SearchFields,
} from "../support/search-query";
import type { SortKeys } from "../support/sort";
import { findCustomer } from "./customers";
import { metafieldOwnerResolvers } from "./metafields";
import type { LineItemSource } from "./nodes";
import { paymentCollectionDetails } from "./payment-mandates";
import { findVariant } from "./product-variants";
import { findProduct } from "./products";

/** Orders: the root queries, the Order type, line items and refunds. */

export function refundedAmount(order: DevOrder): string {
  return sumAmounts(order.refunds.map((refund) => refund.amount));
}

/** The last thing that happened to the order; the data model keeps no separate updatedAt. */
function updatedAt(order: DevOrder): string {
  const times = [order.createdAt, order.processedAt, ...orderChangeTimes(order)];
  return times.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

const FINANCIAL_STATUS_QUERY: Record<string, DevOrder["financialStatus"]> = {
  pending: "PENDING",
  authorized: "AUTHORIZED",
  partially_paid: "PARTIALLY_PAID",
  paid: "PAID",
  partially_refunded: "PARTIALLY_REFUNDED",
  refunded: "REFUNDED",
  voided: "VOIDED",
};

const FULFILLMENT_STATUS_QUERY: Record<string, DevOrder["fulfillmentStatus"]> = {
  unfulfilled: "UNFULFILLED",
  unshipped: "UNFULFILLED",
  fulfilled: "FULFILLED",
  shipped: "FULFILLED",
  partial: "PARTIALLY_FULFILLED",
};

const ORDER_SEARCH: SearchFields<DevOrder> = {
  text: (order, term) =>
    containsText(order.name, term) ||
    containsText(order.email, term) ||
    order.lines.some((line) => containsText(line.title, term)),
  id: (order, term) => matchesNumber(order.id, term),
  name: (order, term) => matchesText(order.name.replace(/^#/, ""), { ...term, value: term.value.replace(/^#/, "") }),
  email: (order, term) => matchesText(order.email, term),
  customer_id: (order, term) => matchesNumber(order.customerId, term),
  created_at: (order, term) => matchesDate(order.createdAt, term),
  processed_at: (order, term) => matchesDate(order.processedAt, term),
  updated_at: (order, term) => matchesDate(updatedAt(order), term),
  financial_status: (order, term) => FINANCIAL_STATUS_QUERY[term.value.toLowerCase()] === order.financialStatus,
  fulfillment_status: (order, term) => FULFILLMENT_STATUS_QUERY[term.value.toLowerCase()] === order.fulfillmentStatus,
  status: (order, term) => {
    const status = term.value.toLowerCase();
    if (status === "cancelled") return order.cancelledAt !== null;
    if (status === "open") return order.cancelledAt === null;
    return status === "any";
  },
  test: (order, term) => order.test === (term.value.toLowerCase() === "true"),
  sku: (order, term) => order.lines.some((line) => matchesText(line.sku, term)),
  // Dev store orders carry no tags.
  tag: () => false,
  tag_not: () => true,
};

const ORDER_SORT_KEYS: SortKeys<DevOrder> = {
  ID: (order) => Number(order.id),
  RELEVANCE: (order) => Number(order.id),
  ORDER_NUMBER: (order) => order.number,
  CREATED_AT: (order) => Date.parse(order.createdAt),
  PROCESSED_AT: (order) => Date.parse(order.processedAt),
  UPDATED_AT: (order) => Date.parse(updatedAt(order)),
  TOTAL_PRICE: (order) => toMicros(order.total),
  CURRENT_TOTAL_PRICE: (order) => toMicros(subtractAmount(order.total, refundedAmount(order))),
  FINANCIAL_STATUS: (order) => order.financialStatus,
  FULFILLMENT_STATUS: (order) => order.fulfillmentStatus,
  TOTAL_ITEMS_QUANTITY: (order) => order.lines.reduce((total, line) => total + line.quantity, 0),
};

function searchOrders(context: AdminContext, args: Args, path: (string | number)[], orders: DevOrder[]): DevOrder[] {
  if (args.savedSearchId != null) throw notImplemented(`${String(path[path.length - 1])}(savedSearchId)`);
  return searchRecords(orders, args.query as string | null, ORDER_SEARCH, { path, reports: context.searchReports });
}

/** An `orders` connection over `orders` (the shop's, or one customer's). */
export function listOrders(context: AdminContext, args: Args, path: (string | number)[], orders: DevOrder[]) {
  return sortedConnection(searchOrders(context, args, path, orders), args, ORDER_SORT_KEYS, "orders");
}

function refundedQuantity(order: DevOrder, lineId: string): number {
  return order.refunds
    .flatMap((refund) => refund.lines)
    .filter((line) => line.lineId === lineId)
    .reduce((total, line) => total + line.quantity, 0);
}

interface PaymentTermsSource {
  order: DevOrder;
  terms: DevPaymentTerms;
}

function paymentTermsName(terms: DevPaymentTerms): string {
  if (terms.type === "FULFILLMENT") return "Due on fulfillment";
  if (terms.type === "NET") return `Within ${terms.dueInDays} days`;
  return "Fixed";
}

/** A balance is due once its date has come (on fulfillment: once the order is fulfilled) and is still unpaid. */
function isDue(order: DevOrder, terms: DevPaymentTerms, now: Date): boolean {
  if (outstandingCents(order) === 0) return false;
  if (terms.type === "FULFILLMENT") return order.fulfillmentStatus === "FULFILLED";
  return terms.dueAt !== null && Date.parse(terms.dueAt) <= now.getTime();
}

const orderFields: TypeResolvers<DevOrder> = {
  id: (order) => gid("Order", order.id),
  legacyResourceId: (order) => order.id,
  name: (order) => order.name,
  number: (order) => order.number,
  createdAt: (order) => order.createdAt,
  processedAt: (order) => order.processedAt,
  updatedAt: (order) => updatedAt(order),
  cancelledAt: (order) => order.cancelledAt,
  cancelReason: (order) => order.cancelReason,
  closed: () => false,
  closedAt: () => null,
  test: (order) => order.test,
  email: (order) => order.email,
  // The data model keeps no order notes or tags: dev store orders have none.
  note: () => null,
  tags: () => [],
  currencyCode: (order) => order.currencyCode,
  presentmentCurrencyCode: (order) => order.currencyCode,
  displayFinancialStatus: (order) => order.financialStatus,
  displayFulfillmentStatus: (order) => order.fulfillmentStatus,
  fullyPaid: (order) => ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"].includes(order.financialStatus),
  unpaid: (order) => ["PENDING", "AUTHORIZED"].includes(order.financialStatus),
  customer: (order, _args, { store }) => (order.customerId ? findCustomer(store.state, order.customerId) : null),
  // As orders/create's customer_locale: the customer's language, or the shop's for a guest.
  customerLocale: (order, _args, { store }) =>
    (order.customerId ? findCustomer(store.state, order.customerId)?.locale : null) ?? store.state.shop.primaryLocale,
  customAttributes: (order) =>
    order.noteAttributes.map((attribute) => ({ key: attribute.name, value: attribute.value })),
  subtotalLineItemsQuantity: (order) => order.lines.reduce((total, line) => total + line.quantity, 0),
  subtotalPriceSet: (order) => moneyBag(subtractAmount(order.subtotal, order.totalDiscounts), order.currencyCode),
  totalPriceSet: (order) => moneyBag(order.total, order.currencyCode),
  originalTotalPriceSet: (order) => moneyBag(order.total, order.currencyCode),
  totalDiscountsSet: (order) => moneyBag(order.totalDiscounts, order.currencyCode),
  totalTaxSet: (order) => moneyBag(order.totalTax, order.currencyCode),
  totalShippingPriceSet: (order) => moneyBag(order.totalShipping, order.currencyCode),
  totalRefundedSet: (order) => moneyBag(refundedAmount(order), order.currencyCode),
  currentTotalPriceSet: (order) => moneyBag(subtractAmount(order.total, refundedAmount(order)), order.currencyCode),
  totalReceivedSet: (order) => moneyBag(fromCents(receivedCents(order)), order.currencyCode),
  netPaymentSet: (order) =>
    moneyBag(subtractAmount(fromCents(receivedCents(order)), refundedAmount(order)), order.currencyCode),
  totalOutstandingSet: (order) => moneyBag(fromCents(outstandingCents(order)), order.currencyCode),
  totalCapturableSet: (order) => moneyBag(fromCents(capturableCents(order)), order.currencyCode),
  capturable: (order) => capturableCents(order) > 0,
  paymentTerms: (order) => (order.paymentTerms ? { order, terms: order.paymentTerms } : null),
  paymentCollectionDetails: (order, _args, { store, now }) => paymentCollectionDetails(store.state, order, now()),
  lineItems: (order, args) => {
    const lines = order.lines.map((line): LineItemSource => ({ order, line }));
    return connectionFrom(lines, args, ({ line }) => ({ id: line.id, value: line.id }));
  },
  refunds: (order, args) =>
    order.refunds.slice(0, (args.first as number | null) ?? undefined).map((refund) => ({
      id: gid("Refund", refund.id),
      legacyResourceId: refund.id,
      createdAt: refund.createdAt,
      processedAt: refund.createdAt,
      updatedAt: refund.createdAt,
      note: null,
      totalRefundedSet: moneyBag(refund.amount, order.currencyCode),
    })),
  ...metafieldOwnerResolvers<DevOrder>((order) => gid("Order", order.id)),
};

function discountedTotal({ line }: LineItemSource): string {
  return subtractAmount(multiplyAmount(line.price, line.quantity), line.discount);
}

/** The line's discounted total spread over its units, to the cent. */
function discountedUnitPrice(source: LineItemSource): string {
  return (toMicros(discountedTotal(source)) / 1e6 / Math.max(1, source.line.quantity)).toFixed(2);
}

const lineItemFields: TypeResolvers<LineItemSource> = {
  id: ({ line }) => gid("LineItem", line.id),
  title: ({ line }) => line.title,
  name: ({ line }) => (line.variantTitle ? `${line.title} - ${line.variantTitle}` : line.title),
  variantTitle: ({ line }) => line.variantTitle,
  sku: ({ line }) => line.sku,
  quantity: ({ line }) => line.quantity,
  currentQuantity: ({ order, line }) => line.quantity - refundedQuantity(order, line.id),
  refundableQuantity: ({ order, line }) => line.quantity - refundedQuantity(order, line.id),
  variant: ({ line }, _args, { store }) => (line.variantId ? findVariant(store.state, line.variantId) : null),
  product: ({ line }, _args, { store }) => (line.productId ? findProduct(store.state, line.productId) : null),
  vendor: ({ line }, _args, { store }) =>
    line.productId ? (findProduct(store.state, line.productId)?.vendor ?? null) : null,
  customAttributes: () => [],
  originalUnitPriceSet: ({ order, line }) => moneyBag(line.price, order.currencyCode),
  originalTotalSet: ({ order, line }) => moneyBag(multiplyAmount(line.price, line.quantity), order.currencyCode),
  totalDiscountSet: ({ order, line }) => moneyBag(line.discount, order.currencyCode),
  discountedTotalSet: (source) => moneyBag(discountedTotal(source), source.order.currencyCode),
  discountedUnitPriceSet: (source) => moneyBag(discountedUnitPrice(source), source.order.currencyCode),
  discountedUnitPriceAfterAllDiscountsSet: (source) => moneyBag(discountedUnitPrice(source), source.order.currencyCode),
  // The plan's name as it was at checkout; lines kept from before the dev store stored it show the plan's name now.
  sellingPlan: ({ line }, _args, { store }) => {
    if (!line.sellingPlanId) return null;
    const name = line.sellingPlanName ?? findSellingPlan(store.state, line.sellingPlanId)?.plan.name;
    return {
      sellingPlanId: gid("SellingPlan", line.sellingPlanId),
      name: name ?? `Selling plan ${line.sellingPlanId}`,
    };
  },
};

const paymentTermsFields: TypeResolvers<PaymentTermsSource> = {
  id: ({ terms }) => gid("PaymentTerms", terms.id),
  paymentTermsType: ({ terms }) => terms.type,
  paymentTermsName: ({ terms }) => paymentTermsName(terms),
  translatedName: ({ terms }) => paymentTermsName(terms),
  dueInDays: ({ terms }) => terms.dueInDays,
  due: ({ order, terms }, _args, { now }) => isDue(order, terms, now()),
  overdue: ({ order, terms }, _args, { now }) => isDue(order, terms, now()),
  order: ({ order }) => order,
  draftOrder: () => null,
  paymentSchedules: (source, args) =>
    connectionFrom([source], args, ({ terms }) => ({ id: terms.scheduleId, value: terms.scheduleId })),
};

/**
 * The balance of an order on payment terms: one schedule, for what is outstanding. A balance
 * authorized on the vaulted card is no longer to be paid (totalBalance) but still to be
 * captured (balanceDue); the schedule completes once it is captured in full.
 */
const paymentScheduleFields: TypeResolvers<PaymentTermsSource> = {
  id: ({ terms }) => gid("PaymentSchedule", terms.scheduleId),
  dueAt: ({ terms }) => terms.dueAt,
  issuedAt: ({ order }) => order.processedAt,
  completedAt: ({ terms }) => terms.completedAt ?? null,
  due: ({ order, terms }, _args, { now }) => isDue(order, terms, now()),
  amount: ({ order }) => moneyV2(fromCents(outstandingCents(order)), order.currencyCode),
  balanceDue: ({ order }) => moneyV2(fromCents(outstandingCents(order)), order.currencyCode),
  totalBalance: ({ order }) =>
    moneyV2(fromCents(Math.max(0, outstandingCents(order) - capturableCents(order))), order.currencyCode),
  paymentTerms: (source) => source,
};

export const orderResolvers: ResolverMap = {
  QueryRoot: {
    order: (_source, args, { store }) => {
      const id = idFromGid(args.id as string, "Order");
      return id ? (store.state.orders.find((order) => order.id === id) ?? null) : null;
    },
    orders: (_source, args, context, info) =>
      listOrders(context, args, responsePathAsArray(info.path), context.store.state.orders),
    ordersCount: (_source, args, context, info) =>
      countOf(
        searchOrders(context, args, responsePathAsArray(info.path), context.store.state.orders).length,
        args.limit as number | null,
      ),
  },
  Order: orderFields,
  LineItem: lineItemFields,
  PaymentTerms: paymentTermsFields,
  PaymentSchedule: paymentScheduleFields,
};
