import { gid } from "../../state/store";
import type { DevOrder, DevPaymentMandate, DevStoreState } from "../../state/types";
import { orderAddress } from "../../webhooks/payloads/address";
import { typed } from "../resolver-map";

/**
 * Order.paymentCollectionDetails: the cards vaulted at checkout for the order's balance, as
 * PaymentMandates with a VaultCreditCard instrument. The card's holder and billing address
 * are the order's billing address, as the webhooks show it.
 */
export function paymentCollectionDetails(state: DevStoreState, order: DevOrder, now: Date) {
  return {
    // The dev store has no page where a buyer could pay a balance, so it links to none.
    additionalPaymentCollectionUrl: null,
    vaultedPaymentMethods: (order.paymentMandates ?? []).map((mandate) => paymentMandate(state, order, mandate, now)),
  };
}

function paymentMandate(state: DevStoreState, order: DevOrder, mandate: DevPaymentMandate, now: Date) {
  const address = orderAddress(state, order);
  const { brand, lastDigits, expiryMonth, expiryYear } = mandate.card;
  // A card is valid through the last day of its expiry month.
  const expiresAt = Date.UTC(expiryYear, expiryMonth, 1);
  return {
    id: gid("PaymentMandate", mandate.id),
    paymentInstrument: typed("VaultCreditCard", {
      brand,
      lastDigits,
      expiryMonth,
      expiryYear,
      expired: now.getTime() >= expiresAt,
      name: [address.firstName, address.lastName].filter(Boolean).join(" "),
      billingAddress: {
        firstName: address.firstName,
        lastName: address.lastName,
        address1: address.address1,
        city: address.city,
        province: address.province,
        provinceCode: address.provinceCode,
        zip: address.zip,
        country: address.country,
        countryCode: address.countryCode,
      },
    }),
  };
}
