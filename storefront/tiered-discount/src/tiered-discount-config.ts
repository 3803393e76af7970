/**
 * What a merchant configures for one tiered discount. The admin stores it, validated, in the
 * discount's JSON metafield (configuration-metafield.ts); the Function reads it back on every
 * cart. Money amounts are decimal strings in the shop's currency, as Shopify's Decimal is.
 */
export type TieredDiscountConfig = TimeTieredDiscount | QuantityTieredDiscount | SpendTieredDiscount;

/** A flash sale: the percentage off falls as the shop's local clock passes each window. */
export type TimeTieredDiscount = {
  version: 1;
  kind: "time";
  appliesTo: ProductSelection;
  /** Ordered and non-overlapping; gaps between windows are allowed (no discount then). */
  tiers: TimeTier[];
};

/** From `startsAt` (included) to `endsAt` (excluded), both `YYYY-MM-DDTHH:MM:SS` in the shop's time zone. */
export type TimeTier = {
  startsAt: string;
  endsAt: string;
  percentage: number;
  message: string;
};

/** Buy more, save more: the quantity counted across every selected line picks the tier. */
export type QuantityTieredDiscount = {
  version: 1;
  kind: "quantity";
  appliesTo: ProductSelection;
  /** Ordered by strictly increasing `minimumQuantity`. */
  tiers: QuantityTier[];
};

export type QuantityTier = {
  minimumQuantity: number;
  value: ProductDiscountValue;
  message: string;
};

export type ProductDiscountValue = { percentage: number } | { amountOffEachItem: string };

/** Spend more, save more: the order subtotal picks the tier, and the discount is off the order. */
export type SpendTieredDiscount = {
  version: 1;
  kind: "spend";
  /** Ordered by strictly increasing `minimumSubtotal`. */
  tiers: SpendTier[];
};

export type SpendTier = {
  minimumSubtotal: string;
  value: OrderDiscountValue;
  message: string;
};

export type OrderDiscountValue = { percentage: number } | { amountOffOrder: string };

/** Every product, or the listed products plus every product in the listed collections. */
export type ProductSelection = "allProducts" | { productIds: string[]; collectionIds: string[] };
