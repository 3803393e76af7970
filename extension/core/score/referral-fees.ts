import type { RootCategory } from "../estimate/category-names";

/**
 * Amazon's referral fee ("commission") per unit sold, by fee category, from Amazon's US "Selling on Amazon fee
 * schedule" (sellercentral.amazon.com/gp/help/external/200336920), as reproduced in full at
 * help.sellercloud.com/omnichannel-ecommerce/amazon-commisions and feedvisor.com/university/referral-fee/ ("updated
 * to reflect the most recent 2024 changes"); Furniture from Amazon's own page (sellercentral … itemID=5V2PLZ25V3G5ZPK);
 * the $1.80 media closing fee from the AnalyzePlatypus JSON copy of the schedule (gist 1b0d2dac…, April 2021).
 * Amazon deducts the greater of the percentage and the per-item minimum; media adds a closing fee.
 *
 * Clothing is 17 % as those copies show it; Amazon cut apparel under $20 to 5–10 % in 2024 in announcements we could
 * not check against the schedule, so the reason text shows the rate used and the researcher can correct it.
 * Other marketplaces publish their own schedules, which are not tabulated here: the US schedule stands in for them,
 * its dollar bands and minimum converted (marketplace-currency.ts), and the profit reason says so.
 */
export interface ReferralFeeRule {
  /** Amazon's fee-category name, shown in the reason. */
  feeCategory: string;
  /**
   * "whole": the band the total price falls in sets the rate for the whole price (Beauty: 8 % up to $10, else 15 %).
   * "portion": each band's rate applies to the part of the price inside it (Electronics Accessories: 15 % of the first
   * $100, 8 % of the rest).
   */
  basis: "whole" | "portion";
  /** Ascending; the last band has upToUsd = Infinity. */
  bands: readonly { upToUsd: number; rate: number }[];
  minimumUsd: number;
  closingFeeUsd: number;
}

const MINIMUM = 0.3;
const MEDIA_CLOSING_FEE = 1.8;

function flat(feeCategory: string, rate: number, minimumUsd = MINIMUM, closingFeeUsd = 0): ReferralFeeRule {
  return { feeCategory, basis: "whole", bands: [{ upToUsd: Infinity, rate }], minimumUsd, closingFeeUsd };
}

function banded(
  feeCategory: string,
  basis: ReferralFeeRule["basis"],
  [first, second]: [[number, number], number],
  minimumUsd = MINIMUM,
): ReferralFeeRule {
  const bands = [
    { upToUsd: first[0], rate: first[1] },
    { upToUsd: Infinity, rate: second },
  ];
  return { feeCategory, basis, bands, minimumUsd, closingFeeUsd: 0 };
}

export const EVERYTHING_ELSE = flat("Everything Else", 0.15);
const BEAUTY_HEALTH = banded("Beauty, Health and Personal Care", "whole", [[10, 0.08], 0.15]);
const ELECTRONICS_ACCESSORIES = banded("Electronics Accessories", "portion", [[100, 0.15], 0.08]);

/**
 * Fee category per root category. Where a root mixes fee categories, the one private-label sellers mostly list in
 * is used: accessories for Cell Phones, Computers and Electronics (devices themselves are 8 %), Compact Appliances
 * for Appliances (Full-Size Appliances are 8 %).
 */
export const REFERRAL_FEE_BY_ROOT: Record<Exclude<RootCategory, "digital">, ReferralFeeRule> = {
  appliances: banded("Compact Appliances", "portion", [[300, 0.15], 0.08]),
  "arts-crafts-sewing": EVERYTHING_ELSE,
  automotive: flat("Automotive and Powersports", 0.12),
  "baby-products": banded("Baby Products", "whole", [[10, 0.08], 0.15]),
  "beauty-personal-care": BEAUTY_HEALTH,
  "camera-photo": flat("Consumer Electronics (Camera and Photo)", 0.08),
  "cell-phones-accessories": ELECTRONICS_ACCESSORIES,
  "clothing-shoes-jewelry": flat("Clothing and Accessories", 0.17),
  "computers-accessories": ELECTRONICS_ACCESSORIES,
  electronics: ELECTRONICS_ACCESSORIES,
  "grocery-gourmet-food": banded("Grocery and Gourmet", "whole", [[15, 0.08], 0.15], 0),
  "health-household": BEAUTY_HEALTH,
  "home-kitchen": flat("Home and Kitchen", 0.15),
  "industrial-scientific": flat("Business, Industrial, and Scientific Supplies", 0.12),
  "kitchen-dining": flat("Home and Kitchen", 0.15),
  "musical-instruments": flat("Musical Instruments and AV Production", 0.15),
  "office-products": flat("Office Products", 0.15),
  "patio-lawn-garden": flat("Lawn and Garden", 0.15),
  "pet-supplies": flat("Pet Products", 0.15),
  software: flat("Software (media)", 0.15, 0, MEDIA_CLOSING_FEE),
  "sports-outdoors": flat("Sports and Outdoors", 0.15),
  "tools-home-improvement": flat("Tools and Home Improvement", 0.15),
  "toys-games": flat("Toys and Games", 0.15),
  "video-games": flat("Video Games (media)", 0.15, 0, MEDIA_CLOSING_FEE),
  books: flat("Books (media)", 0.15, 0, MEDIA_CLOSING_FEE),
};

export interface ReferralFee {
  /** In the price's currency. */
  amount: number;
  rule: ReferralFeeRule;
  /** The rate applied to the price when it is one rate; null for portion bands or when the minimum applies. */
  rate: number | null;
}

/** The referral fee on one unit at `price` (in a currency worth `usdPerUnit` US dollars per unit). */
export function referralFee(rule: ReferralFeeRule, price: number, usdPerUnit: number): ReferralFee {
  const priceUsd = price * usdPerUnit;
  let percentageUsd = 0;
  let rate: number | null = null;
  if (rule.basis === "whole") {
    rate = rule.bands.find((band) => priceUsd <= band.upToUsd)!.rate;
    percentageUsd = priceUsd * rate;
  } else {
    let lower = 0;
    for (const band of rule.bands) {
      percentageUsd += Math.max(0, Math.min(priceUsd, band.upToUsd) - lower) * band.rate;
      lower = band.upToUsd;
      if (priceUsd <= lower) break;
    }
    if (priceUsd <= rule.bands[0].upToUsd) rate = rule.bands[0].rate;
  }
  if (percentageUsd < rule.minimumUsd) {
    percentageUsd = rule.minimumUsd;
    rate = null;
  }
  return { amount: (percentageUsd + rule.closingFeeUsd) / usdPerUnit, rule, rate };
}
