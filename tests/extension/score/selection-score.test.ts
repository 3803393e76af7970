import { describe, expect, it } from "vitest";
import { REVIEW_COUNT_SCALE } from "../../../extension/core/score/competition";
import { DEMAND_UNITS_SCALE } from "../../../extension/core/score/demand";
import { scoreOnScale } from "../../../extension/core/score/score-scale";
import {
  selectionScore,
  type SearchResultSummary,
  type SelectionInput,
} from "../../../extension/core/score/selection-score";

// Scales and their sources are in demand.ts (ProfitPhoenix top-3 BSR labels read through the amazon.com Home &
// Kitchen curve), competition.ts (ZonGuru review tiers and rating bands, DOJ/FTC HHI thresholds, a judged sponsored
// scale) and profit.ts (net margin 0 → 0, 30 % → 100). Each expected value below is worked from those anchors.

const instantPot: SelectionInput = {
  kind: "product",
  marketplace: "amazon.com",
  category: "Kitchen & Dining",
  price: 19.99,
  estimatedUnits: 17225,
  boughtPastMonth: 10000,
  ratingCount: 129762,
  rating: 4.6,
};

// A search page: 10 results, 2 sponsored (0 and 5), 9 with a brand, a mix of estimates and badges.
const results: SearchResultSummary[] = [
  { sponsored: true, brand: "Acme", ratingCount: 5000, rating: 4.7, price: 30, estimatedUnits: 4000 },
  { sponsored: false, brand: "Acme", ratingCount: 1200, rating: 4.6, price: 25, estimatedUnits: 2500 },
  { sponsored: false, brand: "Bolt", ratingCount: 80, rating: 4.1, price: 22, boughtPastMonth: 300 },
  { sponsored: false, brand: "Cora", ratingCount: 300, rating: 4.4, price: 28, boughtPastMonth: 100 },
  { sponsored: false, brand: "acme", ratingCount: 2500, rating: 4.5, price: 35, estimatedUnits: 1800 },
  { sponsored: true, brand: "Dune", ratingCount: 40, rating: 3.9, price: 19 },
  {
    sponsored: false,
    brand: "Echo",
    ratingCount: 150,
    rating: 4.2,
    price: 24,
    estimatedUnits: 200,
    boughtPastMonth: 400,
  },
  { sponsored: false, brand: "Bolt", ratingCount: 60, rating: 4.0, price: 21 },
  { sponsored: false, brand: "Fern", ratingCount: 900, rating: 4.6, price: 27 },
  { sponsored: false, brand: null, ratingCount: null, rating: null, price: null },
];
const searchPage: SelectionInput = {
  kind: "search",
  marketplace: "amazon.com",
  category: null,
  price: null,
  estimatedUnits: null,
  boughtPastMonth: null,
  results,
  landedCostShare: 0.4,
};

describe("scoreOnScale", () => {
  it("should interpolate in log10 between anchors and hold outside them", () => {
    // 316.22777 = 10^2.5 between 100 (75) and 500 (50): t = 0.5 / log10(5) = 0.5 / 0.69897 = 0.7153383;
    // 75 − 25 · 0.7153383 = 57.11654
    expect(scoreOnScale(10 ** 2.5, REVIEW_COUNT_SCALE, true)).toBeCloseTo(57.11654, 5);
    expect(scoreOnScale(1, REVIEW_COUNT_SCALE, true)).toBe(100);
    expect(scoreOnScale(1e6, REVIEW_COUNT_SCALE, true)).toBe(0);
  });
});

