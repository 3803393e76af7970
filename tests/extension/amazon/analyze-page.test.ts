import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  analysisResultSchema,
  analyzePage,
  UnsupportedPageError,
  type AnalysisResult,
} from "../../../extension/core/analyze-page";
import { AMAZON_FIXTURES } from "./pages";

const OUTPUT_FIELDS = [
  "kind",
  "marketplace",
  "asin",
  "title",
  "price",
  "rating",
  "ratingCount",
  "bsr",
  "packageDimensions", // not in issue #4's list: the packed size the FBA fee rests on
  "results",
  "reviews",
  "complaints",
  "praise",
  "estimate",
  "score",
];

const analysed = new Map<string, AnalysisResult>();
function analyse(fixture: string, url: string): AnalysisResult {
  const key = `${fixture} ${url}`;
  if (!analysed.has(key)) {
    const result = analyzePage(readFileSync(`${AMAZON_FIXTURES}${fixture}`, "utf8"), url);
    analysed.set(key, analysisResultSchema.parse(result));
  }
  return analysed.get(key)!;
}

function unsupportedReason(html: string, url: string): string {
  try {
    analyzePage(html, url);
  } catch (error) {
    if (error instanceof UnsupportedPageError) return error.reason;
    throw error;
  }
  throw new Error(`${url} was analysed`);
}

const INSTANT_POT = [
  "product/amazon_com_B00FLYWNYQ_instant-pot_2025.html",
  "https://www.amazon.com/Instant-Pot-Multi-Use-Programmable-Pressure/dp/B00FLYWNYQ",
] as const;
const PORTABLE_CHARGER = [
  "search/amazon_com_s_portable-charger_2026.html",
  "https://www.amazon.com/s?k=portable+charger",
] as const;
const KINDLE_REVIEWS = [
  "reviews/amazon_it_product-reviews_B07747FR44_p1_2019.html",
  "https://www.amazon.it/Paperwhite-resistente-allacqua-risoluzione-speciali/product-reviews/B07747FR44",
] as const;

describe("analysing a product page", () => {
  const result = analyse(...INSTANT_POT);

  it("gives exactly the output fields of issue #4, plus packageDimensions", () => {
    expect(Object.keys(result)).toEqual(OUTPUT_FIELDS);
  });

  it("carries what the parser read", () => {
    expect(result).toMatchObject({
      kind: "amazon-product",
      marketplace: "amazon.com",
      asin: "B00FLYWNYQ",
      price: { amount: 99.95, currency: "USD" },
      rating: 4.6,
      ratingCount: 129762,
      bsr: [
        { rank: 60, category: "Kitchen & Dining" },
        { rank: 1, category: "Electric Pressure Cookers" },
        { rank: 3, category: "Rice Cookers" },
      ],
      // 12.2"D x 13.38"W x 12.48"H in inches, 11.8 Pounds
      packageDimensions: { lengthCm: 30.99, widthCm: 33.99, heightCm: 31.7, weightKg: 5.352 },
      results: null,
    });
    expect(result.reviews).toHaveLength(10);
    expect(result.reviews![0]).toEqual({
      id: "R1RA0ESHR8OVVO",
      stars: 5,
      title: "After 2 years using it, what doesn't it do?",
      body: expect.stringMatching(/^FURTHER UPDATE/),
      date: "2015-07-06",
    });
  });

  it("estimates monthly units from the root-category rank, never below the 10K+ bought-in-past-month badge", () => {
    const estimate = result.estimate!;
    expect(estimate.units).toBeGreaterThanOrEqual(10000);
    expect(estimate.low).toBeLessThanOrEqual(estimate.units);
    expect(estimate.high).toBeGreaterThanOrEqual(estimate.units);
    expect(estimate.revenue).toBeCloseTo(estimate.units * 99.95, 2);
  });

  it("mines complaint and praise phrases as {phrase, count}", () => {
    expect(result.complaints).toEqual([]); // the ten top reviews are all 5★
    expect(result.praise!.length).toBeGreaterThan(0);
    for (const phrase of result.praise!) expect(Object.keys(phrase)).toEqual(["phrase", "count"]);
  });

  it("scores demand, competition and profit as numbers from 0 to 100", () => {
    expect(Object.keys(result.score!)).toEqual(["demand", "competition", "profit", "overall"]);
    for (const value of Object.values(result.score!)) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of Object.values(result.score!)) expect(value).toBeLessThanOrEqual(100);
  });

  it("gives no estimate for a product without a rank, and null rating fields for one without reviews", () => {
    const unranked = analyse("composed/amazon_co_uk_product_no-reviews.html", "https://www.amazon.co.uk/dp/B0DNEW0001");
    expect(unranked).toMatchObject({ bsr: [], estimate: null, rating: null, ratingCount: null, reviews: [] });
    expect(unranked.complaints).toEqual([]);
    expect(unranked.score).not.toBeNull();
  });

  it("gives no price and no revenue for an item out of stock", () => {
    const outOfStock = analyse("composed/amazon_com_product_out-of-stock.html", "https://www.amazon.com/dp/B07XYZ1234");
    expect(outOfStock.price).toBeNull();
    expect(outOfStock.estimate?.revenue ?? null).toBeNull();
  });
});

