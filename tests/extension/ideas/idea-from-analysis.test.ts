import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { marketplaceFromUrl } from "../../../extension/core/amazon/marketplace";
import { parseProductPage } from "../../../extension/core/amazon/product-page";
import { parseReviewsPage } from "../../../extension/core/amazon/reviews";
import { parseSearchPage } from "../../../extension/core/amazon/search-page";
import { parseHtmlDocument } from "../../../extension/core/dom";
import { ideaFromProduct, ideaFromReviews, ideaFromSearch } from "../../../extension/core/ideas/idea-from-analysis";
import { savedIdeaSchema } from "../../../extension/core/ideas/saved-idea";
import { analyseProduct, analyseReviews, analyseSearch } from "../../../extension/core/page-analysis";
import { defaultResearchSettings } from "../../../extension/core/research-settings";

const load = (file: string) => parseHtmlDocument(readFileSync(path.join("tests/fixtures/amazon", file), "utf8"));
const now = new Date("2026-11-26T09:00:00.000Z");

describe("the idea saved from each panel", () => {
  it("from a product page: page data, estimate, score and top phrases, valid against the record's schema", () => {
    const url = "https://www.amazon.com/dp/B00FLYWNYQ";
    const marketplace = marketplaceFromUrl(url)!;
    const analysis = analyseProduct(
      parseProductPage(load("product/amazon_com_B00FLYWNYQ_instant-pot_2025.html"), url),
      marketplace,
      defaultResearchSettings,
    );
    const idea = savedIdeaSchema.parse(ideaFromProduct(analysis, url, now));
    expect(idea).toMatchObject({
      id: "amazon.com:B00FLYWNYQ",
      kind: "amazon-product",
      asin: "B00FLYWNYQ",
      price: { amount: 99.95, currency: "USD" },
      savedAt: "2026-11-26T09:00:00.000Z",
      url,
    });
    expect(idea.bsr[0]).toEqual({ rank: 60, category: "Kitchen & Dining" });
    expect(idea.estimate).toEqual({
      units: analysis.estimate!.units,
      low: analysis.estimate!.low,
      high: analysis.estimate!.high,
      revenue: analysis.estimate!.revenue,
    });
    expect(idea.score?.overall).toBe(analysis.score.overall);
  });

  it("from a search page: the keyword, the median price and the score", () => {
    const url = "https://www.amazon.com/s?k=portable+charger";
    const analysis = analyseSearch(
      parseSearchPage(load("search/amazon_com_s_portable-charger_2026.html"), url),
      marketplaceFromUrl(url)!,
      defaultResearchSettings,
    );
    const idea = savedIdeaSchema.parse(ideaFromSearch(analysis, url, now));
    expect(idea).toMatchObject({ id: "amazon.com:search:portable charger", kind: "amazon-search", asin: null });
    expect(idea.price).toEqual({ amount: analysis.summary.medianPrice, currency: "USD" });
  });

  it("from a review page: the product, its rating and the complaint and praise phrases", () => {
    const url = "https://www.amazon.com/product-reviews/B071L8D4DQ";
    const marketplace = marketplaceFromUrl(url)!;
    const page = parseReviewsPage(load("reviews/amazon_com_product-reviews_B071L8D4DQ_p1_2020.html"), url);
    const reviews = analyseReviews(page.reviews, marketplace.language);
    const idea = savedIdeaSchema.parse(ideaFromReviews(page, reviews, marketplace, url, now));
    expect(idea).toMatchObject({
      id: "amazon.com:B071L8D4DQ:reviews",
      kind: "amazon-reviews",
      asin: "B071L8D4DQ",
      rating: page.rating,
      ratingCount: page.ratingCount,
      score: null,
    });
    expect(idea.complaints).toEqual(reviews.complaints.slice(0, 10).map(({ phrase, count }) => ({ phrase, count })));
  });
});
