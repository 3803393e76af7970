/** A unit as packed for shipping, in centimetres and kilograms (convert inches × 2.54, pounds × 0.45359237). */
export interface PackageDimensions {
  lengthCm: number;
  widthCm: number;
  heightCm: number;
  weightKg: number;
}

export type SizeTier = "small standard" | "large standard" | "large bulky" | "extra-large";

export interface FbaFeeEstimate {
  /** FBA fulfilment fee per unit, US dollars. */
  feeUsd: number;
  tier: SizeTier;
  /** Greater of unit weight and dimensional weight (small standard: unit weight only), pounds. */
  shippingWeightLb: number;
  /** True when no dimensions were given and DEFAULT_FBA_TIER was assumed. */
  assumed: boolean;
}

const CM_PER_INCH = 2.54;
const KG_PER_LB = 0.45359237;
/** Dimensional weight = length × width × height (inches) / 139, in pounds (Amazon US, quoted at ppcventure.com 2025). */
const DIMENSIONAL_WEIGHT_DIVISOR = 139;

/**
 * Amazon US product size tiers since 2024 (sellercentral.amazon.com/gp/help/external/201105770, quoted at
 * huzaifa.org/amazon-new-product-size-tiers-2024-fee and ppcventure.com's 2025 guide): the smallest tier whose
 * limits the packed unit fits. Sides are sorted longest → shortest.
 */
const SIZE_TIER_LIMITS: readonly {
  tier: Exclude<SizeTier, "extra-large">;
  maxWeightLb: number;
  maxSidesIn: [number, number, number];
  maxLengthPlusGirthIn: number;
}[] = [
  { tier: "small standard", maxWeightLb: 1, maxSidesIn: [15, 12, 0.75], maxLengthPlusGirthIn: Infinity },
  { tier: "large standard", maxWeightLb: 20, maxSidesIn: [18, 14, 8], maxLengthPlusGirthIn: Infinity },
  { tier: "large bulky", maxWeightLb: 50, maxSidesIn: [59, 33, 33], maxLengthPlusGirthIn: 130 },
];

/**
 * Fulfilment fee per tier, US, 2026, non-peak, for items priced $10–$50: a base fee covering `baseWeightLb`, plus
 * `perLbUsd` for each pound above it. Simplified from Amazon's rate card (which has 4-oz bands), so expect ±$0.50:
 * - small standard $3.06: the lowest FBA fee of 2026 (listing-forge.com, "FBA fulfillment fee $3.06–$10 per unit");
 *   heavier small-standard items pay a little more.
 * - large standard $4.60 up to 1 lb, large bulky $9.35: inventoryhero.ai/blog/fba-fulfillment-fees (2026 rates).
 * - $0.38 per pound above the base: Amazon's FBA pricing page (services.amazon.com/fulfillment-by-amazon/pricing.htm).
 * Extra-large items are priced as large bulky, a lower bound, and the reason says so.
 */
export const FBA_FEES_USD: Record<SizeTier, { baseUsd: number; baseWeightLb: number; perLbUsd: number }> = {
  "small standard": { baseUsd: 3.06, baseWeightLb: 1, perLbUsd: 0 },
  "large standard": { baseUsd: 4.6, baseWeightLb: 1, perLbUsd: 0.38 },
  "large bulky": { baseUsd: 9.35, baseWeightLb: 1, perLbUsd: 0.38 },
  "extra-large": { baseUsd: 9.35, baseWeightLb: 1, perLbUsd: 0.38 },
};

/**
 * The tier assumed when the page gives no package dimensions: large standard up to 1 lb, the tier most small
 * household goods ship in (a 9 × 6 × 3 in box of under a pound is large standard, not small standard, because it is
 * thicker than 0.75 in). A judgement, stated in the reason wherever it is used.
 */
export const DEFAULT_FBA_TIER: SizeTier = "large standard";
const DEFAULT_SHIPPING_WEIGHT_LB = 1;

export function estimateFbaFee(dimensions: PackageDimensions | null | undefined): FbaFeeEstimate {
  if (!dimensions || !isValid(dimensions)) {
    return {
      feeUsd: feeFor(DEFAULT_FBA_TIER, DEFAULT_SHIPPING_WEIGHT_LB),
      tier: DEFAULT_FBA_TIER,
      shippingWeightLb: DEFAULT_SHIPPING_WEIGHT_LB,
      assumed: true,
    };
  }
  const sides = [dimensions.lengthCm, dimensions.widthCm, dimensions.heightCm]
    .map((cm) => cm / CM_PER_INCH)
    .sort((a, b) => b - a) as [number, number, number];
  const unitWeightLb = dimensions.weightKg / KG_PER_LB;
  const dimensionalWeightLb = (sides[0] * sides[1] * sides[2]) / DIMENSIONAL_WEIGHT_DIVISOR;
  const lengthPlusGirth = sides[0] + 2 * (sides[1] + sides[2]);

  for (const limits of SIZE_TIER_LIMITS) {
    const shippingWeightLb =
      limits.tier === "small standard" ? unitWeightLb : Math.max(unitWeightLb, dimensionalWeightLb);
    const fits =
      shippingWeightLb <= limits.maxWeightLb &&
      sides.every((side, i) => side <= limits.maxSidesIn[i]) &&
      lengthPlusGirth <= limits.maxLengthPlusGirthIn;
    if (fits)
      return { feeUsd: feeFor(limits.tier, shippingWeightLb), tier: limits.tier, shippingWeightLb, assumed: false };
  }
  const shippingWeightLb = Math.max(unitWeightLb, dimensionalWeightLb);
  return { feeUsd: feeFor("extra-large", shippingWeightLb), tier: "extra-large", shippingWeightLb, assumed: false };
}

function feeFor(tier: SizeTier, shippingWeightLb: number): number {
  const { baseUsd, baseWeightLb, perLbUsd } = FBA_FEES_USD[tier];
  return baseUsd + Math.max(0, Math.ceil(shippingWeightLb - baseWeightLb)) * perLbUsd;
}

function isValid({ lengthCm, widthCm, heightCm, weightKg }: PackageDimensions): boolean {
  return (
    [lengthCm, widthCm, heightCm].every((cm) => Number.isFinite(cm) && cm > 0) &&
    Number.isFinite(weightKg) &&
    weightKg > 0
  );
}
