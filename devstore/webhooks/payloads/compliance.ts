import type { DevStoreState } from "../../state/types";
import { findCustomer } from "./lookup";

/**
 * The mandatory privacy topics. Shopify sends them itself (the merchant or the customer asks
 * it), so nothing in the shop emits them; tests and the demo send them with WebhookSender.send.
 */
export function customersDataRequestPayload(state: DevStoreState, customerId: string, dataRequestId: string) {
  return {
    shop_id: Number(state.shop.id),
    shop_domain: state.shop.myshopifyDomain,
    orders_requested: customerOrderIds(state, customerId),
    customer: complianceCustomer(state, customerId),
    data_request: { id: Number(dataRequestId) },
  };
}

export function customersRedactPayload(state: DevStoreState, customerId: string) {
  return {
    shop_id: Number(state.shop.id),
    shop_domain: state.shop.myshopifyDomain,
    customer: complianceCustomer(state, customerId),
    orders_to_redact: customerOrderIds(state, customerId),
  };
}

/** Sent 48 hours after the app is uninstalled. */
export function shopRedactPayload(state: DevStoreState) {
  return { shop_id: Number(state.shop.id), shop_domain: state.shop.myshopifyDomain };
}

function complianceCustomer(state: DevStoreState, customerId: string) {
  const customer = findCustomer(state, customerId);
  return { id: Number(customer.id), email: customer.email, phone: customer.phone };
}

function customerOrderIds(state: DevStoreState, customerId: string): number[] {
  return state.orders.filter((order) => order.customerId === customerId).map((order) => Number(order.id));
}
