import { formatAmount, roundToMinorUnit } from "./currency-amount";
import type { PreorderGoal } from "./preorder-test-draft";
import { instantMs, type Instant } from "../shop-time/shop-time-zone";
import { forecastUnits } from "./units-forecast";

/**
 * The verdict on a preorder test: reached, on track, will miss, or too early to say, with the
 * projected total at the deadline and how likely the goal is (the model: units-forecast.ts).
 *
 * A revenue goal is projected in units and priced at the average unit price so far (or the
 * price the caller gives before the first sale): revenue = revenue so far + units × that price.
 *
 * Too early: less than a day observed (no projection at all: a few hours mostly measure the
 * launch), or fewer than 3 orders while the 80 % interval of the final total still contains
 * the goal (the numbers come along, the verdict waits). Otherwise on track when reaching the
 * goal is at least even odds, will miss when it is less.
 */

export type PreorderVerdictKind =
  "goal-reached" | "on-track" | "will-miss" | "too-early" | "ended-reached" | "ended-missed";

export interface PreorderVerdictInput {
  goal: PreorderGoal;
  currency: string;
  /** So far (PreorderProgress fits): units and revenue still on order, and the units of each order. */
  sold: { units: number; revenue: number; orderSizes: readonly number[] };
  /**
   * For a revenue goal: what a projected unit brings. Defaults to revenue ÷ units; before the
   * first sale pass the variant's price after the preorder discount, or the verdict stays
   * too-early (nothing to price the projection with).
   */
  averageUnitPrice?: number;
  startedAt: Instant;
  now: Instant;
  /** When the test stops selling: the end of the deadline's day in the shop's time zone, or when it was ended early. */
  endsAt: Instant;
}

export interface PreorderProjection {
  /** The goal's measure (units, or revenue in the shop's currency) at the deadline. */
  expected: number;
  /** 10th and 90th percentiles: an 80 % interval. */
  low: number;
  high: number;
}

export interface PreorderVerdict {
  kind: PreorderVerdictKind;
  /** Of reaching the goal by the deadline; null when too early to say. */
  probability: number | null;
  projection: PreorderProjection | null;
  /** One sentence for the merchant, with the numbers. */
  reason: string;
}

export const verdictRules = {
  minimumObservedDays: 1,
  minimumOrders: 3,
  onTrackProbability: 0.5,
} as const;

const msPerDay = 86_400_000;

export function preorderVerdict(input: PreorderVerdictInput): PreorderVerdict {
  const { goal, sold } = input;
  const startedAt = instantMs(input.startedAt);
  const now = Math.max(instantMs(input.now), startedAt);
  const endsAt = instantMs(input.endsAt);
  const soldSoFar = goal.kind === "units" ? sold.units : sold.revenue;
  const reached = soldSoFar >= goal.value;
  const measure = (value: number) => formatMeasure(value, goal, input.currency);
  const goalText = `the goal of ${measure(goal.value)}`;

  if (now >= endsAt) {
    return {
      kind: reached ? "ended-reached" : "ended-missed",
      probability: reached ? 1 : 0,
      projection: { expected: soldSoFar, low: soldSoFar, high: soldSoFar },
      reason: `The test ended with ${measure(soldSoFar)} sold, ${formatShare(soldSoFar / goal.value)} of ${goalText}.`,
    };
  }

  const observedDays = (now - startedAt) / msPerDay;
  const remainingDays = (endsAt - now) / msPerDay;
  const unitPrice = goal.kind === "revenue" ? revenuePerUnit(input) : null;
  const projection =
    observedDays < verdictRules.minimumObservedDays
      ? null
      : goal.kind === "units"
        ? projectUnits(input, observedDays, remainingDays)
        : unitPrice !== null
          ? projectRevenue(input, observedDays, remainingDays, unitPrice)
          : null;

  if (reached) {
    return {
      kind: "goal-reached",
      probability: 1,
      projection: projection && projection.totals,
      reason: `${measure(soldSoFar)} sold: ${goalText} is reached with ${formatDays(remainingDays)} left.`,
    };
  }
  if (!projection) {
    return {
      kind: "too-early",
      probability: null,
      projection: null,
      reason:
        observedDays < verdictRules.minimumObservedDays
          ? `The test started less than a day ago, too early to project: ${measure(soldSoFar)} sold so far.`
          : `No sale in ${formatDays(observedDays)} yet, so there is no price to project revenue from.`,
    };
  }

  const { totals, probability, pricedNote } = projection;
  const range = formatRange(totals.low, totals.high, goal, input.currency);
  const orders = sold.orderSizes.length;
  if (orders < verdictRules.minimumOrders && totals.low < goal.value && totals.high >= goal.value) {
    return {
      kind: "too-early",
      probability,
      projection: totals,
      reason: `Only ${orders} ${orders === 1 ? "order" : "orders"} in ${formatDays(observedDays)}: the projection at the deadline (${range}, 80% range${pricedNote}) still spans ${goalText}.`,
    };
  }
  return {
    kind: probability >= verdictRules.onTrackProbability ? "on-track" : "will-miss",
    probability,
    projection: totals,
    reason: `${measure(soldSoFar)} sold in ${formatDays(observedDays)}; at this pace about ${measure(totals.expected)} by the deadline (80% range ${range}${pricedNote}), a ${formatChance(probability)} chance of reaching ${goalText}.`,
  };
}

