import { formatCents } from "../../seed/money";
import { localIsoTime } from "../../seed/time-zone";
import { outstandingCents } from "../../state/order-balance";
import { orderChangeTimes } from "../../state/order-changes";
import { gid } from "../../state/store";
import type { DevOrder, DevStoreState } from "../../state/types";
import { orderAddress, orderAddressPayload } from "./address";
import { customerPayload } from "./customer";
import { derivedId, derivedToken } from "./derived-id";
import { discountApplicationsPayload } from "./discount-applications";
import { lineItemPayload } from "./line-item";
import { findOrder } from "./lookup";
import { moneySet } from "./money-set";
import { orderAmounts } from "./order-amounts";
import { refundOf } from "./refund";
import { orderTaxRate, taxLinesPayload } from "./tax-line";

/** The Online Store sales channel, which Shopify reports as the app behind storefront orders. */
const ONLINE_STORE_APP_ID = 580111;

/**
 * The order as orders/create, orders/paid, orders/fulfilled and orders/cancelled send it
 * (Shopify's REST Order resource, API 2026-04), as the order stands when the event happens.
 *
 * Selling plans are not in it: Shopify's order webhooks carry no selling plan per line item
 * (apps query LineItem.sellingPlan over GraphQL), so neither does the dev store. A preorder
 * paid by deposit shows as financial_status "partially_paid" with the balance in
 * total_outstanding; its payment terms are only in the Admin API (payment_terms stays null,
 * the one value the 2026-04 schema allows).
 */
export function orderPayload(state: DevStoreState, orderId: string) {
  return orderOf(state, findOrder(state, orderId));
}

