import { describe, expect, it } from "vitest";
import { estimateMonthlySales, type MonthlySalesInput } from "../../../extension/core/estimate/bsr-estimate";
import { normalizeRootCategory } from "../../../extension/core/estimate/category-names";
import { normalizeMarketplace } from "../../../extension/core/estimate/marketplace";

// Curve values are checked to 5 decimals in sales-curve.test.ts; here the estimate rounds units, low and high to
// whole units and revenue to cents, so these goldens are exact.
// Band: ×0.5–×2 on a category curve (BASE_BAND_FOLD = 2), ×1.5 wider per borrowed step (BORROWED_STEP_FOLD).
// Marketplace factors: sergiorpaes/amazon-sem-segredos (UK 0.45, DE 0.4, CA 0.35, ES 0.25, 0.25 for the rest).

const homeKitchenUs: MonthlySalesInput = {
  marketplace: "amazon.com",
  category: "Home & Kitchen",
  rank: 1,
  price: 20,
  boughtPastMonth: null,
};

describe("estimateMonthlySales", () => {
  it("should read rank 1 off the category's first breakpoint with a ×0.5–×2 band", () => {
    const estimate = estimateMonthlySales(homeKitchenUs)!;
    // Home & Kitchen [1, 95190]; band 95190/2 = 47595, 95190·2 = 190380; revenue 95190 · $20.
    expect(estimate).toMatchObject({ units: 95190, low: 47595, high: 190380, revenue: 1903800 });
    expect(estimate.curve).toBe(
      "amazon.com · Home & Kitchen · amazon.com curve: log-log interpolation between breakpoints to rank 75,000, " +
        "power-law tail b=0.713 (quietst00rm/Amazon-Sales-Estimator-Tool) · band ×0.5–×2",
    );
  });

  it("should estimate the Instant Pot fixture (#60 in Kitchen & Dining, 10K+ bought) and raise only the low end", () => {
    const estimate = estimateMonthlySales({
      marketplace: "amazon.com",
      category: "Kitchen & Dining",
      rank: 60,
      price: 99.95,
      boughtPastMonth: 10_000,
    })!;
    // Curve 17224.92611 (sales-curve.test.ts) → 17225; low 8612.46 is below the badge, so low = 10,000;
    // high 17224.92611 · 2 = 34449.85 → 34450; revenue 17225 · 99.95 = 1,721,638.75.
    expect(estimate).toMatchObject({ units: 17225, low: 10000, high: 34450, revenue: 1721638.75 });
    expect(estimate.curve).toContain("low raised to Amazon's “10,000+ bought in past month” (a lower bound)");
  });

  it("should scale the amazon.com curve for amazon.de and widen the band one step", () => {
    const estimate = estimateMonthlySales({
      marketplace: "amazon.de",
      category: "Küche, Haushalt & Wohnen",
      rank: 3098,
      price: 14.99,
      boughtPastMonth: null,
    })!;
    // 4167.03004 (sales-curve.test.ts) · 0.4 = 1666.81202 → 1667; band ×3: 555.60 → 556, 5000.44 → 5000;
    // revenue 1667 · 14.99 = 24,988.33.
    expect(estimate).toMatchObject({ units: 1667, low: 556, high: 5000, revenue: 24988.33 });
    expect(estimate.curve).toContain("amazon.de · Home & Kitchen (“Küche, Haushalt & Wohnen”)");
    expect(estimate.curve).toContain("× 0.4 marketplace scale (sergiorpaes/amazon-sem-segredos)");
    expect(estimate.curve).toContain("band ×0.33–×3");
  });

  it.each([
    ["amazon.com", 1, 2],
    ["amazon.co.uk", 0.45, 3],
    ["amazon.de", 0.4, 3],
    ["amazon.ca", 0.35, 3],
    ["amazon.es", 0.25, 3],
    ["amazon.fr", 0.25, 4.5],
    ["amazon.it", 0.25, 4.5],
    ["amazon.ae", 0.25, 4.5],
    ["amazon.in", 0.25, 4.5],
    ["amazon.co.jp", 0.25, 4.5],
  ])("should scale %s by %s with a ×%s band", (marketplace, factor, fold) => {
    // Home & Kitchen [1000, 8310].
    const estimate = estimateMonthlySales({ ...homeKitchenUs, marketplace, rank: 1000 })!;
    expect(estimate.units).toBe(Math.round(8310 * factor));
    expect(estimate.low).toBe(Math.round((8310 * factor) / fold));
    expect(estimate.high).toBe(Math.round(8310 * factor * fold));
  });

  it("should fall back to the median of all category curves, with a wider band, for an unknown category", () => {
    const estimate = estimateMonthlySales({ ...homeKitchenUs, category: "Electric Pressure Cookers", price: null })!;
    // Rank 1 of the 24 curves, sorted: 1800, 5760, 12570, 19830, 25590, 25830, 29310, 40080, 46860, 46860, 48090,
    // 52470 | 54660, 56940, 59670, 63360, 78510, 83010, 95190, 113670, 123900, 130860, 179010, 351000.
    // Median (52470 + 54660)/2 = 53565; band ×3 (one borrowed step): 17855, 160695.
    expect(estimate).toMatchObject({ units: 53565, low: 17855, high: 160695, revenue: null });
    expect(estimate.curve).toContain("all categories (“Electric Pressure Cookers” is not a root category we know)");
    expect(estimate.curve).toContain("fallback: median of the 24 amazon.com category curves");
  });

  it("should stack the band's borrowed steps: fallback curve on a marketplace the scale source does not list", () => {
    const estimate = estimateMonthlySales({ ...homeKitchenUs, marketplace: "amazon.fr", category: "Luminaires" })!;
    // 53565 · 0.25 = 13391.25; fold 2 · 1.5³ = 6.75 (fallback + scale + default scale): 1983.89, 90390.94.
    expect(estimate).toMatchObject({ units: 13391, low: 1984, high: 90391 });
    expect(estimate.curve).toContain("its default for marketplaces it does not list");
    expect(estimate.curve).toContain("band ×0.15–×6.75");
  });

  it("should never go below Amazon's bought-in-past-month badge, raising units, low and high", () => {
    const estimate = estimateMonthlySales({ ...homeKitchenUs, rank: 100_000, boughtPastMonth: 1000 })!;
    // Curve 244.36552 < 1000: units = low = 1000; high = max(488.73, 1000 · 2) = 2000.
    expect(estimate).toMatchObject({ units: 1000, low: 1000, high: 2000, revenue: 20000 });
    expect(estimate.curve).toContain("raised to Amazon's “1,000+ bought in past month” (a lower bound)");
  });

  it("should ignore a badge below the band", () => {
    const estimate = estimateMonthlySales({ ...homeKitchenUs, boughtPastMonth: 50 })!;
    expect(estimate).toMatchObject({ units: 95190, low: 47595, high: 190380 });
    expect(estimate.curve).not.toContain("bought in past month");
  });

  it("should give no revenue without a usable price", () => {
    expect(estimateMonthlySales({ ...homeKitchenUs, price: null })!.revenue).toBeNull();
    expect(estimateMonthlySales({ ...homeKitchenUs, price: 0 })!.revenue).toBeNull();
    expect(estimateMonthlySales({ ...homeKitchenUs, price: Number.NaN })!.revenue).toBeNull();
  });

  it("should estimate a huge rank as (almost) nothing rather than fail", () => {
    // 300 · (10^9/75000)^−0.713 = 0.344 units.
    expect(estimateMonthlySales({ ...homeKitchenUs, rank: 1e9 })).toMatchObject({
      units: 0,
      low: 0,
      high: 1,
      revenue: 0,
    });
  });

  it("should refuse ranks that are not ranks", () => {
    for (const rank of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(estimateMonthlySales({ ...homeKitchenUs, rank })).toBeNull();
    }
  });

  it("should give no estimate for digital categories, which no physical-goods curve fits", () => {
    expect(estimateMonthlySales({ ...homeKitchenUs, category: "Kindle Store" })).toBeNull();
    expect(estimateMonthlySales({ ...homeKitchenUs, marketplace: "amazon.de", category: "Kindle-Shop" })).toBeNull();
  });

  it("should use the 2003 books power law with a band one step wider", () => {
    // 2893.38970 (sales-curve.test.ts) → 2893; fold 3: 964.46 → 964, 8680.17 → 8680.
    const estimate = estimateMonthlySales({ ...homeKitchenUs, category: "Books", rank: 100, price: 15 })!;
    expect(estimate).toMatchObject({ units: 2893, low: 964, high: 8680, revenue: 43395 });
    expect(estimate.curve).toContain("power law a=159738, b=0.871 (Brynjolfsson, Hu & Smith 2003");
  });

  it("should accept a host or URL as the marketplace", () => {
    const estimate = estimateMonthlySales({ ...homeKitchenUs, marketplace: "https://www.amazon.co.jp/dp/B0TEST" })!;
    expect(estimate.units).toBe(Math.round(95190 * 0.25));
    expect(estimate.curve.startsWith("amazon.co.jp · ")).toBe(true);
  });
});

