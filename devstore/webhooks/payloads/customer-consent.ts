import { localIsoTime } from "../../seed/time-zone";
import type { DevStoreState } from "../../state/types";
import { findCustomer } from "./lookup";

/** customers/email_marketing_consent_update: the customer's consent, in Shopify's lower-case REST values. */
export function customerConsentPayload(state: DevStoreState, customerId: string) {
  const customer = findCustomer(state, customerId);
  const consent = customer.emailMarketingConsent;
  return {
    customer_id: Number(customer.id),
    email_address: customer.email,
    email_marketing_consent: {
      state: consent.marketingState.toLowerCase(),
      opt_in_level: consent.marketingOptInLevel?.toLowerCase() ?? null,
      consent_updated_at: consent.consentUpdatedAt
        ? localIsoTime(consent.consentUpdatedAt, state.shop.ianaTimezone)
        : null,
    },
  };
}
