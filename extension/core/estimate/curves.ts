/**
 * BSR → estimated monthly units: every curve and marketplace scale the estimator uses, as data.
 * The logic lives in `sales-curve.ts` (evaluating one curve) and `bsr-estimate.ts` (choosing one).
 *
 * Sources (see ../shared/research/extension.md §2, "Functional forms found"):
 *
 * [Q] quietst00rm/Amazon-Sales-Estimator-Tool, constants.ts, commit 8bb803d31d19db98f767bfefef1d7ea52a4f766e
 *     (research doc §2 item 3). For 24 amazon.com root categories it gives (BSR, monthly units) breakpoints and a
 *     fitted power law `units = coefficient · rank^exponent`. Provenance of its numbers is undocumented [U].
 *     How we use it:
 *     - Breakpoints are interpolated linearly in log(rank)–log(units) (the source app interpolates linearly in
 *       rank; log-log keeps the curve a power law between points, which is the form every source in §2 agrees on).
 *     - The source's units are whole units/day × 30 with a floor of 30 (its App.tsx), so below ~10/day the rounding
 *       dominates: e.g. Home & Kitchen reads 60 from rank 250,000 to 325,000 and 30 from 350,000 to 600,000.
 *       We keep only breakpoints with ≥ MIN_TRUSTED_BREAKPOINT_UNITS (rounding ≤ ±5 %) and list how many were left
 *       out per category (`omittedBreakpoints`).
 *     - Beyond the last kept breakpoint the curve continues as a power law with the source's fitted exponent
 *       (`tailExponent` = −exponent), anchored at that breakpoint so the curve is continuous. The source's fitted
 *       coefficient is not used: it is a tail fit that overshoots the head (Home & Kitchen: 960,567 at rank 1 vs the
 *       breakpoint's 95,190), so the breakpoints are the better data where they exist.
 *     Checked against the omitted breakpoints (those above the floor of 30): the anchored tail misses them by a
 *     root-mean-square of 0.03–0.65 in natural log (×1.03–×1.9), median ≈ 0.35 (×1.4); see BAND_FOLD in
 *     bsr-estimate.ts.
 * [B] Brynjolfsson, Hu & Smith (2003), Management Science, Appendix B, Amazon books, weekly sales:
 *     ln(Q_week) = 10.526 − 0.871·ln(rank), as quoted at tmswiki.org (research doc §2 item 1; [U]: the forum quote
 *     drops the ln on rank). Monthly (30-day) units = weekly × 30/7. 2003 data.
 * [S] sergiorpaes/amazon-sem-segredos, netlify/functions/utils/sales-estimation.ts (research doc §2 item 4) [U]:
 *     units at the same BSR relative to amazon.com: UK 0.45, DE 0.4, CA 0.35, ES 0.25, and 0.25 for every
 *     marketplace it does not list.
 */

/** Breakpoints below this many units/month are left out: the source rounds to whole units/day (×30). */
export const MIN_TRUSTED_BREAKPOINT_UNITS = 300;

export type BsrCurveCategory =
  | "appliances"
  | "arts-crafts-sewing"
  | "automotive"
  | "baby-products"
  | "beauty-personal-care"
  | "camera-photo"
  | "cell-phones-accessories"
  | "clothing-shoes-jewelry"
  | "computers-accessories"
  | "electronics"
  | "grocery-gourmet-food"
  | "health-household"
  | "home-kitchen"
  | "industrial-scientific"
  | "kitchen-dining"
  | "musical-instruments"
  | "office-products"
  | "patio-lawn-garden"
  | "pet-supplies"
  | "software"
  | "sports-outdoors"
  | "tools-home-improvement"
  | "toys-games"
  | "video-games"
  | "books";

