import { COUNTRIES, customerAddress, guestAddress, type PostalAddress } from "../../seed/addresses";
import type { DevOrder, DevStoreState } from "../../state/types";

/** Where the order ships and bills to: the customer's address, or the guest's. */
export function orderAddress(state: DevStoreState, order: DevOrder): PostalAddress {
  const customer = order.customerId
    ? state.customers.find((candidate) => candidate.id === order.customerId)
    : undefined;
  return customer ? customerAddress(customer) : guestAddress(order.id, order.email);
}

/** An order's billing or shipping address as Shopify's REST payloads show it. */
export function orderAddressPayload(address: PostalAddress) {
  return {
    first_name: address.firstName,
    address1: address.address1,
    phone: address.phone,
    city: address.city,
    zip: address.zip,
    province: address.province,
    country: address.country,
    last_name: address.lastName,
    address2: address.address2,
    company: address.company,
    latitude: null,
    longitude: null,
    name: fullName(address),
    country_code: address.countryCode,
    province_code: address.provinceCode,
  };
}

/** A customer's default address, which has an id of its own. */
export function customerAddressPayload(address: PostalAddress, id: number, customerId: number) {
  return {
    id,
    customer_id: customerId,
    first_name: address.firstName,
    last_name: address.lastName,
    company: address.company,
    address1: address.address1,
    address2: address.address2,
    city: address.city,
    province: address.province,
    country: address.country,
    zip: address.zip,
    phone: address.phone,
    name: fullName(address),
    province_code: address.provinceCode,
    country_code: address.countryCode,
    country_name: COUNTRIES[address.countryCode]?.name ?? address.country,
    default: true,
  };
}

function fullName(address: PostalAddress): string {
  return [address.firstName, address.lastName].filter(Boolean).join(" ");
}
