import { idFromGid } from "../../state/store";
import type { DevCustomer } from "../../state/types";
import { shopifyError } from "../errors/dev-store-error";
import type { ResolverMap } from "../resolver-map";
import { findCustomer } from "./customers";

/**
 * `customerEmailMarketingConsentUpdate`, with Shopify's checks in Shopify's order; a change
 * emits `customers/email_marketing_consent_update` for the webhook sender.
 */

interface ConsentInput {
  customerId: string;
  emailMarketingConsent: {
    marketingState: DevCustomer["emailMarketingConsent"]["marketingState"];
    marketingOptInLevel?: DevCustomer["emailMarketingConsent"]["marketingOptInLevel"];
    consentUpdatedAt?: string | null;
    sourceLocationId?: string | null;
  };
}

const NOT_SETTABLE = new Set(["NOT_SUBSCRIBED", "REDACTED", "INVALID"]);
const CONSENT_FIELD = ["input", "emailMarketingConsent"];

function userError(field: string[], message: string, code: string) {
  return { field, message, code };
}

export const customerConsentResolvers: ResolverMap = {
  Mutation: {
    customerEmailMarketingConsentUpdate: (_source, args, { store, now }) => {
      const { customerId, emailMarketingConsent: consent } = args.input as ConsentInput;
      if (NOT_SETTABLE.has(consent.marketingState)) {
        throw shopifyError(`Cannot specify ${consent.marketingState} as a marketing state input`, "INVALID");
      }
      const id = idFromGid(customerId, "Customer");
      const customer = id ? findCustomer(store.state, id) : null;
      if (!customer) {
        return { customer: null, userErrors: [userError(["input", "customerId"], "Customer not found", "INVALID")] };
      }
      const level = consent.marketingOptInLevel ?? null;
      if (level === null) {
        return {
          customer,
          userErrors: [
            userError(
              [...CONSENT_FIELD, "marketingOptInLevel"],
              "Marketing opt in level must exist",
              "MISSING_ARGUMENT",
            ),
          ],
        };
      }
      if (consent.consentUpdatedAt != null && Date.parse(consent.consentUpdatedAt) > now().getTime()) {
        return {
          customer,
          userErrors: [
            userError(
              [...CONSENT_FIELD, "consentUpdatedAt"],
              "Consent updated at must not be in the future",
              "INVALID",
            ),
          ],
        };
      }
      if (consent.marketingState === "PENDING" && level !== "CONFIRMED_OPT_IN") {
        const message = "Marketing opt in level must be confirmed opt-in for pending consent state";
        return { customer, userErrors: [userError([...CONSENT_FIELD, "marketingOptInLevel"], message, "INVALID")] };
      }
      // Shopify accepts the update for a customer without an email and changes nothing.
      if (!customer.email) return { customer, userErrors: [] };

      const next = {
        marketingState: consent.marketingState,
        marketingOptInLevel: level,
        consentUpdatedAt: consent.consentUpdatedAt ?? now().toISOString(),
      };
      const current = customer.emailMarketingConsent;
      const changed =
        current.marketingState !== next.marketingState ||
        current.marketingOptInLevel !== next.marketingOptInLevel ||
        current.consentUpdatedAt !== next.consentUpdatedAt;
      if (changed) {
        store.change(() => {
          customer.emailMarketingConsent = next;
          customer.updatedAt = now().toISOString();
        });
        store.events.emit("customers/email_marketing_consent_update", customer.id);
      }
      return { customer, userErrors: [] };
    },
  },
};