/** Monthly units at a BSR: log-log interpolation between breakpoints, then a power-law tail. */
export interface BreakpointCurve {
  kind: "breakpoints";
  /** amazon.com root category name, as Amazon shows it. */
  name: string;
  /** [rank, monthly units], ascending rank, starting at rank 1. */
  points: readonly (readonly [rank: number, units: number])[];
  /** b in units ∝ rank^−b beyond the last breakpoint. */
  tailExponent: number;
  omittedBreakpoints: number;
  source: string;
}

/** Monthly units = a · rank^−b. */
export interface PowerLawCurve {
  kind: "power-law";
  name: string;
  a: number;
  b: number;
  source: string;
}

export type SalesCurve = BreakpointCurve | PowerLawCurve;

const QUIETST00RM = "quietst00rm/Amazon-Sales-Estimator-Tool";

function breakpoints(
  name: string,
  tailExponent: number,
  points: [number, number][],
  omittedBreakpoints: number,
): BreakpointCurve {
  return { kind: "breakpoints", name, points, tailExponent, omittedBreakpoints, source: QUIETST00RM };
}

/**
 * amazon.com curves by root category. Breakpoints and tail exponents are [Q]'s `data` and `-exponent`, verbatim,
 * minus the breakpoints below MIN_TRUSTED_BREAKPOINT_UNITS (count in the last argument).
 */
