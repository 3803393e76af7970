/**
 * An independent check of units-forecast.ts: the same predictive probabilities by numerical
 * integration over the Gamma(n + ½, T) posterior of the daily order rate λ, and by brute-force
 * convolution of order sizes, instead of the negative binomial closed form and Panjer's recursion.
 */

/**
 * E[g(λ)] under Gamma(shape n + ½, rate T), for a g giving several numbers at once, by Simpson's
 * rule in u = √λ (smooth even at λ = 0 when n = 0).
 */
export function posteriorExpectations(orders: number, observedDays: number, g: (rate: number) => number[]): number[] {
  const shape = orders + 0.5;
  const rateLimit = shape / observedDays + (20 * Math.sqrt(shape)) / observedDays + 50 / observedDays;
  const steps = 20_000;
  const h = Math.sqrt(rateLimit) / steps;
  // The density in u is ∝ u^(2·shape − 1) · e^(−T·u²); scaled by its value at the mode to stay in range.
  const power = 2 * shape - 1;
  const logAtMode = power > 0 ? (power / 2) * Math.log(power / (2 * observedDays)) - power / 2 : 0;
  let weighted: number[] = [];
  let total = 0;
  for (let i = 0; i <= steps; i++) {
    const u = i * h;
    const simpson = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    const density = u === 0 ? (power === 0 ? 1 : 0) : Math.exp(power * Math.log(u) - observedDays * u * u - logAtMode);
    const values = g(u * u);
    if (weighted.length === 0) weighted = new Array<number>(values.length).fill(0);
    values.forEach((value, index) => (weighted[index] += simpson * density * value));
    total += simpson * density;
  }
  return weighted.map((sum) => sum / total);
}

/** P(K = k) for k = 0…upTo: the number of orders in the remaining days, each rate weighed by the posterior. */
export function orderCountProbabilities(
  orders: number,
  observedDays: number,
  remainingDays: number,
  upTo: number,
): number[] {
  return posteriorExpectations(orders, observedDays, (rate) => poissonProbabilities(rate * remainingDays, upTo));
}

export function poissonProbabilities(mean: number, upTo: number): number[] {
  const probabilities = [Math.exp(-mean)];
  for (let k = 1; k <= upTo; k++) probabilities.push((probabilities[k - 1] * mean) / k);
  return probabilities;
}

/** P(at least `count` orders in the remaining days): 1 − Σ_{k < count} P(K = k). */
export function probabilityOfAtLeastOrders(
  orders: number,
  observedDays: number,
  remainingDays: number,
  count: number,
): number {
  if (count <= 0) return 1;
  return 1 - orderCountProbabilities(orders, observedDays, remainingDays, count - 1).reduce((sum, p) => sum + p, 0);
}

/**
 * P(X ≤ units) for X = sum of K order sizes drawn from `orderSizes`: Σₖ P(K = k)·P(Sₖ ≤ units),
 * where Sₖ is the k-fold convolution of the size distribution. Sizes are ≥ 1, so k ≤ units.
 */
export function compoundCdf(orderSizes: number[], observedDays: number, remainingDays: number, units: number): number {
  const sizePmf = new Array(units + 1).fill(0);
  for (const size of orderSizes) if (size <= units) sizePmf[size] += 1 / orderSizes.length;
  const orderCounts = orderCountProbabilities(orderSizes.length, observedDays, remainingDays, units);
  let sumOfK = [1, ...new Array(units).fill(0)];
  let cdf = 0;
  for (let k = 0; k <= units; k++) {
    cdf += orderCounts[k] * sumOfK.reduce((sum, p) => sum + p, 0);
    const next = new Array(units + 1).fill(0);
    for (let total = 0; total <= units; total++) {
      for (let size = 1; size <= total; size++) next[total] += sumOfK[total - size] * sizePmf[size];
    }
    sumOfK = next;
  }
  return cdf;
}