/** The price of a projected unit for a revenue goal; null before the first sale unless given. */
function revenuePerUnit(input: PreorderVerdictInput): number | null {
  if (input.averageUnitPrice !== undefined) {
    if (!(input.averageUnitPrice > 0))
      throw new RangeError(`averageUnitPrice must be above 0, got ${input.averageUnitPrice}`);
    return input.averageUnitPrice;
  }
  return input.sold.units > 0 ? input.sold.revenue / input.sold.units : null;
}

function projectUnits(input: PreorderVerdictInput, observedDays: number, remainingDays: number) {
  const { goal, sold } = input;
  const forecast = forecastUnits({
    orderSizes: sold.orderSizes,
    observedDays,
    remainingDays,
    unitsNeeded: goal.value - sold.units,
  });
  return {
    totals: {
      expected: sold.units + forecast.expected,
      low: sold.units + forecast.low,
      high: sold.units + forecast.high,
    },
    probability: forecast.probabilityOfNeeded,
    pricedNote: "",
  };
}

function projectRevenue(input: PreorderVerdictInput, observedDays: number, remainingDays: number, price: number) {
  const { goal, sold, currency } = input;
  // The last unit needed may pass the goal; a hair of tolerance keeps 100.00 / 25.00 at 4, not 5.
  const unitsNeeded = Math.ceil((goal.value - sold.revenue) / price - 1e-9);
  const forecast = forecastUnits({ orderSizes: sold.orderSizes, observedDays, remainingDays, unitsNeeded });
  const revenueWith = (units: number) => roundToMinorUnit(sold.revenue + units * price, currency);
  return {
    totals: {
      expected: revenueWith(forecast.expected),
      low: revenueWith(forecast.low),
      high: revenueWith(forecast.high),
    },
    probability: forecast.probabilityOfNeeded,
    pricedNote: `, units priced at ${formatAmount(price, currency)} each`,
  };
}

const unitCount = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

function formatMeasure(value: number, goal: PreorderGoal, currency: string): string {
  if (goal.kind === "revenue") return formatAmount(value, currency);
  const units = unitCount.format(value);
  return `${units} ${units === "1" ? "unit" : "units"}`;
}

/** "102–141 units", "€2,550.00–€3,525.00". */
function formatRange(low: number, high: number, goal: PreorderGoal, currency: string): string {
  if (goal.kind === "revenue") return `${formatAmount(low, currency)}–${formatAmount(high, currency)}`;
  return `${unitCount.format(low)}–${unitCount.format(high)} units`;
}

function formatDays(days: number): string {
  if (days < 1) return "less than a day";
  const whole = Math.floor(days);
  return `${whole} ${whole === 1 ? "day" : "days"}`;
}

/** Never "0%" or "100%" for what is still uncertain. */
function formatChance(probability: number): string {
  if (probability < 0.01) return "less than 1%";
  if (probability > 0.99) return "more than 99%";
  return `${Math.round(probability * 100)}%`;
}

function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
