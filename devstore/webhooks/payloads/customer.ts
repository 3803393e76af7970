import { customerAddress } from "../../seed/addresses";
import { localIsoTime } from "../../seed/time-zone";
import { gid } from "../../state/store";
import type { DevCustomer, DevShop } from "../../state/types";
import { customerAddressPayload } from "./address";
import { derivedId } from "./derived-id";

/**
 * The customer as order payloads embed it. Without email_marketing_consent: Shopify took it out
 * of customer payloads in 2025-01 (customers/email_marketing_consent_update carries it now).
 */
export function customerPayload(customer: DevCustomer, shop: DevShop) {
  const id = Number(customer.id);
  return {
    id,
    email: customer.email,
    created_at: localIsoTime(customer.createdAt, shop.ianaTimezone),
    updated_at: localIsoTime(customer.updatedAt, shop.ianaTimezone),
    first_name: customer.firstName,
    last_name: customer.lastName,
    state: "enabled",
    note: null,
    verified_email: true,
    multipass_identifier: null,
    tax_exempt: false,
    phone: customer.phone,
    currency: shop.currencyCode,
    tags: customer.tags.join(", "),
    tax_exemptions: [],
    admin_graphql_api_id: gid("Customer", customer.id),
    default_address: customerAddressPayload(customerAddress(customer), derivedId("address", customer.id), id),
  };
}
