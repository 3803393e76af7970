import { describe, expect, it } from "vitest";
import { estimateFbaFee } from "../../../extension/core/score/fba-fees";

// Size tiers: Amazon US since 2024 (small standard ≤ 1 lb and 15 × 12 × 0.75 in; large standard ≤ 20 lb and
// 18 × 14 × 8 in; large bulky ≤ 50 lb, 59 × 33 × 33 in, length + girth ≤ 130 in). Dimensional weight = L·W·H / 139.
// Fees (US 2026, $10–$50 price band): small standard $3.06; large standard $4.60 to 1 lb; large bulky $9.35; plus
// $0.38 per started pound above 1 lb (sources in fba-fees.ts). 1 in = 2.54 cm, 1 lb = 0.45359237 kg.

describe("estimateFbaFee", () => {
  it("should put a flat light item in small standard", () => {
    // 7.874 × 5.906 × 0.591 in, 0.2 kg = 0.44092 lb (small standard uses unit weight only).
    const fee = estimateFbaFee({ lengthCm: 20, widthCm: 15, heightCm: 1.5, weightKg: 0.2 });
    expect(fee).toMatchObject({ tier: "small standard", feeUsd: 3.06, assumed: false });
    expect(fee.shippingWeightLb).toBeCloseTo(0.44092, 5);
  });

  it("should bill large standard on dimensional weight when it exceeds unit weight", () => {
    // 9.84252 × 7.87402 × 3.93701 in = 305.11872 in³ / 139 = 2.19510 lb > 1.10231 lb unit weight.
    // $4.60 + 2 started pounds above 1 lb · $0.38 = $5.36
    const fee = estimateFbaFee({ lengthCm: 25, widthCm: 20, heightCm: 10, weightKg: 0.5 });
    expect(fee.tier).toBe("large standard");
    expect(fee.shippingWeightLb).toBeCloseTo(2.1951, 4);
    expect(fee.feeUsd).toBeCloseTo(5.36, 5);
  });

  it("should move a long box to large bulky", () => {
    // 27.559 × 15.748 × 11.811 in: longest side > 18 in. Dimensional 36.87766 lb > 17.637 lb unit weight.
    // $9.35 + 36 · $0.38 = $23.03
    const fee = estimateFbaFee({ lengthCm: 70, widthCm: 40, heightCm: 30, weightKg: 8 });
    expect(fee.tier).toBe("large bulky");
    expect(fee.shippingWeightLb).toBeCloseTo(36.87766, 5);
    expect(fee.feeUsd).toBeCloseTo(23.03, 5);
  });

  it("should price extra-large items as large bulky, a lower bound", () => {
    // Longest side 78.74 in > 59 in. Dimensional 219.50987 lb: $9.35 + 219 · $0.38 = $92.57
    const fee = estimateFbaFee({ lengthCm: 200, widthCm: 50, heightCm: 50, weightKg: 20 });
    expect(fee.tier).toBe("extra-large");
    expect(fee.feeUsd).toBeCloseTo(92.57, 5);
  });

  it("should assume large standard up to 1 lb without usable dimensions", () => {
    expect(estimateFbaFee(null)).toEqual({ feeUsd: 4.6, tier: "large standard", shippingWeightLb: 1, assumed: true });
    expect(estimateFbaFee({ lengthCm: 10, widthCm: 0, heightCm: 5, weightKg: 1 }).assumed).toBe(true);
  });
});
