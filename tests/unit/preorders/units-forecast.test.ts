import { describe, expect, it } from "vitest";
import { forecastUnits } from "../../../app/preorders/units-forecast";
import { compoundCdf, orderCountProbabilities, probabilityOfAtLeastOrders } from "./posterior-quadrature";

const ones = (count: number) => new Array<number>(count).fill(1);

/** The smallest x with P(X ≤ x) ≥ q, from the probabilities of 0, 1, 2, … */
function quantileOf(probabilities: number[], q: number): number {
  let cdf = 0;
  const x = probabilities.findIndex((p) => (cdf += p) >= q);
  if (x < 0) throw new Error(`the probabilities given stop before the ${q} quantile`);
  return x;
}

describe("forecasting the units still to come", () => {
  it("matches the closed form for zero orders: P(X ≥ 1) = 1 − (T / (T + R))^½", () => {
    const forecast = forecastUnits({ orderSizes: [], observedDays: 20, remainingDays: 10, unitsNeeded: 1 });
    expect(forecast.probabilityOfNeeded).toBeCloseTo(1 - Math.sqrt(20 / 30), 12);
    expect(forecast.expected).toBeCloseTo((0.5 * 10) / 20, 12);
  });

  it("matches integration over the rate's posterior, one unit per order", () => {
    for (const [orders, observedDays, remainingDays, unitsNeeded] of [
      [40, 10, 20, 60],
      [40, 10, 20, 90],
      [3, 2.5, 12, 10],
      [0, 20, 10, 3],
      [12, 30, 1.5, 1],
    ]) {
      const forecast = forecastUnits({ orderSizes: ones(orders), observedDays, remainingDays, unitsNeeded });
      expect(forecast.probabilityOfNeeded).toBeCloseTo(
        probabilityOfAtLeastOrders(orders, observedDays, remainingDays, unitsNeeded),
        8,
      );
    }
  });

  it("puts the 80 % interval at the 10th and 90th percentiles of the same integral", () => {
    const forecast = forecastUnits({ orderSizes: ones(40), observedDays: 10, remainingDays: 20, unitsNeeded: 60 });
    const probabilities = orderCountProbabilities(40, 10, 20, 200);
    expect(forecast.low).toBe(quantileOf(probabilities, 0.1));
    expect(forecast.high).toBe(quantileOf(probabilities, 0.9));
    expect(forecast.expected).toBeCloseTo((40.5 * 20) / 10, 12);
  });

  it("adds up orders of several units by the sizes seen so far", () => {
    const orderSizes = [1, 1, 2, 3];
    for (const unitsNeeded of [1, 5, 12]) {
      const forecast = forecastUnits({ orderSizes, observedDays: 4, remainingDays: 6, unitsNeeded });
      expect(forecast.probabilityOfNeeded).toBeCloseTo(1 - compoundCdf(orderSizes, 4, 6, unitsNeeded - 1), 8);
    }
    const forecast = forecastUnits({ orderSizes, observedDays: 4, remainingDays: 6, unitsNeeded: 1 });
    const cdf = Array.from({ length: 40 }, (_, x) => compoundCdf(orderSizes, 4, 6, x));
    const probabilities = cdf.map((p, x) => p - (cdf[x - 1] ?? 0));
    expect(forecast.low).toBe(quantileOf(probabilities, 0.1));
    expect(forecast.high).toBe(quantileOf(probabilities, 0.9));
    // E[X] = E[orders] × mean size = (4.5 × 6 / 4) × 7/4.
    expect(forecast.expected).toBeCloseTo(((4.5 * 6) / 4) * (7 / 4), 12);
  });

  it("stays exact with thousands of orders, where P(no order) underflows", () => {
    const forecast = forecastUnits({
      orderSizes: ones(5000),
      observedDays: 1,
      remainingDays: 30,
      unitsNeeded: 150_000,
    });
    // Negative binomial: mean r(1 − p)/p, variance r(1 − p)/p², r = 5000.5, p = 1/31.
    const mean = 5000.5 * 30;
    const sd = Math.sqrt(5000.5 * 30 * 31);
    expect(forecast.expected).toBeCloseTo(mean, 6);
    // Close to the normal approximation (z₀.₉ = 1.2816), which a skewed distribution only nears.
    expect(Math.abs(forecast.low - (mean - 1.2816 * sd)) / sd).toBeLessThan(0.02);
    expect(Math.abs(forecast.high - (mean + 1.2816 * sd)) / sd).toBeLessThan(0.02);
    expect(forecast.probabilityOfNeeded).toBeGreaterThan(0.45);
    expect(forecast.probabilityOfNeeded).toBeLessThan(0.55);
  });

  it("is certain when nothing is needed, and when no time is left", () => {
    expect(
      forecastUnits({ orderSizes: ones(3), observedDays: 5, remainingDays: 5, unitsNeeded: 0 }).probabilityOfNeeded,
    ).toBe(1);
    expect(forecastUnits({ orderSizes: ones(3), observedDays: 5, remainingDays: 0, unitsNeeded: 1 })).toEqual({
      expected: 0,
      low: 0,
      high: 0,
      probabilityOfNeeded: 0,
    });
  });

  it("refuses inputs that make no sense", () => {
    expect(() => forecastUnits({ orderSizes: [], observedDays: 0, remainingDays: 5, unitsNeeded: 1 })).toThrow(
      RangeError,
    );
    expect(() => forecastUnits({ orderSizes: [], observedDays: 1, remainingDays: -1, unitsNeeded: 1 })).toThrow(
      RangeError,
    );
    expect(() => forecastUnits({ orderSizes: [0], observedDays: 1, remainingDays: 1, unitsNeeded: 1 })).toThrow(
      RangeError,
    );
    expect(() => forecastUnits({ orderSizes: [1.5], observedDays: 1, remainingDays: 1, unitsNeeded: 1 })).toThrow(
      RangeError,
    );
  });
});
