import type { DevPaymentMandate } from "../../state/types";

/**
 * The buyer's card, vaulted as Shopify vaults it when checkout leaves a balance to collect
 * later (a deposit or pay-later preorder), so the app can charge the balance without the
 * buyer. The dev store's checkout asks for no card: every buyer pays with the usual Visa
 * test card, valid for three more years.
 */
export function vaultCard(now: Date, nextId: () => string): DevPaymentMandate {
  return {
    id: nextId(),
    card: {
      brand: "visa",
      lastDigits: "4242",
      expiryMonth: now.getUTCMonth() + 1,
      expiryYear: now.getUTCFullYear() + 3,
    },
    createdAt: now.toISOString(),
  };
}
