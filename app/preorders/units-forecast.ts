/**
 * How many more units a preorder test will sell before its deadline, and how sure that is.
 *
 * Orders arrive as a Poisson process with an unknown constant rate λ per day. With Jeffreys'
 * prior (density ∝ λ^−½), n orders in T days give the posterior Gamma(shape n + ½, rate T). The
 * number of orders K in the R days left is then negative binomial:
 *
 *   P(K = k) = Γ(r + k) / (Γ(r) k!) · p^r · (1 − p)^k,  r = n + ½,  p = T / (T + R).
 *
 * Each order brings U units, drawn from the order sizes seen so far (one unit per order before
 * the first), so the units to come are the compound sum X = U₁ + … + U_K. Its distribution is
 * exact by Panjer's recursion, P(X = x) = Σⱼ (a + b·j/x) P(U = j) P(X = x − j) with a = 1 − p,
 * b = (r − 1)(1 − p), in logarithms so that thousands of orders don't underflow P(X = 0).
 * Deterministic: no sampling.
 *
 * The constant rate is the main assumption: a launch spike that fades makes the projection too
 * high, a campaign late in the test makes it too low.
 */

export interface UnitsForecastInput {
  /** Units in each order so far (positive whole numbers); its length is the number of orders. */
  orderSizes: readonly number[];
  /** How long orders have been counted, in days (> 0). */
  observedDays: number;
  /** How long until the deadline, in days (≥ 0). */
  remainingDays: number;
  /** The units still needed for the goal; the forecast says how likely at least that many come. */
  unitsNeeded: number;
}

export interface UnitsForecast {
  /** The mean of X. */
  expected: number;
  /** The 10th and 90th percentiles of X: an 80 % interval. */
  low: number;
  high: number;
  /** P(X ≥ unitsNeeded). */
  probabilityOfNeeded: number;
}

export const forecastInterval = { lowQuantile: 0.1, highQuantile: 0.9 } as const;

/** Beyond this many units the table would be too long to compute on a request. */
const maxUnitsTabulated = 5_000_000;
/** Mass left beyond the table once it stops. */
const negligibleTail = 1e-12;

export function forecastUnits(input: UnitsForecastInput): UnitsForecast {
  const { orderSizes, observedDays, remainingDays, unitsNeeded } = input;
  if (!(observedDays > 0)) throw new RangeError(`observedDays must be above 0, got ${observedDays}`);
  if (!(remainingDays >= 0)) throw new RangeError(`remainingDays must be 0 or more, got ${remainingDays}`);
  if (!orderSizes.every((size) => Number.isInteger(size) && size > 0)) {
    throw new RangeError("Order sizes must be whole numbers above 0");
  }
  if (remainingDays === 0) return { expected: 0, low: 0, high: 0, probabilityOfNeeded: unitsNeeded <= 0 ? 1 : 0 };

  const shape = orderSizes.length + 0.5;
  const noOrderProbability = observedDays / (observedDays + remainingDays);
  const a = 1 - noOrderProbability;
  const b = (shape - 1) * a;
  const sizes = orderSizeDistribution(orderSizes);
  const meanOrderSize = sizes.reduce((sum, { size, probability }) => sum + size * probability, 0);

  const logP = [shape * Math.log(noOrderProbability)];
  let cdf = Math.exp(logP[0]);
  let low = cdf >= forecastInterval.lowQuantile ? 0 : null;
  let high = cdf >= forecastInterval.highQuantile ? 0 : null;
  let belowNeeded = unitsNeeded > 0 ? cdf : 0;
  for (let x = 1; high === null || (x < unitsNeeded && cdf < 1 - negligibleTail); x++) {
    if (x > maxUnitsTabulated) throw new RangeError("The forecast runs to more units than it can tabulate");
    const terms = sizes
      .filter(({ size }) => size <= x)
      .map(({ size, probability }) => Math.log(a + (b * size) / x) + Math.log(probability) + logP[x - size]);
    logP.push(logSumExp(terms));
    cdf += Math.exp(logP[x]);
    if (low === null && cdf >= forecastInterval.lowQuantile) low = x;
    if (high === null && cdf >= forecastInterval.highQuantile) high = x;
    if (x < unitsNeeded) belowNeeded = cdf;
  }
  return {
    expected: ((shape * remainingDays) / observedDays) * meanOrderSize,
    low: low ?? 0,
    high,
    probabilityOfNeeded: unitsNeeded <= 0 ? 1 : Math.min(1, Math.max(0, 1 - belowNeeded)),
  };
}

/** The sizes seen, with their shares; one unit per order when there are none yet. */
function orderSizeDistribution(orderSizes: readonly number[]): { size: number; probability: number }[] {
  if (orderSizes.length === 0) return [{ size: 1, probability: 1 }];
  const counts = new Map<number, number>();
  for (const size of orderSizes) counts.set(size, (counts.get(size) ?? 0) + 1);
  return [...counts].map(([size, count]) => ({ size, probability: count / orderSizes.length }));
}

function logSumExp(terms: number[]): number {
  if (terms.length === 0) return -Infinity;
  const max = Math.max(...terms);
  if (max === -Infinity) return -Infinity;
  return max + Math.log(terms.reduce((sum, term) => sum + Math.exp(term - max), 0));
}
