import type {
  QuantityTieredDiscount,
  SpendTieredDiscount,
  TimeTieredDiscount,
} from "../../../storefront/tiered-discount/src/tiered-discount-config";

export const LAUNCH_PRODUCT = "gid://shopify/Product/8001";
export const OTHER_PRODUCT = "gid://shopify/Product/8002";
export const GIFT_CARD_PRODUCT = "gid://shopify/Product/8003";
export const MUGS_COLLECTION = "gid://shopify/Collection/501";
export const POSTERS_COLLECTION = "gid://shopify/Collection/502";

/** The example: 14:00–15:00 50 %, 15:00–17:00 40 %, 17:00–24:00 30 % on launch day. */
export const launchDayFlashSale: TimeTieredDiscount = {
  version: 1,
  kind: "time",
  appliesTo: { productIds: [LAUNCH_PRODUCT], collectionIds: [] },
  tiers: [
    { startsAt: "2026-05-01T14:00:00", endsAt: "2026-05-01T15:00:00", percentage: 50, message: "Launch hour: 50% off" },
    {
      startsAt: "2026-05-01T15:00:00",
      endsAt: "2026-05-01T17:00:00",
      percentage: 40,
      message: "Launch afternoon: 40% off",
    },
    { startsAt: "2026-05-01T17:00:00", endsAt: "2026-05-02T00:00:00", percentage: 30, message: "Launch day: 30% off" },
  ],
};

/** Buy 2 save 10 %, buy 3 save 20 %, buy 5 and take 4.50 off each, on mugs and one poster. */
export const mugsVolumeDiscount: QuantityTieredDiscount = {
  version: 1,
  kind: "quantity",
  appliesTo: { productIds: [OTHER_PRODUCT], collectionIds: [MUGS_COLLECTION] },
  tiers: [
    { minimumQuantity: 2, value: { percentage: 10 }, message: "Buy 2, save 10%" },
    { minimumQuantity: 3, value: { percentage: 20 }, message: "Buy 3, save 20%" },
    { minimumQuantity: 5, value: { amountOffEachItem: "4.50" }, message: "Buy 5, 4.50 off each" },
  ],
};

/** Spend 50 save 5 %, spend 100 save 10 %, spend 200 take 30 off. */
export const spendMoreSaveMore: SpendTieredDiscount = {
  version: 1,
  kind: "spend",
  tiers: [
    { minimumSubtotal: "50.00", value: { percentage: 5 }, message: "Spend 50, save 5%" },
    { minimumSubtotal: "100.00", value: { percentage: 10 }, message: "Spend 100, save 10%" },
    { minimumSubtotal: "200", value: { amountOffOrder: "30.00" }, message: "Spend 200, 30 off" },
  ],
};