describe("selectionScore: demand", () => {
  it("should read the demand scale in units through the Home & Kitchen curve", () => {
    // Ranks 100, 250, 1000, 10000, 100000 → Home & Kitchen breakpoints 24840, 16800, 8310, 1800 and the tail 244.36552.
    expect(DEMAND_UNITS_SCALE.map((anchor) => Math.round(anchor.at * 1e5) / 1e5)).toEqual([
      244.36552, 1800, 3000, 5520, 8310, 9689.08708, 12030, 16800, 24840,
    ]);
  });

  it("should score a product by its units, the badge being a lower bound", () => {
    const { demand } = selectionScore(instantPot);
    // 17,225 between 16,800 (87.5) and 24,840 (100): t = log10(17225/16800) / log10(24840/16800)
    // = 0.0108503 / 0.1698498 = 0.0638818; 87.5 + 12.5 · 0.0638818 = 88.29853 → 88
    expect(scoreOnScale(17225, DEMAND_UNITS_SCALE, true)).toBeCloseTo(88.29853, 5);
    expect(demand).toMatchObject({ value: 88, scored: true });
    expect(demand.reason).toBe("~17,225 units/month estimated; Amazon shows “10,000+ bought in past month”");
    // Without an estimate the badge alone counts: 10,000 between 9,689.09 (62.5) and 12,030 (75).
    expect(selectionScore({ ...instantPot, estimatedUnits: null }).demand.inputs.units).toBe(10000);
  });

  it("should score a search page by its top 3 results, as ProfitPhoenix does", () => {
    const { demand } = selectionScore(searchPage);
    // Units per result (badge raises the estimate): 4000, 2500, 300, 100, 1800, 400. Top 3 mean (4000 + 2500 + 1800)/3
    // = 2766.667, between 1,800 (12.5) and 3,000 (25): t = log10(1.537037) / log10(1.666667) = 0.8414941;
    // 12.5 + 12.5 · 0.8414941 = 23.01868 → 23. Page total 9,100.
    expect(demand).toMatchObject({ value: 23, scored: true });
    expect(demand.reason).toBe(
      "~9,100 units/month on page 1; top 3 results ~2,767 units/month each; 3 of 10 results show “bought in past month”",
    );
  });

  it("should leave demand unscored, at a neutral 50, when the page has no estimate and no badge", () => {
    const { demand } = selectionScore({ ...instantPot, estimatedUnits: null, boughtPastMonth: null });
    expect(demand).toMatchObject({ value: 50, scored: false });
  });

  it("should average external demand signals (the Reddit extension point) with the Amazon evidence", () => {
    const { demand } = selectionScore({
      ...instantPot,
      demandSignals: [{ source: "reddit", score: 80, weight: 1, reason: "12 threads asking for one" }],
    });
    // (88.29853 · 1 + 80 · 1) / 2 = 84.14927 → 84
    expect(demand.value).toBe(84);
    expect(demand.reason).toContain("reddit: 12 threads asking for one");
  });
});

describe("selectionScore: competition", () => {
  it("should score a product page by the listing's own ratings", () => {
    // 129,762 ratings ≥ 10,000 → 0; rating 4.6 between 4.3 (50) and 4.8 (0) → 20; mean 10.
    const { competition } = selectionScore(instantPot);
    expect(competition).toMatchObject({ value: 10, scored: true });
    expect(competition.reason).toBe("this listing has 129,762 ratings, rated 4.6★: what a newcomer competes against");
  });

  it("should score a search page by reviews, ratings, brand concentration and sponsored share", () => {
    const { competition } = selectionScore(searchPage);
    // Organic results (8): review counts 1200, 80, 300, 2500, 150, 60, 900 (one missing) → median 300:
    //   t = (log10 300 − 2) / (log10 500 − 2) = 0.4771213 / 0.69897 = 0.6826063; 75 − 25 · 0.6826063 = 57.93484
    // Ratings 4.0, 4.1, 4.2, 4.4, 4.5, 4.6, 4.6 → median 4.4: 50 − 50 · 0.1/0.5 = 40
    // Brands over 9 branded slots: Acme 3 (case-insensitive), Bolt 2, Cora, Dune, Echo, Fern 1 each:
    //   HHI = 10⁴ · (9 + 4 + 4·1)/81 = 2098.76543; 50 − 50 · (2098.76543 − 1800)/8200 = 48.17826
    // Sponsored 2 of 10 = 0.2: 100 − 100 · (0.2 − 0.1)/0.4 = 75
    // Mean (57.93484 + 40 + 48.17826 + 75) / 4 = 55.27828 → 55
    expect(competition).toMatchObject({ value: 55, scored: true });
    expect(competition.inputs.medianReviews).toBe(300);
    expect(competition.inputs.brandHhi).toBeCloseTo(2098.76543, 5);
    expect(competition.reason).toBe(
      "median 300 reviews in the top 8 organic results (29% under 100); median rating 4.4★; " +
        "top brand “Acme” has 33% of results (HHI 2,099); 2 of 10 results sponsored",
    );
  });

  it("should skip brand concentration when too few results name a brand", () => {
    const unbranded = results.map((result) => ({ ...result, brand: null }));
    const { competition } = selectionScore({ ...searchPage, results: unbranded });
    // (57.93484 + 40 + 75) / 3 = 57.64495 → 58
    expect(competition.value).toBe(58);
    expect(competition.inputs.brandHhi).toBeNull();
  });
});