describe("normalizeRootCategory", () => {
  it.each([
    ["Home & Kitchen", "home-kitchen"],
    ["HOME AND KITCHEN", "home-kitchen"],
    ["Home & Kitchen (See Top 100 in Home & Kitchen)", "home-kitchen"],
    ["Küche, Haushalt & Wohnen", "home-kitchen"],
    ["Cuisine et Maison", "home-kitchen"],
    ["Casa e cucina", "home-kitchen"],
    ["Hogar y cocina", "home-kitchen"],
    ["ホーム＆キッチン", "home-kitchen"],
    ["Kitchen & Dining", "kitchen-dining"],
    ["Kitchen", "kitchen-dining"],
    ["Drogerie & Körperpflege", "health-household"],
    ["Health & Personal Care", "health-household"],
    ["Beauté et Parfum", "beauty-personal-care"],
    ["Giochi e giocattoli", "toys-games"],
    ["Bricolaje y herramientas", "tools-home-improvement"],
    ["Computers & Accessories", "computers-accessories"],
    ["Bücher", "books"],
    ["Kindle Store", "digital"],
  ])("should read %s as %s", (name, root) => {
    expect(normalizeRootCategory(name)).toBe(root);
  });

  it("should not guess at sub-categories or unknown names", () => {
    expect(normalizeRootCategory("Electric Pressure Cookers")).toBeNull();
    expect(normalizeRootCategory("")).toBeNull();
  });
});

describe("normalizeMarketplace", () => {
  it("should reduce hosts and URLs to the marketplace domain", () => {
    expect(normalizeMarketplace("amazon.de")).toBe("amazon.de");
    expect(normalizeMarketplace(" www.Amazon.co.uk ")).toBe("amazon.co.uk");
    expect(normalizeMarketplace("https://www.amazon.ae/-/en/dp/B0?th=1")).toBe("amazon.ae");
  });
});