export function orderOf(state: DevStoreState, order: DevOrder) {
  const { shop } = state;
  const currency = order.currencyCode;
  const time = (iso: string) => localIsoTime(iso, shop.ianaTimezone);
  const money = (cents: number) => formatCents(cents);
  const set = (cents: number) => moneySet(formatCents(cents), currency);

  const customer = order.customerId
    ? state.customers.find((candidate) => candidate.id === order.customerId)
    : undefined;
  const postalAddress = orderAddress(state, order);
  const address = orderAddressPayload(postalAddress);
  const amounts = orderAmounts(order);
  const taxRate = orderTaxRate(postalAddress, amounts.netCents, amounts.taxCents);
  const lineItems = amounts.lines.map((line) => lineItemPayload(state, order, line, taxRate));
  const token = derivedToken("order-token", order.id);
  const lastChange = [order.createdAt, ...orderChangeTimes(order)].sort().at(-1)!;
  const outstanding = outstandingCents(order);
  const international = address.country_code !== shop.countryCode;

  return {
    id: Number(order.id),
    admin_graphql_api_id: gid("Order", order.id),
    app_id: ONLINE_STORE_APP_ID,
    browser_ip: null,
    buyer_accepts_marketing: customer?.emailMarketingConsent.marketingState === "SUBSCRIBED",
    cancel_reason: order.cancelReason?.toLowerCase() ?? null,
    cancelled_at: order.cancelledAt ? time(order.cancelledAt) : null,
    cart_token: derivedToken("cart-token", order.id),
    checkout_id: derivedId("checkout", order.id),
    checkout_token: derivedToken("checkout-token", order.id),
    client_details: null,
    closed_at: order.cancelledAt ? time(order.cancelledAt) : null,
    confirmation_number: derivedToken("confirmation", order.id, 9).toUpperCase(),
    confirmed: true,
    contact_email: order.email,
    created_at: time(order.createdAt),
    currency,
    current_shipping_price_set: set(amounts.current.shippingCents),
    current_subtotal_price: money(amounts.current.netCents),
    current_subtotal_price_set: set(amounts.current.netCents),
    current_total_additional_fees_set: null,
    current_total_discounts: money(amounts.current.discountCents),
    current_total_discounts_set: set(amounts.current.discountCents),
    current_total_duties_set: null,
    current_total_price: money(amounts.current.totalCents),
    current_total_price_set: set(amounts.current.totalCents),
    current_total_tax: money(amounts.current.taxCents),
    current_total_tax_set: set(amounts.current.taxCents),
    customer_locale: customer?.locale ?? shop.primaryLocale,
    device_id: null,
    discount_codes: [],
    duties_included: false,
    email: order.email,
    estimated_taxes: false,
    financial_status: order.financialStatus.toLowerCase(),
    fulfillment_status: FULFILLMENT_STATUS[order.fulfillmentStatus],
    landing_site: null,
    landing_site_ref: null,
    location_id: null,
    merchant_business_entity_id: Buffer.from(shop.id).toString("base64").replace(/=+$/, ""),
    merchant_of_record_app_id: null,
    name: order.name,
    note: null,
    note_attributes: order.noteAttributes.map(({ name, value }) => ({ name, value })),
    number: order.number,
    order_number: Number(order.name.replace(/\D/g, "")) || 1000 + order.number,
    order_status_url: `https://${shop.myshopifyDomain}/${shop.id}/orders/${token}/authenticate?key=${derivedToken("order-status-key", order.id)}`,
    original_total_additional_fees_set: null,
    original_total_duties_set: null,
    payment_gateway_names: ["shopify_payments"],
    phone: customer?.phone ?? null,
    po_number: null,
    presentment_currency: currency,
    processed_at: time(order.processedAt),
    reference: null,
    referring_site: null,
    source_identifier: null,
    source_name: "web",
    source_url: null,
    subtotal_price: money(amounts.netCents),
    subtotal_price_set: set(amounts.netCents),
    tags: "",
    tax_exempt: false,
    tax_lines: taxLinesPayload(amounts.taxCents, taxRate, currency),
    taxes_included: false,
    test: order.test,
    token,
    total_cash_rounding_payment_adjustment_set: set(0),
    total_cash_rounding_refund_adjustment_set: set(0),
    total_discounts: money(amounts.discountCents),
    total_discounts_set: set(amounts.discountCents),
    total_line_items_price: money(amounts.subtotalCents),
    total_line_items_price_set: set(amounts.subtotalCents),
    total_outstanding: money(outstanding),
    total_price: money(amounts.totalCents),
    total_price_set: set(amounts.totalCents),
    total_shipping_price_set: set(amounts.shippingCents),
    total_tax: money(amounts.taxCents),
    total_tax_set: set(amounts.taxCents),
    total_tip_received: "0.00",
    total_weight: lineItems.reduce((sum, line) => sum + line.quantity * line.grams, 0),
    updated_at: time(lastChange),
    user_id: null,
    billing_address: address,
    customer: customer ? customerPayload(customer, shop) : null,
    discount_applications: discountApplicationsPayload(order, amounts.discountCents),
    // The model keeps no fulfillment records; fulfillment_status and the lines say what was shipped.
    fulfillments: [],
    line_item_groups: [],
    line_items: lineItems,
    payment_terms: null,
    refunds: order.refunds.map((refund) => refundOf(state, order, refund)),
    shipping_address: address,
    shipping_lines: [shippingLine(order, amounts.shippingCents, amounts.current.shippingCents, international)],
    returns: [],
  };
}

const FULFILLMENT_STATUS: Record<DevOrder["fulfillmentStatus"], string | null> = {
  UNFULFILLED: null,
  PARTIALLY_FULFILLED: "partial",
  FULFILLED: "fulfilled",
};

function shippingLine(order: DevOrder, shippingCents: number, currentShippingCents: number, international: boolean) {
  const currency = order.currencyCode;
  const price = formatCents(shippingCents);
  const title =
    shippingCents === 0
      ? international
        ? "Free International Shipping"
        : "Free Shipping"
      : international
        ? "International Standard"
        : "Standard";
  return {
    id: derivedId("shipping-line", order.id),
    carrier_identifier: null,
    code: title,
    current_discounted_price_set: moneySet(formatCents(currentShippingCents), currency),
    discounted_price: price,
    discounted_price_set: moneySet(price, currency),
    discount_allocations: [],
    is_removed: false,
    phone: null,
    price,
    price_set: moneySet(price, currency),
    requested_fulfillment_service_id: null,
    source: "shopify",
    tax_lines: [],
    title,
  };
}