describe("selectionScore: profit", () => {
  it("should subtract referral fee, FBA fee and landed cost from the price", () => {
    const { profit } = selectionScore(instantPot);
    // $19.99 − 15 % Home and Kitchen ($2.9985) − FBA $4.60 (assumed tier) − 35 % landed ($6.9965) = $5.395;
    // margin 5.395 / 19.99 = 0.2698849 → 0.2698849 / 0.30 · 100 = 89.96164 → 90
    expect(profit).toMatchObject({ value: 90, scored: true });
    expect(profit.inputs).toMatchObject({ referralFee: 3, fbaFee: 4.6, landedCost: 7, netMargin: 0.2699 });
    expect(profit.reason).toContain("referral $3.00 (15% Home and Kitchen)");
    expect(profit.reason).toContain("FBA ~$4.60 (large standard ≤ 1 lb assumed: no package dimensions)");
  });

  it("should use the median result price on a search page and say the category is unknown", () => {
    const { profit } = selectionScore(searchPage);
    // Median of 19, 21, 22, 24, 25, 27, 28, 30, 35 = $25; − 15 % Everything Else ($3.75) − $4.60 − 40 % ($10)
    // = $6.65; margin 0.266 → 88.66667 → 89
    expect(profit.value).toBe(89);
    expect(profit.reason).toBe(
      "$25.00 (median of results) − referral $3.75 (15% Everything Else, category unknown) − FBA ~$4.60 " +
        "(large standard ≤ 1 lb assumed: no package dimensions) − landed cost $10.00 (40%) = $6.65/unit (27%)",
    );
  });

  it("should use package dimensions when the page gives them", () => {
    const { profit } = selectionScore({
      ...instantPot,
      packageDimensions: { lengthCm: 25, widthCm: 20, heightCm: 10, weightKg: 0.5 },
    });
    // FBA $5.36 (fba-fees.test.ts): $19.99 − 2.9985 − 5.36 − 6.9965 = $4.635; 0.2318659 / 0.3 → 77.28864 → 77
    expect(profit.value).toBe(77);
    expect(profit.reason).toContain("FBA ~$5.36 (large standard, 2.2 lb)");
  });

  it("should score a loss as 0 and convert fees into the marketplace currency", () => {
    const { profit } = selectionScore({ ...instantPot, marketplace: "amazon.de", price: 8, landedCostShare: 0.6 });
    // €8 = $9.20: 15 % = €1.20; FBA $4.60 = €4.0; landed €4.80 → €8 − 1.2 − 4 − 4.8 = −€2.00
    expect(profit.value).toBe(0);
    expect(profit.reason).toContain("US schedule");
    expect(profit.inputs.profitPerUnit).toBe(-2);
  });

  it("should leave profit unscored without a price", () => {
    expect(selectionScore({ ...instantPot, price: null }).profit).toMatchObject({ value: 50, scored: false });
  });
});

describe("selectionScore: overall", () => {
  it("should be the mean of the three shown values with equal default weights", () => {
    // Product: (88 + 10 + 90) / 3 = 62.66667 → 63. Search: (23 + 55 + 89) / 3 = 55.66667 → 56.
    expect(selectionScore(instantPot).overall).toBe(63);
    expect(selectionScore(searchPage).overall).toBe(56);
  });

  it("should normalise the researcher's weights", () => {
    // (23 · 10 + 55 · 0 + 89 · 5) / 15 = 45
    expect(selectionScore(searchPage, { demand: 10, competition: 0, profit: 5 }).overall).toBe(45);
    expect(selectionScore(searchPage, { demand: 2, competition: 2, profit: 2 }).overall).toBe(56);
  });

  it("should fall back to the default weights when the given ones are unusable", () => {
    expect(selectionScore(searchPage, { demand: 0, competition: 0, profit: 0 }).overall).toBe(56);
    expect(selectionScore(searchPage, { demand: -1, competition: 1, profit: 1 }).overall).toBe(56);
  });

  it("should leave unscored axes out of the overall score", () => {
    // Demand and profit unscored: overall = competition = 10.
    const score = selectionScore({ ...instantPot, estimatedUnits: null, boughtPastMonth: null, price: null });
    expect(score.overall).toBe(10);
    // Nothing at all to score: neutral 50.
    const empty = selectionScore({
      kind: "search",
      marketplace: "amazon.com",
      category: null,
      price: null,
      estimatedUnits: null,
      boughtPastMonth: null,
      results: [],
    });
    expect([empty.demand.scored, empty.competition.scored, empty.profit.scored, empty.overall]).toEqual([
      false,
      false,
      false,
      50,
    ]);
  });

  it("should score only zero-weighted axes equally rather than not at all", () => {
    // Only competition is scored and its weight is 0: it stands alone.
    const score = selectionScore(
      { ...instantPot, estimatedUnits: null, boughtPastMonth: null, price: null },
      { demand: 5, competition: 0, profit: 5 },
    );
    expect(score.overall).toBe(10);
  });
});
