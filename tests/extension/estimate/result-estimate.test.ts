import { describe, expect, it } from "vitest";
import type { SearchResult } from "../../../extension/core/amazon/types";
import { estimateMonthlySales } from "../../../extension/core/estimate/bsr-estimate";
import { boughtBadgeBand, estimateResult } from "../../../extension/core/estimate/result-estimate";

const result = (overrides: Partial<SearchResult> = {}): SearchResult => ({
  asin: "B0TEST0001",
  title: "Power bank",
  brand: null,
  price: { amount: 25, currency: "USD" },
  rating: 4.4,
  ratingCount: 1200,
  sponsored: false,
  boughtPastMonth: null,
  ...overrides,
});

describe("a search result's estimate", () => {
  it("reads Amazon's badge as the band up to the next badge step", () => {
    expect(boughtBadgeBand(50)).toEqual({ low: 50, high: 99 });
    expect(boughtBadgeBand(100)).toEqual({ low: 100, high: 199 });
    expect(boughtBadgeBand(500)).toEqual({ low: 500, high: 599 });
    expect(boughtBadgeBand(2000)).toEqual({ low: 2000, high: 2999 });
    expect(boughtBadgeBand(10000)).toEqual({ low: 10000, high: 19999 });
  });

  it("rests on the badge until the rank is known, with revenue = units band × price", () => {
    const estimate = estimateResult(result({ boughtPastMonth: 2000 }), "amazon.com", null);
    expect(estimate).toMatchObject({
      basis: "bought-badge",
      units: 2000,
      low: 2000,
      high: 2999,
      revenueLow: 50000,
      revenueHigh: 74975,
      rank: null,
    });
    expect(estimate?.note).toContain("2,000+ bought in past month");
  });

  it("has none without a badge or a rank", () => {
    expect(estimateResult(result(), "amazon.com", null)).toBeNull();
    expect(estimateResult(result(), "amazon.com", { bsr: [], price: null })).toBeNull();
  });

  it("uses the root-category rank from the product page, as the product panel does", () => {
    const rank = {
      bsr: [
        { rank: 812, category: "Electronics" },
        { rank: 3, category: "Power Banks" },
      ],
      price: null,
    };
    const estimate = estimateResult(result({ boughtPastMonth: 100 }), "amazon.com", rank);
    const expected = estimateMonthlySales({
      marketplace: "amazon.com",
      category: "Electronics",
      rank: 812,
      price: 25,
      boughtPastMonth: 100,
    })!;
    expect(estimate).toMatchObject({
      basis: "rank",
      units: expected.units,
      low: expected.low,
      high: expected.high,
      revenueLow: expected.low * 25,
      revenueHigh: expected.high * 25,
      rank: { rank: 812, category: "Electronics" },
    });
    expect(estimate?.note).toContain("#812 in Electronics");
  });

  it("takes the product page's price when the card shows none, and has no revenue without any", () => {
    const rank = { bsr: [{ rank: 812, category: "Electronics" }], price: { amount: 10, currency: "USD" } };
    expect(estimateResult(result({ price: null }), "amazon.com", rank)?.revenueLow).toBeGreaterThan(0);
    const noPrice = estimateResult(result({ price: null, boughtPastMonth: 300 }), "amazon.com", null);
    expect(noPrice).toMatchObject({ low: 300, high: 399, revenueLow: null, revenueHigh: null });
  });
});
