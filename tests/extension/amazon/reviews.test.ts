import { describe, expect, it } from "vitest";
import {
  detectBlockingPage,
  nextReviewsPageUrl,
  parseReviews,
  parseReviewsPage,
} from "../../../extension/core/amazon/reviews";
import { reviewsPageSchema, type ReviewsPage } from "../../../extension/core/amazon/types";
import { loadPage, pageFrom } from "./pages";

function reviewsPage(fixture: string, url: string): ReviewsPage {
  return reviewsPageSchema.parse(parseReviewsPage(loadPage(fixture), url));
}

// Expected values: tests/fixtures/amazon/SOURCES.md (copied from ../shared/fixtures/SOURCES.md §3).
describe("the 2020 amazon.com review page of Lifted Naturals", () => {
  const url = "https://www.amazon.com/Probiotic-Prebiotic-Probiotics-Digestive-Prebiotics/product-reviews/B071L8D4DQ";
  const page = reviewsPage("reviews/amazon_com_product-reviews_B071L8D4DQ_p1_2020.html", url);

  it("reads the summary: 4.3 out of 5, 923 global ratings, 437 global reviews", () => {
    expect(page.asin).toBe("B071L8D4DQ");
    expect(page.title).toMatch(/^Lifted Naturals Probiotics - Mood Boosting Probiotic/);
    expect(page.rating).toBe(4.3);
    expect(page.ratingCount).toBe(923);
    expect(page.reviewCount).toBe(437);
  });

  it("reads the star histogram 65/15/10/4/6 %", () => {
    expect(page.starHistogram.map((level) => level.percent)).toEqual([65, 15, 10, 4, 6]);
    expect(page.starHistogram.map((level) => level.stars)).toEqual([5, 4, 3, 2, 1]);
  });

  it("reads 10 reviews, all verified purchases", () => {
    expect(page.reviews).toHaveLength(10);
    expect(page.reviews.every((review) => review.verifiedPurchase)).toBe(true);
  });

  it("reads the first review: R2J4Q876AFF4ID, wulfsige, 5 stars, June 17, 2019, 360 helpful votes", () => {
    expect(page.reviews[0]).toMatchObject({
      id: "R2J4Q876AFF4ID",
      author: "wulfsige",
      stars: 5,
      title: "This actually works -My first review of anything in over 15 years,",
      date: "2019-06-17",
      helpfulVotes: 360,
    });
  });

  it("keeps the review's line breaks and none of its scripts", () => {
    const body = page.reviews[0].body;
    expect(body).toMatch(/^First of all, I don't usually write reviews\./);
    expect(body.split("\n")).toContain("-=Symptoms beforehand=-");
    expect(body).not.toMatch(/P\.when|function\(/);
  });

  it("reads the last review: R20HKTPKEW4B1S, CMTX, 4 stars, 'Pretty good!', July 31, 2018", () => {
    expect(page.reviews[9]).toMatchObject({
      id: "R20HKTPKEW4B1S",
      author: "CMTX",
      stars: 4,
      title: "Pretty good!",
      date: "2018-07-31",
    });
  });

  it("links to page 2 on the same site for 'analyse more reviews'", () => {
    expect(page.nextPageUrl).toBe(
      "https://www.amazon.com/Probiotic-Prebiotic-Probiotics-Digestive-Prebiotics/product-reviews/B071L8D4DQ/ref=cm_cr_arp_d_paging_btm_2?ie=UTF8&pageNumber=2&reviewerType=all_reviews",
    );
  });
});

describe("the 2019 amazon.it review page of the Kindle Paperwhite", () => {
  const url = "https://www.amazon.it/Paperwhite-resistente-allacqua-risoluzione-speciali/product-reviews/B07747FR44";
  const page = reviewsPage("reviews/amazon_it_product-reviews_B07747FR44_p1_2019.html", url);

  it("reads the summary: 4,7 su 5, 2.345 valutazioni clienti, 2.132 recensioni", () => {
    expect(page.asin).toBe("B07747FR44");
    expect(page.title).toMatch(/^Kindle Paperwhite, resistente all'acqua/);
    expect(page.rating).toBe(4.7);
    expect(page.ratingCount).toBe(2345);
    expect(page.reviewCount).toBe(2132);
    expect(page.starHistogram.map((level) => level.percent)).toEqual([79, 14, 4, 1, 2]);
  });

  it("reads 10 reviews with Italian dates that have no 'Reviewed in' prefix", () => {
    expect(page.reviews).toHaveLength(10);
    expect(page.reviews[0]).toMatchObject({
      id: "R3OXHZOZ0WM7AZ",
      author: "Darkphoenix",
      stars: 5,
      title: "SONO RIUSCITI A MIGLIORARLO ANCORA!!!",
      date: "2018-11-14",
      helpfulVotes: 921,
    });
  });

  it("reads the low-star reviews the complaint mining needs", () => {
    expect(page.reviews.map((review) => review.stars)).toEqual([5, 5, 2, 1, 3, 4, 1, 5, 5, 3]);
  });
});

describe("the 2026 camelCase review hooks (composed amazon.co.uk page)", () => {
  const url = "https://www.amazon.co.uk/product-reviews/B0CB1FW5FC/?pageNumber=3";
  const page = reviewsPage("composed/amazon_co_uk_product-reviews_2026-hooks.html", url);

  it("reads reviewTitle / reviewText blocks once each, with the id of their reviewContainer", () => {
    expect(page.reviews.map((review) => review.id)).toEqual(["R3UKHOOKS0001", "R3UKHOOKS0002", "R3UKHOOKS0003"]);
    expect(page.reviews[0]).toMatchObject({
      stars: 1,
      title: "Stopped charging after a week",
      date: "2026-06-28",
      author: "Harriet",
      verifiedPurchase: true,
      helpfulVotes: 11,
    });
  });

  it("leaves screen-reader teasers and 'Read more' prompts out of the body", () => {
    expect(page.reviews[0].body).toBe("The battery died after seven days.\nThe cable also frays at the plug.");
    expect(page.reviews[1].body).toBe("It fits a pocket, but only just.");
  });

  it("reads the stars from the icon class when the caption is missing", () => {
    expect(page.reviews[1].stars).toBe(2);
  });

  it("returns review text that looks like markup as plain text", () => {
    expect(page.reviews[2].title).toBe("<b>Works</b> great");
    expect(page.reviews[2].body).toBe("I typed <img src=x onerror=alert(1)> to test the review form.");
    expect(page.reviews[2].helpfulVotes).toBe(1);
  });

  it("reads '1,234 total ratings, 98 with reviews' and knows the last page has no next page", () => {
    expect(page.ratingCount).toBe(1234);
    expect(page.reviewCount).toBe(98);
    expect(page.rating).toBe(4.1);
    expect(page.nextPageUrl).toBeNull();
  });
});

describe("the next page of reviews", () => {
  it("is the product page's 'See more reviews' link on a product page", () => {
    const url = "https://www.amazon.com/Instant-Pot-Multi-Use-Programmable-Pressure/dp/B00FLYWNYQ";
    const next = nextReviewsPageUrl(loadPage("product/amazon_com_B00FLYWNYQ_instant-pot_2025.html"), url);
    expect(next).toBe(
      "https://www.amazon.com/product-reviews/B00FLYWNYQ/ref=cm_cr_dp_d_show_all_btm?ie=UTF8&reviewerType=all_reviews",
    );
  });

  it("is never on another site", () => {
    const page = pageFrom(
      '<ul class="a-pagination"><li class="a-last"><a href="https://evil.example/product-reviews/B0CB1FW5FC?pageNumber=2">Next page</a></li></ul>',
    );
    expect(nextReviewsPageUrl(page, "https://www.amazon.com/product-reviews/B0CB1FW5FC")).toBeNull();
  });
});

describe("pages Amazon serves instead of the one asked for", () => {
  it("recognises the CAPTCHA page", () => {
    expect(detectBlockingPage(loadPage("composed/amazon_com_captcha.html"))).toBe("captcha");
  });

  it("recognises the sign-in wall", () => {
    expect(detectBlockingPage(loadPage("composed/amazon_com_sign-in.html"))).toBe("sign-in");
  });

  it.each([
    "product/amazon_ae_B08CZDYNF7_ultrean-kitchen-scale_2025.html",
    "product/amazon_com_B00FLYWNYQ_instant-pot_2025.html",
    "product/amazon_com_B071L8D4DQ_lifted-naturals-probiotic_2020.html",
    "product/amazon_de_B01DQDZVCO_winomo-kleiderhaken_2019.html",
    "product/amazon_in_B01NCE2FHK_macbook-pro_2017.html",
    "search/amazon_com_s_portable-charger_2026.html",
    "search/amazon_de_s_plastikfrei-flasche_2019.html",
    "reviews/amazon_com_product-reviews_B071L8D4DQ_p1_2020.html",
    // Links to /ap/signin (the "Helpful" button) are not a sign-in wall.
    "reviews/amazon_it_product-reviews_B07747FR44_p1_2019.html",
  ])("does not mistake the real page %s for one", (fixture) => {
    expect(detectBlockingPage(loadPage(fixture))).toBeNull();
  });
});

describe("review blocks without a review", () => {
  it("are skipped", () => {
    expect(parseReviews(pageFrom('<div data-hook="review"><span class="a-profile-name">Nobody</span></div>'))).toEqual(
      [],
    );
  });
});
