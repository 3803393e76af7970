import { describe, expect, it } from "vitest";
import { EVERYTHING_ELSE, REFERRAL_FEE_BY_ROOT, referralFee } from "../../../extension/core/score/referral-fees";
import { USD_PER_UNIT } from "../../../extension/core/score/marketplace-currency";

// Rates: Amazon's US referral fee schedule (sellercentral 200336920, as reproduced by help.sellercloud.com and
// feedvisor.com, 2024): Home and Kitchen 15 %, Beauty/Health 8 % up to $10 then 15 %, Electronics Accessories 15 % of
// the first $100 and 8 % above, $0.30 minimum, Books 15 % + $1.80 closing fee, Grocery 8 % up to $15 (no minimum).

const usd = USD_PER_UNIT.USD;

describe("referralFee", () => {
  it("should take the category's percentage of the price", () => {
    // $24.99 · 15 % = $3.7485
    const fee = referralFee(REFERRAL_FEE_BY_ROOT["home-kitchen"], 24.99, usd);
    expect(fee.amount).toBeCloseTo(3.7485, 5);
    expect(fee.rate).toBe(0.15);
  });

  it("should apply the whole-price band the total price falls in", () => {
    const beauty = REFERRAL_FEE_BY_ROOT["beauty-personal-care"];
    expect(referralFee(beauty, 9.99, usd).amount).toBeCloseTo(0.7992, 5); // 9.99 · 8 %
    expect(referralFee(beauty, 10, usd).amount).toBeCloseTo(0.8, 5); // "$10.00 or less": 8 %
    expect(referralFee(beauty, 10.01, usd).amount).toBeCloseTo(1.5015, 5); // 10.01 · 15 %
  });

  it("should apply portion bands to the part of the price inside each band", () => {
    const accessories = REFERRAL_FEE_BY_ROOT["electronics"];
    // $150: 15 % of $100 + 8 % of $50 = 15 + 4 = $19.00; no single rate.
    expect(referralFee(accessories, 150, usd)).toMatchObject({ amount: 19, rate: null });
    // $80: 15 % of $80 = $12.00.
    expect(referralFee(accessories, 80, usd)).toMatchObject({ amount: 12, rate: 0.15 });
  });

  it("should charge the per-item minimum on cheap items", () => {
    // $1.50 · 15 % = $0.225 < $0.30.
    expect(referralFee(REFERRAL_FEE_BY_ROOT["home-kitchen"], 1.5, usd)).toMatchObject({ amount: 0.3, rate: null });
    // Grocery has no minimum: $1.00 · 8 % = $0.08.
    expect(referralFee(REFERRAL_FEE_BY_ROOT["grocery-gourmet-food"], 1, usd).amount).toBeCloseTo(0.08, 5);
  });

  it("should add the media closing fee", () => {
    // $20 · 15 % + $1.80 = $4.80
    expect(referralFee(REFERRAL_FEE_BY_ROOT["books"], 20, usd).amount).toBeCloseTo(4.8, 5);
  });

  it("should place other currencies on the US bands through the exchange rate", () => {
    // €100 = $115 (EUR 1.15): 15 % of $100 + 8 % of $15 = $16.20 = €14.08696
    expect(referralFee(REFERRAL_FEE_BY_ROOT["electronics"], 100, USD_PER_UNIT.EUR).amount).toBeCloseTo(14.08696, 5);
    // ¥3,000 = $20 (JPY 150 per dollar): 15 % = $3 = ¥450
    expect(referralFee(EVERYTHING_ELSE, 3000, USD_PER_UNIT.JPY).amount).toBeCloseTo(450, 5);
    // ¥30 = $0.20: 15 % = $0.03 < $0.30 minimum = ¥45
    expect(referralFee(EVERYTHING_ELSE, 30, USD_PER_UNIT.JPY).amount).toBeCloseTo(45, 5);
  });

  it("should name a fee rule for every root category", () => {
    for (const rule of Object.values(REFERRAL_FEE_BY_ROOT)) {
      expect(rule.bands.at(-1)!.upToUsd).toBe(Infinity);
      for (const band of rule.bands) expect(band.rate).toBeGreaterThan(0);
    }
  });
});
