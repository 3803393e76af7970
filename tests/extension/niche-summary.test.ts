import { describe, expect, it } from "vitest";
import type { SearchResult } from "../../extension/core/amazon/types";
import { median, nicheSummary } from "../../extension/core/niche-summary";
import { boughtBadgeBand } from "../../extension/core/estimate/result-estimate";
import { searchResultsCsv } from "../../extension/core/search-results-csv";

const result = (overrides: Partial<SearchResult>): SearchResult => ({
  asin: "B000000001",
  title: "Power bank",
  brand: null,
  price: { amount: 20, currency: "USD" },
  rating: 4.5,
  ratingCount: 1000,
  sponsored: false,
  boughtPastMonth: null,
  ...overrides,
});

describe("the niche summary of a search page", () => {
  const results = [
    result({
      asin: "B000000001",
      brand: "Anker",
      price: { amount: 20, currency: "USD" },
      ratingCount: 5000,
      boughtPastMonth: 1000,
    }),
    result({
      asin: "B000000002",
      brand: "Anker",
      price: { amount: 30, currency: "USD" },
      ratingCount: 50,
      sponsored: true,
    }),
    result({
      asin: "B000000003",
      brand: "INIU",
      price: { amount: 25, currency: "USD" },
      ratingCount: 80,
      boughtPastMonth: 200,
    }),
    result({ asin: "B000000004", brand: null, price: null, ratingCount: null }),
  ];
  // Revenue band from Amazon's badge alone, as on a search page before ranks are fetched.
  const badgeRevenue = (r: SearchResult) => {
    if (r.boughtPastMonth === null || !r.price) return null;
    const band = boughtBadgeBand(r.boughtPastMonth);
    return { low: band.low * r.price.amount, high: band.high * r.price.amount };
  };
  const summary = nicheSummary(results, badgeRevenue);

  it("counts what it analysed and takes medians over the results that show a value", () => {
    expect(summary.analysed).toBe(4);
    expect(summary.medianPrice).toBe(25);
    expect(summary.medianReviews).toBe(80);
  });

  it("shares of sponsored results, of results with fewer than 100 reviews, of the top brand", () => {
    expect(summary.sponsoredShare).toBe(0.25);
    expect(summary.fewReviewsShare).toBeCloseTo(2 / 3, 10);
    expect(summary.topBrand).toEqual({ brand: "Anker", share: 2 / 3 });
  });

  it("adds up the revenue bands of the results that have one, and says how many", () => {
    expect(summary.estimatedMonthlyRevenue).toEqual({
      low: 1000 * 20 + 200 * 25,
      high: 1999 * 20 + 299 * 25,
      results: 2,
    });
    expect(summary.boughtPastMonthBadges).toBe(2);
  });

  it("has no medians or revenue for an empty page", () => {
    expect(nicheSummary([], badgeRevenue)).toMatchObject({
      analysed: 0,
      medianPrice: null,
      estimatedMonthlyRevenue: null,
    });
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("exports the results table with each result's estimate as CSV", () => {
    const estimate = {
      basis: "rank" as const,
      units: 3000,
      low: 1500,
      high: 6000,
      revenueLow: 30000,
      revenueHigh: 120000,
      rank: { rank: 812, category: "Electronics" },
      note: "",
    };
    const [header, first, second] = searchResultsCsv(results, [estimate, null]).split("\r\n");
    expect(header).toBe(
      "asin,title,brand,price,currency,rating,rating_count,sponsored,bought_past_month," +
        "bsr,bsr_category,est_units_low,est_units_high,est_revenue_low,est_revenue_high,estimate_basis",
    );
    expect(first).toBe(
      "B000000001,Power bank,Anker,20,USD,4.5,5000,false,1000,812,Electronics,1500,6000,30000,120000,rank",
    );
    expect(second).toBe("B000000002,Power bank,Anker,30,USD,4.5,50,true,,,,,,,,");
  });
});
