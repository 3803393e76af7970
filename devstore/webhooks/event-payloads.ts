import type { DevStoreEvents } from "../state/store";
import type { DevStoreState } from "../state/types";
import { customerConsentPayload } from "./payloads/customer-consent";
import { discountDeletedPayload } from "./payloads/discount";
import { orderPayload } from "./payloads/order";
import { refundPayload } from "./payloads/refund";
import { appUninstalledPayload } from "./payloads/shop";

type PayloadBuilders = {
  [Event in keyof DevStoreEvents]: (state: DevStoreState, ...args: DevStoreEvents[Event]) => unknown;
};

/** What the shop's events send: each store event is the webhook topic of the same name. */
export const EVENT_PAYLOADS: PayloadBuilders = {
  "orders/create": (state, orderId) => orderPayload(state, orderId),
  "orders/paid": (state, orderId) => orderPayload(state, orderId),
  "orders/fulfilled": (state, orderId) => orderPayload(state, orderId),
  "orders/cancelled": (state, orderId) => orderPayload(state, orderId),
  "refunds/create": (state, orderId, refundId) => refundPayload(state, orderId, refundId),
  "customers/email_marketing_consent_update": (state, customerId) => customerConsentPayload(state, customerId),
  "discounts/delete": (state, discountId, deletedAt) => discountDeletedPayload(state, discountId, deletedAt),
  "app/uninstalled": (state) => appUninstalledPayload(state),
};
