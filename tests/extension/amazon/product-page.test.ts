import { describe, expect, it } from "vitest";
import { parseProductPage } from "../../../extension/core/amazon/product-page";
import { productPageSchema, type ProductPage } from "../../../extension/core/amazon/types";
import { loadPage, pageFrom } from "./pages";

/** Parses a saved product page, checking the result against the schema the panel relies on. */
function productPage(fixture: string, url: string): ProductPage {
  return productPageSchema.parse(parseProductPage(loadPage(fixture), url));
}

// Expected values: tests/fixtures/amazon/SOURCES.md (copied from ../shared/fixtures/SOURCES.md §1).
describe("the 2025 amazon.com Instant Pot page (product-details table layout)", () => {
  const page = productPage(
    "product/amazon_com_B00FLYWNYQ_instant-pot_2025.html",
    "https://www.amazon.com/Instant-Pot-Multi-Use-Programmable-Pressure/dp/B00FLYWNYQ",
  );

  it("reads the ASIN, the full title and the brand from the byline", () => {
    expect(page.asin).toBe("B00FLYWNYQ");
    expect(page.title).toBe(
      "Instant Pot Duo 7-in-1 Electric Pressure Cooker, Slow Cooker, Rice Cooker, Steamer, Sauté, Yogurt Maker, Warmer & Sterilizer, Includes App With Over 800 Recipes, Stainless Steel, 6 Quart",
    );
    expect(page.brand).toBe("Instant Pot");
  });

  it("reads the price $99.95 and the list price $109.99 (savings 9 %)", () => {
    expect(page.price).toEqual({ amount: 99.95, currency: "USD" });
    expect(page.listPrice).toEqual({ amount: 109.99, currency: "USD" });
    expect(Math.round((1 - page.price!.amount / page.listPrice!.amount) * 100)).toBe(9);
  });

  it("reads 4.6 stars from 129,762 ratings", () => {
    expect(page.rating).toBe(4.6);
    expect(page.ratingCount).toBe(129762);
  });

  it("reads every Best Sellers Rank line, root category first", () => {
    expect(page.bsr).toEqual([
      { rank: 60, category: "Kitchen & Dining" },
      { rank: 1, category: "Electric Pressure Cookers" },
      { rank: 3, category: "Rice Cookers" },
    ]);
  });

  it("reads the first-available date, the bought-in-past-month badge and the stock state", () => {
    expect(page.dateFirstAvailable).toBe("2013-12-02");
    expect(page.boughtPastMonth).toBe(10000);
    expect(page.availability).toBe("In Stock");
    expect(page.inStock).toBe(true);
  });

  it("reads the 10 top reviews, first R1RA0ESHR8OVVO by Sandy Toes", () => {
    expect(page.reviews).toHaveLength(10);
    expect(page.reviews[0]).toMatchObject({
      id: "R1RA0ESHR8OVVO",
      author: "Sandy Toes",
      stars: 5,
      title: "After 2 years using it, what doesn't it do?",
      date: "2015-07-06",
      verifiedPurchase: true,
    });
    expect(page.reviews[0].body).toMatch(/^FURTHER UPDATE - It's now August 2017/);
  });
});

describe("the 2020 amazon.com Lifted Naturals page (detail-bullets layout, old price block)", () => {
  const page = productPage(
    "product/amazon_com_B071L8D4DQ_lifted-naturals-probiotic_2020.html",
    "https://www.amazon.com/Probiotic-Prebiotic-Probiotics-Digestive-Prebiotics/dp/B071L8D4DQ",
  );

  it("reads the ASIN, title, brand and the $25.88 of #priceblock_ourprice", () => {
    expect(page.asin).toBe("B071L8D4DQ");
    expect(page.title).toBe(
      "Lifted Naturals Probiotics - Mood Boosting Probiotic - w/ Prebiotic GOS - Supports Emotional Health & Digestion - Natural Mood Support - 60 Day Supply - Non-GMO, Dairy-Free, Gluten Free, Vegan",
    );
    expect(page.brand).toBe("Lifted Naturals");
    expect(page.price).toEqual({ amount: 25.88, currency: "USD" });
  });

  it("reads 4.3 stars from 923 ratings", () => {
    expect(page.rating).toBe(4.3);
    expect(page.ratingCount).toBe(923);
  });

  it("reads the rank from the bullet's own text and the sub-rank from its nested list", () => {
    expect(page.bsr).toEqual([
      { rank: 7724, category: "Health & Household" },
      { rank: 99, category: "Probiotic Nutritional Supplements" },
    ]);
    expect(page.dateFirstAvailable).toBe("2017-06-29");
  });

  it("reads the 4 top reviews, first R2J4Q876AFF4ID by wulfsige", () => {
    expect(page.reviews).toHaveLength(4);
    expect(page.reviews[0]).toMatchObject({
      id: "R2J4Q876AFF4ID",
      author: "wulfsige",
      stars: 5,
      title: "This actually works -My first review of anything in over 15 years,",
      date: "2019-06-17",
    });
  });
});

describe("the 2017 amazon.in MacBook Pro page (legacy #SalesRank, rupee sign drawn as an icon)", () => {
  const page = productPage(
    "product/amazon_in_B01NCE2FHK_macbook-pro_2017.html",
    "http://www.amazon.in/Apple-MacBook-MLW82HN-Integrated-Graphics/dp/B01NCE2FHK",
  );

  it("reads the ASIN, the title and the brand", () => {
    expect(page.asin).toBe("B01NCE2FHK");
    expect(page.title).toBe(
      "Apple MacBook Pro MLW82HN/A Laptop 2016 (Core i7/16GB/512GB/Mac OS/Integrated Graphics/Touch Bar), Silver",
    );
    expect(page.brand).toBe("Apple");
  });

  it("reads the sale price 237,097.00 in rupees, and the 241,900.00 it was", () => {
    expect(page.price).toEqual({ amount: 237097, currency: "INR" });
    expect(page.listPrice).toEqual({ amount: 241900, currency: "INR" });
  });

  it("reads 4.3 stars from the old wording '6 customer reviews', and no review blocks", () => {
    expect(page.rating).toBe(4.3);
    expect(page.ratingCount).toBe(6);
    expect(page.reviews).toEqual([]);
  });

  it("reads both #SalesRank lines, the sub-rank with its category path", () => {
    expect(page.bsr).toEqual([
      { rank: 11033, category: "Computers & Accessories" },
      { rank: 471, category: "Computers & Accessories > Laptops" },
    ]);
    expect(page.dateFirstAvailable).toBe("2016-11-29");
  });
});

describe("the 2025 amazon.ae Ultrean scale page (detail bullets with bidi marks)", () => {
  const page = productPage(
    "product/amazon_ae_B08CZDYNF7_ultrean-kitchen-scale_2025.html",
    "https://www.amazon.ae/Ultrean-Precision-Measures-Stainless-Batteries/dp/B08CZDYNF7",
  );

  it("reads the ASIN, the title and the brand from 'Brand: Ultrean'", () => {
    expect(page.asin).toBe("B08CZDYNF7");
    expect(page.title).toMatch(
      /^Ultrean Digital Food Scale, High Precision Kitchen Scale, Measures in Grams and Ounces for Cooking and Baking, /,
    );
    expect(page.brand).toBe("Ultrean");
  });

  it("reads AED26.00, list price AED29.00", () => {
    expect(page.price).toEqual({ amount: 26, currency: "AED" });
    expect(page.listPrice).toEqual({ amount: 29, currency: "AED" });
  });

  it("reads 4.5 stars from 14,652 ratings and the ranks #1 in Kitchen, #1 in Digital Kitchen Scales", () => {
    expect(page.rating).toBe(4.5);
    expect(page.ratingCount).toBe(14652);
    expect(page.bsr).toEqual([
      { rank: 1, category: "Kitchen" },
      { rank: 1, category: "Digital Kitchen Scales" },
    ]);
    expect(page.dateFirstAvailable).toBe("2020-10-19");
    expect(page.boughtPastMonth).toBe(1000);
  });

  it("reads the 13 review blocks, first R1GPRYSYJQQL4M by Sashizzle with a day-month-year date", () => {
    expect(page.reviews).toHaveLength(13);
    expect(page.reviews[0]).toMatchObject({
      id: "R1GPRYSYJQQL4M",
      author: "Sashizzle",
      stars: 5,
      title: "As advertised",
      date: "2025-01-23",
    });
  });
});

describe("the 2019 amazon.de WINOMO page (German numbers, legacy #SalesRank)", () => {
  const page = productPage(
    "product/amazon_de_B01DQDZVCO_winomo-kleiderhaken_2019.html",
    "https://www.amazon.de/WINOMO-Kleiderhaken-Klappbar-Wand-Kleiderst%C3%A4nder/dp/B01DQDZVCO",
  );

  it("reads the ASIN, the title and EUR 14,99 with its decimal comma", () => {
    expect(page.asin).toBe("B01DQDZVCO");
    expect(page.title).toBe("WINOMO Kleiderhaken Klappbar Wand-Kleiderständer");
    expect(page.price).toEqual({ amount: 14.99, currency: "EUR" });
  });

  it("reads 4.7 von 5 Sternen from 110 Kundenrezensionen", () => {
    expect(page.rating).toBe(4.7);
    expect(page.ratingCount).toBe(110);
  });

  it("reads 'Nr. 3.098' with the German thousands separator, and the sub-rank's category path", () => {
    expect(page.bsr).toEqual([
      { rank: 3098, category: "Küche, Haushalt & Wohnen" },
      { rank: 2, category: "Küche, Haushalt & Wohnen > Aufbewahrung & Ordnungssysteme > Wandhaken > Huthaken" },
    ]);
    expect(page.dateFirstAvailable).toBe("2016-04-02");
  });

  it("reads the 8 reviews, first R2FHC51FRYWTYL by Fabioni, '5,0 von 5 Sternen', 'Sitzt', 14. April 2017", () => {
    expect(page.reviews).toHaveLength(8);
    expect(page.reviews[0]).toMatchObject({
      id: "R2FHC51FRYWTYL",
      author: "Fabioni",
      stars: 5,
      title: "Sitzt",
      date: "2017-04-14",
    });
  });
});

describe("composed product pages", () => {
  it("read the 2026 expander tables, a compact '(84.7K)' count with its exact aria-label, and a price drawn only in parts", () => {
    const page = productPage(
      "composed/amazon_com_product_2026-expander-tables.html",
      "https://www.amazon.com/INIU-Portable-Charger/dp/B0CB1FW5FC",
    );
    expect(page.bsr).toEqual([
      { rank: 1204, category: "Cell Phones & Accessories" },
      { rank: 12, category: "Cell Phone Portable Power Banks" },
    ]);
    expect(page.dateFirstAvailable).toBe("2023-07-20");
    expect(page.ratingCount).toBe(84753);
    expect(page.price).toEqual({ amount: 21.59, currency: "USD" });
    expect(page.listPrice).toEqual({ amount: 23.99, currency: "USD" });
    expect(page.brand).toBe("INIU");
    expect(page.boughtPastMonth).toBe(10000);
    expect(page.availability).toBe("In Stock");
  });

  it("read a deal: the price paid now, the struck-through list price, and a plain '(226)' count", () => {
    const page = productPage("composed/amazon_com_product_deal-price.html", "https://www.amazon.com/dp/B0DR8G428S");
    expect(page.price).toEqual({ amount: 35.99, currency: "USD" });
    expect(page.listPrice).toEqual({ amount: 44.99, currency: "USD" });
    expect(page.ratingCount).toBe(226);
    expect(page.brand).toBe("charmast");
    expect(page.inStock).toBe(true);
    expect(page.bsr[0]).toEqual({ rank: 2418, category: "Cell Phones & Accessories" });
  });

  it("prefer the old deal price block over 'our price'", () => {
    const page = parseProductPage(
      pageFrom(
        '<span id="priceblock_ourprice">$24.99</span><span id="priceblock_dealprice" class="a-color-price">$19.99</span>',
      ),
      "https://www.amazon.com/dp/B000000001",
    );
    expect(page.price).toEqual({ amount: 19.99, currency: "USD" });
  });

  it("give no price for an item that is out of stock, and say it cannot be bought", () => {
    const page = productPage("composed/amazon_com_product_out-of-stock.html", "https://www.amazon.com/dp/B07XYZ1234");
    expect(page.price).toBeNull();
    expect(page.availability).toBe("Currently unavailable.");
    expect(page.inStock).toBe(false);
    expect(page.bsr).toEqual([
      { rank: 45102, category: "Toys & Games" },
      { rank: 312, category: "Stacking Blocks" },
    ]);
  });

  it("read a book: the first author as the brand, the book price, four ranks and the publication date", () => {
    const page = productPage("composed/amazon_com_product_book.html", "https://www.amazon.com/dp/1649374046");
    expect(page.title).toBe("Fourth Wing (The Empyrean, 1)");
    expect(page.asin).toBe("1649374046");
    expect(page.brand).toBe("Rebecca Yarros");
    expect(page.price).toEqual({ amount: 17.99, currency: "USD" });
    expect(page.bsr).toEqual([
      { rank: 13, category: "Books" },
      { rank: 1, category: "Fantasy Romance" },
      { rank: 2, category: "Romantic Fantasy" },
      { rank: 3, category: "Dragon Fantasy" },
    ]);
    expect(page.dateFirstAvailable).toBe("2023-11-07");
  });

  it("give null rating and count, no ranks and no reviews for an item nobody has reviewed", () => {
    const page = productPage("composed/amazon_co_uk_product_no-reviews.html", "https://www.amazon.co.uk/dp/B0DNEW0001");
    expect(page.rating).toBeNull();
    expect(page.ratingCount).toBeNull();
    expect(page.bsr).toEqual([]);
    expect(page.reviews).toEqual([]);
    expect(page.price).toEqual({ amount: 12.99, currency: "GBP" });
    expect(page.dateFirstAvailable).toBe("2025-02-03");
  });

  it("read amazon.fr's narrow-space thousands, decimal commas and 'n° 1 234 en …' ranks", () => {
    const page = productPage("composed/amazon_fr_product_number-formats.html", "https://www.amazon.fr/dp/B08FRTEST1");
    expect(page.price).toEqual({ amount: 1299.99, currency: "EUR" });
    expect(page.rating).toBe(4.5);
    expect(page.ratingCount).toBe(1234);
    expect(page.brand).toBe("Bosch");
    expect(page.bsr).toEqual([
      { rank: 1234, category: "Cuisine et Maison" },
      { rank: 5, category: "Machines à expresso" },
    ]);
    expect(page.dateFirstAvailable).toBe("2021-03-01");
    expect(page.boughtPastMonth).toBe(1000);
    expect(page.reviews[0]).toMatchObject({ stars: 2, title: "Fuit au bout de deux mois", date: "2024-01-12" });
    expect(page.reviews[0].body).toBe("Le bac à eau fuit.\nLe service client ne répond pas.");
  });

  it("read amazon.co.jp's yen without minor units, '5つ星のうち4.3' and '8,123位' ranks", () => {
    const page = productPage(
      "composed/amazon_co_jp_product_number-formats.html",
      "https://www.amazon.co.jp/dp/B0JPTEST01",
    );
    expect(page.price).toEqual({ amount: 1980, currency: "JPY" });
    expect(page.rating).toBe(4.3);
    expect(page.ratingCount).toBe(1234);
    expect(page.bsr).toEqual([
      { rank: 8123, category: "ホーム＆キッチン" },
      { rank: 12, category: "水筒・マグボトル" },
    ]);
    expect(page.dateFirstAvailable).toBe("2020-03-05");
    expect(page.boughtPastMonth).toBe(1000);
    expect(page.reviews[0]).toMatchObject({ stars: 5, title: "保温力がすごい", date: "2023-05-01" });
  });

  it("keep a first-available date it cannot read as the text shown", () => {
    const page = parseProductPage(
      pageFrom(
        '<div id="detailBullets_feature_div"><ul><li><span class="a-text-bold">Date First Available :</span><span>Q3 2019</span></li></ul></div>',
      ),
      "https://www.amazon.com/dp/B000000001",
    );
    expect(page.dateFirstAvailable).toBe("Q3 2019");
  });
});