// prettier-ignore
export const AMAZON_COM_CURVES: Record<BsrCurveCategory, SalesCurve> = {
  "appliances": breakpoints("Appliances", 0.823, [[1, 5760], [10, 1650], [25, 900], [50, 510], [100, 300]], 4),
  "arts-crafts-sewing": breakpoints("Arts, Crafts & Sewing", 0.826, [[1, 48090], [10, 23730], [25, 16740], [50, 12450], [100, 8970], [250, 5550], [500, 3690], [1000, 2370], [1500, 1770], [2000, 1440], [3000, 1050], [5000, 690], [7500, 480], [10000, 360]], 6),
  "automotive": breakpoints("Automotive", 0.769, [[1, 40080], [10, 20160], [25, 14430], [50, 10890], [100, 8010], [250, 5100], [500, 3510], [1000, 2310], [1500, 1800], [2000, 1470], [3000, 1110], [5000, 750], [7500, 540], [10000, 450], [15000, 300]], 11),
  "baby-products": breakpoints("Baby Products", 1, [[1, 83010], [10, 48810], [25, 36030], [50, 27330], [100, 19740], [250, 11790], [500, 7350], [1000, 4230], [1500, 2940], [2000, 2220], [3000, 1440], [5000, 780], [7500, 450], [10000, 300]], 3),
  "beauty-personal-care": breakpoints("Beauty & Personal Care", 0.967, [[1, 179010], [10, 100860], [25, 74400], [50, 57030], [100, 42180], [250, 26580], [500, 17760], [1000, 11220], [1500, 8370], [2000, 6690], [3000, 4770], [5000, 3030], [7500, 2040], [10000, 1500], [15000, 960], [25000, 510]], 7),
  "camera-photo": breakpoints("Camera & Photo", 1.21, [[1, 25830], [10, 9060], [25, 5130], [50, 3090], [100, 1740], [250, 690], [500, 330]], 4),
  "cell-phones-accessories": breakpoints("Cell Phones & Accessories", 0.928, [[1, 130860], [10, 58050], [25, 38610], [50, 27300], [100, 18600], [250, 10530], [500, 6480], [1000, 3780], [1500, 2700], [2000, 2100], [3000, 1440], [5000, 870], [7500, 570], [10000, 420]], 4),
  "clothing-shoes-jewelry": breakpoints("Clothing, Shoes & Jewelry", 0.713, [[1, 54660], [10, 37530], [25, 30600], [50, 25530], [100, 20760], [250, 15060], [500, 11310], [1000, 8160], [1500, 6600], [2000, 5610], [3000, 4410], [5000, 3150], [7500, 2340], [10000, 1890], [15000, 1350], [25000, 840], [50000, 420]], 19),
  "computers-accessories": breakpoints("Computers & Accessories", 0.912, [[1, 19830], [10, 9120], [25, 6060], [50, 4260], [100, 2850], [250, 1560], [500, 930], [1000, 510], [1500, 330]], 6),
  "electronics": breakpoints("Electronics", 0.889, [[1, 56940], [10, 27090], [25, 18510], [50, 13350], [100, 9270], [250, 5240], [500, 3330], [1000, 1950], [1500, 1410], [2000, 1080], [3000, 750], [5000, 450], [7500, 300]], 4),
  "grocery-gourmet-food": breakpoints("Grocery & Gourmet Food", 0.828, [[1, 29310], [10, 21120], [25, 17450], [50, 14640], [100, 11880], [250, 8520], [500, 6270], [1000, 4350], [1500, 3420], [2000, 2820], [3000, 2130], [5000, 1410], [7500, 990], [10000, 750], [15000, 480]], 5),
  "health-household": breakpoints("Health & Household", 0.927, [[1, 113670], [10, 77610], [25, 62490], [50, 51330], [100, 40770], [250, 28290], [500, 20310], [1000, 13770], [1500, 10650], [2000, 8730], [3000, 6480], [5000, 4260], [7500, 2940], [10000, 2220], [15000, 1440], [25000, 780], [50000, 300]], 7),
  "home-kitchen": breakpoints("Home & Kitchen", 0.713, [[1, 95190], [10, 54390], [25, 41070], [50, 32370], [100, 24840], [250, 16800], [500, 12030], [1000, 8310], [1500, 6570], [2000, 5520], [3000, 4260], [5000, 3000], [7500, 2250], [10000, 1800], [15000, 1290], [25000, 840], [50000, 450], [75000, 300]], 21),
  "industrial-scientific": breakpoints("Industrial & Scientific", 0.961, [[1, 351000], [10, 90060], [25, 49170], [50, 30300], [100, 18210], [250, 8940], [500, 5070], [1000, 2790], [1500, 1950], [2000, 1500], [3000, 1020], [5000, 630], [7500, 420], [10000, 300]], 4),
  "kitchen-dining": breakpoints("Kitchen & Dining", 0.853, [[1, 59670], [10, 32820], [25, 24180], [50, 18600], [100, 13890], [250, 8940], [500, 6120], [1000, 4020], [1500, 3090], [2000, 2520], [3000, 1860], [5000, 1230], [7500, 870], [10000, 690], [15000, 450]], 6),
  "musical-instruments": breakpoints("Musical Instruments", 0.806, [[1, 12570], [10, 6210], [25, 4320], [50, 3150], [100, 2190], [250, 1290], [500, 810], [1000, 480], [1500, 330]], 6),
  "office-products": breakpoints("Office Products", 0.892, [[1, 123900], [10, 54930], [25, 36900], [50, 26430], [100, 18330], [250, 10740], [500, 6840], [1000, 4170], [1500, 3060], [2000, 2430], [3000, 1740], [5000, 1110], [7500, 750], [10000, 570], [15000, 390]], 5),
  "patio-lawn-garden": breakpoints("Patio, Lawn & Garden", 0.835, [[1, 46860], [10, 26280], [25, 19470], [50, 15030], [100, 11250], [250, 7260], [500, 4950], [1000, 3240], [1500, 2460], [2000, 2010], [3000, 1470], [5000, 960], [7500, 690], [10000, 510], [15000, 360]], 7),
  "pet-supplies": breakpoints("Pet Supplies", 0.932, [[1, 78510], [10, 49260], [25, 37800], [50, 29730], [100, 22410], [250, 14340], [500, 9540], [1000, 5940], [1500, 4320], [2000, 3390], [3000, 2340], [5000, 1410], [7500, 900], [10000, 630], [15000, 360]], 3),
  "software": breakpoints("Software", 1.11, [[1, 1800], [10, 360]], 4),
  "sports-outdoors": breakpoints("Sports & Outdoors", 0.828, [[1, 52470], [10, 28440], [25, 21090], [50, 16110], [100, 12000], [250, 7650], [500, 5250], [1000, 3390], [1500, 2580], [2000, 2100], [3000, 1530], [5000, 990], [7500, 720], [10000, 540], [15000, 360]], 6),
  "tools-home-improvement": breakpoints("Tools & Home Improvement", 0.858, [[1, 63360], [10, 39390], [25, 29400], [50, 22530], [100, 16590], [250, 10440], [500, 7020], [1000, 4470], [1500, 3390], [2000, 2730], [3000, 1950], [5000, 1230], [7500, 870], [10000, 660], [15000, 420]], 5),
  "toys-games": breakpoints("Toys & Games", 0.79, [[1, 46860], [10, 26790], [25, 20130], [50, 15600], [100, 11760], [250, 7710], [500, 5400], [1000, 3600], [1500, 2820], [2000, 2340], [3000, 1770], [5000, 1200], [7500, 900], [10000, 720], [15000, 510], [25000, 330]], 8),
  "video-games": breakpoints("Video Games", 1.05, [[1, 25590], [10, 10140], [25, 6120], [50, 3780], [100, 2220], [250, 1050], [500, 600], [1000, 330]], 6),
  "books": {
    kind: "power-law",
    name: "Books",
    // [B]: weekly units e^10.526 · rank^−0.871; × 30/7 for 30 days.
    a: Math.exp(10.526) * (30 / 7),
    b: 0.871,
    source: "Brynjolfsson, Hu & Smith 2003, Amazon books, 2003 data",
  },
};