describe("analysing a search page", () => {
  const result = analyse(...PORTABLE_CHARGER);

  it("lists the 22 results with exactly the fields of issue #4 (plus packageDimensions, null here)", () => {
    expect(Object.keys(result)).toEqual(OUTPUT_FIELDS);
    expect(result.results).toHaveLength(22);
    expect(Object.keys(result.results![0])).toEqual([
      "asin",
      "title",
      "price",
      "rating",
      "ratingCount",
      "sponsored",
      "boughtPastMonth",
    ]);
    expect(result.results![2]).toMatchObject({ asin: "B0CB1FW5FC", ratingCount: 84753, boughtPastMonth: 10000 });
  });

  it("names the search words as the title and leaves product-only fields null", () => {
    expect(result).toMatchObject({
      kind: "amazon-search",
      title: "portable charger",
      asin: null,
      price: null,
      bsr: null,
      packageDimensions: null,
      reviews: null,
      complaints: null,
      praise: null,
      estimate: null,
    });
    expect(result.score).not.toBeNull();
  });
});

describe("analysing a review page", () => {
  const result = analyse(...KINDLE_REVIEWS);

  it("gives the reviews and the phrases mined from them in the page's language", () => {
    expect(result).toMatchObject({
      kind: "amazon-reviews",
      marketplace: "amazon.it",
      asin: "B07747FR44",
      rating: 4.7,
      ratingCount: 2345,
      bsr: null,
      estimate: null,
      score: null,
    });
    expect(result.reviews).toHaveLength(10);
    expect(result.complaints!.length).toBeGreaterThan(0);
  });
});

describe("pages the extension does not read", () => {
  const captcha = readFileSync(`${AMAZON_FIXTURES}composed/amazon_com_captcha.html`, "utf8");
  const signIn = readFileSync(`${AMAZON_FIXTURES}composed/amazon_com_sign-in.html`, "utf8");

  it.each([
    ["a CAPTCHA saved instead of the product page", captcha, "https://www.amazon.com/dp/B00FLYWNYQ", "captcha"],
    [
      "a sign-in wall saved instead of the reviews",
      signIn,
      "https://www.amazon.com/product-reviews/B071L8D4DQ",
      "sign-in",
    ],
    ["a best-seller list", "<html></html>", "https://www.amazon.com/gp/bestsellers/kitchen", "unknown-page"],
    ["a page on another site", "<html></html>", "https://www.ebay.com/itm/123", "not-amazon"],
    ["an address that is not a URL", "<html></html>", "amazon.com/dp/B00FLYWNYQ", "invalid-url"],
  ])("are refused with a reason: %s", (_, html, url, reason) => {
    expect(unsupportedReason(html, url)).toBe(reason);
  });

  it("are refused with a message that says what to do", () => {
    expect(() => analyzePage(captcha, "https://www.amazon.com/dp/B00FLYWNYQ")).toThrow(/CAPTCHA.*save it again/);
  });
});
