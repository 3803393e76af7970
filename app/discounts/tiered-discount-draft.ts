import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";

/** Which other discounts a tiered discount may apply together with (Shopify's combinesWith). */
export interface CombinesWith {
  productDiscounts: boolean;
  orderDiscounts: boolean;
  shippingDiscounts: boolean;
}

/**
 * A tiered discount as the merchant set it, validated: what the app creates in Shopify. The
 * Function reads `config`; Shopify runs the discount from `startsAt` to `endsAt` (UTC).
 */
export interface TieredDiscountDraft {
  title: string;
  config: TieredDiscountConfig;
  startsAt: string;
  /** null: no end. */
  endsAt: string | null;
  combinesWith: CombinesWith;
}

export type TierKind = TieredDiscountConfig["kind"];

export const tierKinds: readonly TierKind[] = ["time", "quantity", "spend"];