/** Curves whose source data is old or second-hand; each adds one step of uncertainty to the band. */
export const DATED_CURVES: ReadonlySet<BsrCurveCategory> = new Set(["books"]);

export type Marketplace =
  | "amazon.com"
  | "amazon.co.uk"
  | "amazon.de"
  | "amazon.fr"
  | "amazon.it"
  | "amazon.es"
  | "amazon.ca"
  | "amazon.ae"
  | "amazon.in"
  | "amazon.co.jp";

export interface MarketplaceScale {
  /** Units at the same BSR relative to amazon.com. */
  factor: number;
  /** True when the source names this marketplace; false when it is the source's default for unlisted ones. */
  listedInSource: boolean;
}

const SERGIORPAES_DEFAULT_FACTOR = 0.25;

/** [S]. amazon.com is the baseline because every category curve above is an amazon.com curve. */
export const MARKETPLACE_SCALES: Record<Marketplace, MarketplaceScale> = {
  "amazon.com": { factor: 1, listedInSource: true },
  "amazon.co.uk": { factor: 0.45, listedInSource: true },
  "amazon.de": { factor: 0.4, listedInSource: true },
  "amazon.ca": { factor: 0.35, listedInSource: true },
  "amazon.es": { factor: 0.25, listedInSource: true },
  "amazon.fr": { factor: SERGIORPAES_DEFAULT_FACTOR, listedInSource: false },
  "amazon.it": { factor: SERGIORPAES_DEFAULT_FACTOR, listedInSource: false },
  "amazon.ae": { factor: SERGIORPAES_DEFAULT_FACTOR, listedInSource: false },
  "amazon.in": { factor: SERGIORPAES_DEFAULT_FACTOR, listedInSource: false },
  "amazon.co.jp": { factor: SERGIORPAES_DEFAULT_FACTOR, listedInSource: false },
};

export const MARKETPLACE_SCALE_SOURCE = "sergiorpaes/amazon-sem-segredos";
export const UNLISTED_MARKETPLACE_SCALE: MarketplaceScale = {
  factor: SERGIORPAES_DEFAULT_FACTOR,
  listedInSource: false,
};
