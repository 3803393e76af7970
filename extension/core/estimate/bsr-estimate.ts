import { normalizeRootCategory } from "./category-names";
import {
  AMAZON_COM_CURVES,
  DATED_CURVES,
  MARKETPLACE_SCALE_SOURCE,
  MARKETPLACE_SCALES,
  UNLISTED_MARKETPLACE_SCALE,
  type BsrCurveCategory,
  type Marketplace,
  type MarketplaceScale,
  type SalesCurve,
} from "./curves";
import { normalizeMarketplace } from "./marketplace";
import { unitsAtRank } from "./sales-curve";

export interface MonthlySalesInput {
  /** "amazon.de"; a host or URL ("https://www.amazon.de/…") is accepted too. */
  marketplace: string;
  /** Root category of the BSR line, as the page shows it ("Küche, Haushalt & Wohnen"). */
  category: string;
  rank: number;
  /** In the marketplace's currency. */
  price: number | null;
  /** Amazon's "N+ bought in past month", N. */
  boughtPastMonth: number | null;
}

/** Units over 30 days: an estimate with its band, never a measurement. */
export interface MonthlySalesEstimate {
  units: number;
  low: number;
  high: number;
  /** units × price, in the price's currency; null without a price. */
  revenue: number | null;
  /** Which curve, scale and band produced the numbers, for the researcher to check. */
  curve: string;
}

/**
 * Width of the band, as a factor either side of the estimate. A category curve on its own marketplace gets ×0.5–×2:
 * DataHawk's customers report misses of 10–50 %, mostly ~20 % (research doc §1), and the tail of our curves misses
 * the source's own omitted breakpoints by a median ×1.4, worst ×1.9 (curves.ts); a factor of 2 covers both.
 */
export const BASE_BAND_FOLD = 2;

/**
 * Each borrowed step widens the band by this factor: a marketplace scale instead of a local curve, a scale that is
 * the source's default rather than one it lists for the marketplace, the all-category fallback instead of a category
 * curve, a curve from old data. A judgement, not a fit: no source measures these errors.
 */
export const BORROWED_STEP_FOLD = 1.5;

/** Categories whose curves form the all-category fallback (books are left out: one 2003 power law, not comparable). */
const FALLBACK_CATEGORIES = (Object.keys(AMAZON_COM_CURVES) as BsrCurveCategory[]).filter(
  (category) => !DATED_CURVES.has(category),
);

export function estimateMonthlySales(input: MonthlySalesInput): MonthlySalesEstimate | null {
  const { rank } = input;
  if (!Number.isFinite(rank) || rank < 1) return null;
  const root = normalizeRootCategory(input.category);
  if (root === "digital") return null;

  const marketplace = normalizeMarketplace(input.marketplace);
  const scale: MarketplaceScale = MARKETPLACE_SCALES[marketplace as Marketplace] ?? UNLISTED_MARKETPLACE_SCALE;
  const labels = [marketplace || "unknown marketplace"];
  let borrowedSteps = 0;
  let units: number;

  if (root) {
    const curve = AMAZON_COM_CURVES[root];
    units = unitsAtRank(curve, rank);
    labels.push(categoryLabel(curve.name, input.category), curveLabel(curve));
    if (DATED_CURVES.has(root)) borrowedSteps++;
  } else {
    units = median(FALLBACK_CATEGORIES.map((category) => unitsAtRank(AMAZON_COM_CURVES[category], rank)));
    labels.push(
      input.category.trim()
        ? `all categories (“${input.category.trim()}” is not a root category we know)`
        : "all categories (no category given)",
      `fallback: median of the ${FALLBACK_CATEGORIES.length} amazon.com category curves (quietst00rm/Amazon-Sales-Estimator-Tool)`,
    );
    borrowedSteps++;
  }

  if (scale.factor !== 1) {
    units *= scale.factor;
    borrowedSteps += scale.listedInSource ? 1 : 2;
    labels.push(
      `× ${scale.factor} marketplace scale (${MARKETPLACE_SCALE_SOURCE}${scale.listedInSource ? "" : ", its default for marketplaces it does not list"})`,
    );
  }

  const fold = BASE_BAND_FOLD * Math.pow(BORROWED_STEP_FOLD, borrowedSteps);
  let low = units / fold;
  let high = units * fold;
  labels.push(`band ×${formatFactor(1 / fold)}–×${formatFactor(fold)}`);

  const boughtPastMonth = input.boughtPastMonth;
  if (boughtPastMonth !== null && Number.isFinite(boughtPastMonth) && boughtPastMonth > 0) {
    const badge = `Amazon's “${boughtPastMonth.toLocaleString("en-US")}+ bought in past month” (a lower bound)`;
    if (boughtPastMonth > units) {
      units = boughtPastMonth;
      low = boughtPastMonth;
      high = Math.max(high, boughtPastMonth * fold);
      labels.push(`raised to ${badge}`);
    } else if (boughtPastMonth > low) {
      low = boughtPastMonth;
      labels.push(`low raised to ${badge}`);
    }
  }

  const roundedUnits = Math.round(units);
  const price = input.price;
  const revenue =
    price !== null && Number.isFinite(price) && price > 0 ? Math.round(roundedUnits * price * 100) / 100 : null;
  return {
    units: roundedUnits,
    low: Math.round(low),
    high: Math.round(high),
    revenue,
    curve: labels.join(" · "),
  };
}

function categoryLabel(curveName: string, pageName: string): string {
  const shown = pageName.trim();
  return shown === curveName ? curveName : `${curveName} (“${shown}”)`;
}

function curveLabel(curve: SalesCurve): string {
  if (curve.kind === "power-law") {
    return `amazon.com curve: power law a=${Math.round(curve.a)}, b=${curve.b} (${curve.source})`;
  }
  const lastRank = curve.points[curve.points.length - 1][0];
  return `amazon.com curve: log-log interpolation between breakpoints to rank ${lastRank.toLocaleString("en-US")}, power-law tail b=${curve.tailExponent} (${curve.source})`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function formatFactor(factor: number): string {
  return String(Math.round(factor * 100) / 100);
}
