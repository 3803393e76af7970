import { describe, expect, it } from "vitest";
import { preorderProgress, type CountedPreorderLine } from "../../../app/preorders/progress";

function line(overrides: Partial<CountedPreorderLine>): CountedPreorderLine {
  return {
    orderId: "1",
    quantity: 1,
    cancelledQuantity: 0,
    unitPrice: 25,
    depositAmount: 5,
    orderedAt: "2027-01-10T10:00:00Z",
    status: "active",
    ...overrides,
  };
}

const berlinTest = {
  goal: { kind: "units" as const, value: 20 },
  currency: "EUR",
  startedAt: "2027-01-10T09:00:00Z",
  now: "2027-01-13T12:00:00Z",
  deadline: "2027-02-01",
  timeZone: "Europe/Berlin",
};

const lines: CountedPreorderLine[] = [
  // One order, two variants.
  line({ orderId: "o1", quantity: 2, depositAmount: 10 }),
  line({ orderId: "o1", quantity: 1, unitPrice: 30, depositAmount: 6 }),
  // 23:30 UTC is 00:30 the next day in Berlin; one of three units refunded.
  line({ orderId: "o2", quantity: 3, cancelledQuantity: 1, depositAmount: 15, orderedAt: "2027-01-11T23:30:00Z" }),
  line({ orderId: "o3", quantity: 1, cancelledQuantity: 1, status: "cancelled", orderedAt: "2027-01-12T08:00:00Z" }),
  line({ orderId: "o4", quantity: 1, cancelledQuantity: 1, status: "refunded", orderedAt: "2027-01-12T09:00:00Z" }),
  // 22:59:59 UTC is still the 13th in Berlin.
  line({ orderId: "o5", quantity: 4, depositAmount: 20, orderedAt: "2027-01-13T22:59:59Z" }),
];

describe("preorder progress", () => {
  it("counts units, money and orders still on order", () => {
    const progress = preorderProgress({ ...berlinTest, lines });
    expect(progress).toMatchObject({
      units: 2 + 1 + 2 + 4,
      revenue: 50 + 30 + 50 + 100,
      // The refunded unit of o2 takes its share of the deposit with it: 15 × 2/3.
      depositsCollected: 10 + 6 + 10 + 20,
      balanceDue: 230 - 46,
      cancelledUnits: 3,
      orders: 3,
      percentOfGoal: (9 / 20) * 100,
    });
    expect(progress.orderSizes.sort()).toEqual([2, 3, 4]);
  });

  it("series each day in the shop's time zone from the start to today", () => {
    expect(preorderProgress({ ...berlinTest, lines }).daily).toEqual([
      { date: "2027-01-10", units: 3, cumulativeUnits: 3, revenue: 80, cumulativeRevenue: 80 },
      { date: "2027-01-11", units: 0, cumulativeUnits: 3, revenue: 0, cumulativeRevenue: 80 },
      { date: "2027-01-12", units: 2, cumulativeUnits: 5, revenue: 50, cumulativeRevenue: 130 },
      { date: "2027-01-13", units: 4, cumulativeUnits: 9, revenue: 100, cumulativeRevenue: 230 },
    ]);
  });

  it("puts the same orders on other days in another time zone", () => {
    const daily = preorderProgress({ ...berlinTest, timeZone: "UTC", lines }).daily;
    expect(daily.map((day) => [day.date, day.units])).toEqual([
      ["2027-01-10", 3],
      ["2027-01-11", 2],
      ["2027-01-12", 0],
      ["2027-01-13", 4],
    ]);
  });

  it("keeps days whole across a DST change", () => {
    const daily = preorderProgress({
      ...berlinTest,
      timeZone: "America/New_York",
      startedAt: "2027-03-13T15:00:00Z",
      now: "2027-03-15T16:00:00Z",
      deadline: "2027-04-01",
      lines: [
        // 23:30 EST on the 13th, and 23:30 EDT on the 14th (clocks went forward in between).
        line({ orderId: "a", orderedAt: "2027-03-14T04:30:00Z" }),
        line({ orderId: "b", orderedAt: "2027-03-15T03:30:00Z" }),
        line({ orderId: "c", orderedAt: "2027-03-15T04:30:00Z" }),
      ],
    }).daily;
    expect(daily.map((day) => [day.date, day.units])).toEqual([
      ["2027-03-13", 1],
      ["2027-03-14", 1],
      ["2027-03-15", 1],
    ]);
  });

  it("stops the series at the deadline once it has passed", () => {
    const progress = preorderProgress({ ...berlinTest, now: "2027-03-01T12:00:00Z", deadline: "2027-01-12", lines });
    expect(progress.daily.map((day) => day.date)).toEqual(["2027-01-10", "2027-01-11", "2027-01-12"]);
    // A line counted after the last day lands on it, so the series still adds up to the totals.
    expect(progress.daily.at(-1)!.cumulativeUnits).toBe(progress.units);
  });

  it("puts an order stamped before the start on the first day", () => {
    const progress = preorderProgress({
      ...berlinTest,
      lines: [line({ orderedAt: "2027-01-01T10:00:00Z", quantity: 2 })],
    });
    expect(progress.daily[0]).toMatchObject({ date: "2027-01-10", units: 2 });
  });

  it("measures a revenue goal in money", () => {
    const progress = preorderProgress({ ...berlinTest, goal: { kind: "revenue", value: 1000 }, lines });
    expect(progress.percentOfGoal).toBeCloseTo(23, 10);
  });

  it("rounds money to the currency's minor unit", () => {
    const cents = preorderProgress({
      ...berlinTest,
      lines: [line({ quantity: 3, unitPrice: 19.99, depositAmount: 11.99 })],
    });
    expect(cents.revenue).toBe(59.97);
    expect(cents.balanceDue).toBe(47.98);
    const yen = preorderProgress({
      ...berlinTest,
      currency: "JPY",
      lines: [
        line({ quantity: 3, unitPrice: 1000, depositAmount: 1000 }),
        line({ quantity: 3, cancelledQuantity: 1, unitPrice: 1000, depositAmount: 1000 }),
      ],
    });
    // 1000 × 2/3 = 666.67 in a currency without decimals.
    expect(yen.depositsCollected).toBe(1667);
  });

  it("starts from nothing", () => {
    const progress = preorderProgress({ ...berlinTest, lines: [] });
    expect(progress).toMatchObject({
      units: 0,
      revenue: 0,
      depositsCollected: 0,
      balanceDue: 0,
      orders: 0,
      percentOfGoal: 0,
    });
    expect(progress.daily).toHaveLength(4);
    expect(
      preorderProgress({ ...berlinTest, now: "2027-01-01T00:00:00Z", lines: [] }).daily.map((d) => d.date),
    ).toEqual(["2027-01-10"]);
  });

  it("refuses a line status it doesn't know", () => {
    const unknown = line({ status: "voided" as CountedPreorderLine["status"] });
    expect(() => preorderProgress({ ...berlinTest, lines: [unknown] })).toThrow(/Unknown preorder line status/);
  });
});
