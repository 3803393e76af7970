import { describe, expect, it } from "vitest";
import {
  AMAZON_COM_CURVES,
  MIN_TRUSTED_BREAKPOINT_UNITS,
  type SalesCurve,
} from "../../../extension/core/estimate/curves";
import { unitsAtRank } from "../../../extension/core/estimate/sales-curve";

// Breakpoints and exponents: quietst00rm/Amazon-Sales-Estimator-Tool constants.ts @8bb803d (research doc §2 item 3).
// Books: Brynjolfsson, Hu & Smith 2003, ln(Q_week) = 10.526 − 0.871·ln(rank) (research doc §2 item 1).

describe("unitsAtRank", () => {
  it("should return the breakpoint itself at a breakpoint rank", () => {
    // Home & Kitchen [1, 95190] and [1000, 8310].
    expect(unitsAtRank(AMAZON_COM_CURVES["home-kitchen"], 1)).toBe(95190);
    expect(unitsAtRank(AMAZON_COM_CURVES["home-kitchen"], 1000)).toBe(8310);
  });

  it("should interpolate in log-log space between breakpoints", () => {
    // Kitchen & Dining [50, 18600] → [100, 13890], rank 60 (the Instant Pot fixture's BSR):
    // t = ln(60/50)/ln(100/50) = 0.18232156/0.69314718 = 0.26303441
    // units = 18600 · (13890/18600)^t = 18600 · e^(0.26303441 · −0.29201256) = 17224.92611
    expect(unitsAtRank(AMAZON_COM_CURVES["kitchen-dining"], 60)).toBeCloseTo(17224.92611, 5);
    // Home & Kitchen [3000, 4260] → [5000, 3000], rank 3,098 (the amazon.de fixture's BSR):
    // t = ln(3098/3000)/ln(5000/3000) = 0.03214459/0.51082562 = 0.06292671
    // units = 4260 · (3000/4260)^t = 4260 · e^(0.06292671 · −0.35065687) = 4167.03004
    expect(unitsAtRank(AMAZON_COM_CURVES["home-kitchen"], 3098)).toBeCloseTo(4167.03004, 5);
  });

  it("should continue past the last breakpoint with the source's fitted exponent, anchored there", () => {
    // Home & Kitchen's last kept breakpoint is [75000, 300]; exponent −0.713.
    // rank 100,000: 300 · (100000/75000)^−0.713 = 300 · e^(−0.713 · 0.28768207) = 244.36552
    expect(unitsAtRank(AMAZON_COM_CURVES["home-kitchen"], 100_000)).toBeCloseTo(244.36552, 5);
    // rank 10,000,000: 300 · (10^7/75000)^−0.713 = 300 · e^(−0.713 · 4.89285) = 9.16305
    expect(unitsAtRank(AMAZON_COM_CURVES["home-kitchen"], 10_000_000)).toBeCloseTo(9.16305, 5);
    // The source's own (rounded) breakpoint at 100,000 is 210: within the ×2 band.
  });

  it("should evaluate a power law curve", () => {
    // Books: a = e^10.526 · 30/7 = 37272.08746 · 4.28571429 = 159737.51768 units/month; b = 0.871.
    // rank 100: 159737.51768 · 100^−0.871 = 159737.51768 · 0.01811340 = 2893.38970
    const books = AMAZON_COM_CURVES["books"] as Extract<SalesCurve, { kind: "power-law" }>;
    expect(books.a).toBeCloseTo(159737.51768, 5);
    expect(unitsAtRank(books, 100)).toBeCloseTo(2893.3897, 5);
  });

  it("should fall monotonically with rank on every curve", () => {
    const ranks = [1, 2, 5, 10, 60, 250, 999, 1000, 3098, 20_000, 75_000, 1e5, 1e6, 1e8];
    for (const curve of Object.values(AMAZON_COM_CURVES)) {
      const units = ranks.map((rank) => unitsAtRank(curve, rank));
      for (let i = 1; i < units.length; i++) expect(units[i]).toBeLessThanOrEqual(units[i - 1]);
    }
  });

  it("should only keep breakpoints the source did not round away", () => {
    for (const curve of Object.values(AMAZON_COM_CURVES)) {
      if (curve.kind !== "breakpoints") continue;
      expect(curve.points[0][0]).toBe(1);
      for (const [, units] of curve.points) expect(units).toBeGreaterThanOrEqual(MIN_TRUSTED_BREAKPOINT_UNITS);
    }
  });
});
