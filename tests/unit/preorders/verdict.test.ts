import { describe, expect, it } from "vitest";
import { preorderVerdict, type PreorderVerdictInput } from "../../../app/preorders/verdict";
import { orderCountProbabilities, probabilityOfAtLeastOrders } from "./posterior-quadrature";

const startedAt = "2027-01-01T00:00:00Z";
const endsAt = "2027-01-31T00:00:00Z";
const day = (days: number) => new Date(Date.parse(startedAt) + days * 86_400_000).toISOString();
const ones = (count: number) => new Array<number>(count).fill(1);

/** A 30-day test for 100 units, `orders` single-unit orders at €25 after `days` days. */
function input(orders: number, days: number, overrides: Partial<PreorderVerdictInput> = {}): PreorderVerdictInput {
  return {
    goal: { kind: "units", value: 100 },
    currency: "EUR",
    sold: { units: orders, revenue: orders * 25, orderSizes: ones(orders) },
    startedAt,
    now: day(days),
    endsAt,
    ...overrides,
  };
}

describe("the verdict on a preorder test", () => {
  it("is on track after strong early sales, with the probability of the posterior integral", () => {
    const verdict = preorderVerdict(input(40, 10));
    const probability = probabilityOfAtLeastOrders(40, 10, 20, 60);
    expect(verdict.kind).toBe("on-track");
    expect(verdict.probability).toBeCloseTo(probability, 8);
    expect(verdict.projection!.expected).toBeCloseTo(40 + (40.5 * 20) / 10, 10);
    expect(verdict.reason).toBe(
      `40 units sold in 10 days; at this pace about 121 units by the deadline (80% range ${verdict.projection!.low}–${verdict.projection!.high} units), a ${Math.round(probability * 100)}% chance of reaching the goal of 100 units.`,
    );
  });

  it("gives the 80 % interval of the final total", () => {
    const { projection } = preorderVerdict(input(40, 10));
    let cdf = 0;
    const future = orderCountProbabilities(40, 10, 20, 200).map((p) => (cdf += p));
    expect(projection!.low).toBe(40 + future.findIndex((c) => c >= 0.1));
    expect(projection!.high).toBe(40 + future.findIndex((c) => c >= 0.9));
  });

  it("will miss with near certainty after many days without a sale", () => {
    const verdict = preorderVerdict(input(0, 20));
    expect(verdict.kind).toBe("will-miss");
    expect(verdict.probability).toBeLessThan(1e-9);
    expect(verdict.projection).toEqual({ expected: 0.25, low: 0, high: 1 });
    expect(verdict.reason).toBe(
      "0 units sold in 20 days; at this pace about 0 units by the deadline (80% range 0–1 units), a less than 1% chance of reaching the goal of 100 units.",
    );
  });

  it("will miss when the pace falls short", () => {
    const verdict = preorderVerdict(input(20, 15));
    expect(verdict.kind).toBe("will-miss");
    expect(verdict.probability).toBeCloseTo(probabilityOfAtLeastOrders(20, 15, 15, 80), 8);
  });

  it("is on track from even odds up, will miss below", () => {
    // 40 sold, 81 more expected: needing 80 more is just above even odds, 81 more just below.
    const above = probabilityOfAtLeastOrders(40, 10, 20, 80);
    const below = probabilityOfAtLeastOrders(40, 10, 20, 81);
    expect([above > 0.5, below < 0.5]).toEqual([true, true]);
    expect(preorderVerdict(input(40, 10, { goal: { kind: "units", value: 120 } })).kind).toBe("on-track");
    expect(preorderVerdict(input(40, 10, { goal: { kind: "units", value: 121 } })).kind).toBe("will-miss");
  });

  it("is too early, without numbers, in the first day", () => {
    expect(preorderVerdict(input(1, 0.5))).toEqual({
      kind: "too-early",
      probability: null,
      projection: null,
      reason: "The test started less than a day ago, too early to project: 1 unit sold so far.",
    });
  });

  it("is too early with fewer than 3 orders while the interval spans the goal, and says the numbers", () => {
    const verdict = preorderVerdict(input(2, 5, { goal: { kind: "units", value: 12 } }));
    expect(verdict.projection!.low).toBeLessThan(12);
    expect(verdict.projection!.high).toBeGreaterThanOrEqual(12);
    expect(verdict.kind).toBe("too-early");
    expect(verdict.probability).toBeCloseTo(probabilityOfAtLeastOrders(2, 5, 25, 10), 8);
    expect(verdict.reason).toBe(
      `Only 2 orders in 5 days: the projection at the deadline (${verdict.projection!.low}–${verdict.projection!.high} units, 80% range) still spans the goal of 12 units.`,
    );
    // The same orders with three of them: a verdict.
    expect(preorderVerdict(input(3, 5, { goal: { kind: "units", value: 12 } })).kind).not.toBe("too-early");
  });

  it("gives a verdict on few orders once the interval is clear of the goal", () => {
    const verdict = preorderVerdict(input(2, 20, { goal: { kind: "units", value: 500 } }));
    expect(verdict.projection!.high).toBeLessThan(500);
    expect(verdict.kind).toBe("will-miss");
  });

  it("counts orders, not units, for the too-early rule", () => {
    const twoBigOrders = input(0, 5, {
      goal: { kind: "units", value: 60 },
      sold: { units: 20, revenue: 500, orderSizes: [10, 10] },
    });
    const verdict = preorderVerdict(twoBigOrders);
    expect(verdict.kind).toBe("too-early");
    expect(verdict.reason).toMatch(/^Only 2 orders in 5 days/);
  });

  it("is reached as soon as the goal is, mid-test", () => {
    const verdict = preorderVerdict(input(0, 12.5, { sold: { units: 104, revenue: 2600, orderSizes: ones(104) } }));
    expect(verdict.kind).toBe("goal-reached");
    expect(verdict.probability).toBe(1);
    expect(verdict.projection!.low).toBeGreaterThanOrEqual(104);
    expect(verdict.reason).toBe("104 units sold: the goal of 100 units is reached with 17 days left.");
    // Within the first day too, without a projection.
    const early = preorderVerdict(input(0, 0.2, { sold: { units: 100, revenue: 2500, orderSizes: ones(100) } }));
    expect(early).toMatchObject({ kind: "goal-reached", probability: 1, projection: null });
  });

  it("ends reached or missed at the deadline, with the final numbers", () => {
    expect(preorderVerdict(input(130, 30))).toEqual({
      kind: "ended-reached",
      probability: 1,
      projection: { expected: 130, low: 130, high: 130 },
      reason: "The test ended with 130 units sold, 130% of the goal of 100 units.",
    });
    expect(preorderVerdict(input(99, 45))).toEqual({
      kind: "ended-missed",
      probability: 0,
      projection: { expected: 99, low: 99, high: 99 },
      reason: "The test ended with 99 units sold, 99% of the goal of 100 units.",
    });
    // One millisecond before the end, it is still open.
    expect(preorderVerdict(input(99, 30 - 1 / 86_400_000)).kind).not.toMatch(/^ended/);
  });

  it("ends when the test was ended early", () => {
    expect(preorderVerdict(input(50, 12, { endsAt: day(11) })).kind).toBe("ended-missed");
  });

  it("projects a revenue goal as units at the average price so far, and says so", () => {
    const verdict = preorderVerdict(input(40, 10, { goal: { kind: "revenue", value: 5000 } }));
    // €1,000 so far at €25 a unit: 160 more units needed.
    expect(verdict.probability).toBeCloseTo(probabilityOfAtLeastOrders(40, 10, 20, 160), 8);
    expect(verdict.projection!.expected).toBeCloseTo(1000 + 25 * ((40.5 * 20) / 10), 8);
    expect(verdict.kind).toBe("will-miss");
    expect(verdict.reason).toContain("units priced at €25.00 each");
    expect(verdict.reason).toMatch(/^€1,000\.00 sold in 10 days; at this pace about €3,025\.00 by the deadline/);
  });

  it("waits for a price before projecting a revenue goal with no sale yet", () => {
    const noSales = input(0, 3, { goal: { kind: "revenue", value: 500 } });
    expect(preorderVerdict(noSales)).toEqual({
      kind: "too-early",
      probability: null,
      projection: null,
      reason: "No sale in 3 days yet, so there is no price to project revenue from.",
    });
    // With the variant's price: 10 units needed; after 3 days without orders, too wide to call.
    const priced = preorderVerdict({ ...noSales, averageUnitPrice: 50 });
    expect(priced.probability).toBeCloseTo(probabilityOfAtLeastOrders(0, 3, 27, 10), 8);
    expect(priced.kind).toBe("too-early");
    expect(preorderVerdict({ ...noSales, now: day(20), averageUnitPrice: 50 }).kind).toBe("will-miss");
    expect(() => preorderVerdict({ ...noSales, averageUnitPrice: 0 })).toThrow(RangeError);
  });

  it("does not need an extra unit for a float hair above a whole number", () => {
    // 1.10 / 0.10 is 11.000000000000002 in floating point: still 11 units.
    const verdict = preorderVerdict(
      input(0, 5, {
        goal: { kind: "revenue", value: 1.1 },
        sold: { units: 0, revenue: 0, orderSizes: [] },
        averageUnitPrice: 0.1,
      }),
    );
    expect(verdict.probability).toBeCloseTo(probabilityOfAtLeastOrders(0, 5, 25, 11), 8);
  });

  it("is deterministic", () => {
    expect(preorderVerdict(input(17, 9))).toEqual(preorderVerdict(input(17, 9)));
  });
});
