import { describe, expect, it } from "vitest";
import {
  asinFromUrl,
  marketplaceFromUrl,
  pageKind,
  searchKeywordFromUrl,
  SUPPORTED_MARKETPLACES,
} from "../../../extension/core/amazon/marketplace";
import { marketplaceSchema } from "../../../extension/core/amazon/types";

describe("the marketplace of a page", () => {
  it("is read from the host, with the storefront's locale, currency and language", () => {
    expect(marketplaceFromUrl("https://www.amazon.de/dp/B01DQDZVCO")).toEqual({
      marketplace: "amazon.de",
      locale: "de-DE",
      currency: "EUR",
      language: "de",
      marketplaceId: "A1PA6795UKMFR9",
    });
  });

  it.each([
    ["https://www.amazon.com/dp/B00FLYWNYQ", "amazon.com", "en-US", "USD", "en"],
    ["https://www.amazon.co.uk/dp/B00FLYWNYQ", "amazon.co.uk", "en-GB", "GBP", "en"],
    ["https://www.amazon.fr/dp/B00FLYWNYQ", "amazon.fr", "fr-FR", "EUR", "fr"],
    ["https://www.amazon.it/dp/B00FLYWNYQ", "amazon.it", "it-IT", "EUR", "it"],
    ["https://www.amazon.es/dp/B00FLYWNYQ", "amazon.es", "es-ES", "EUR", "es"],
    ["https://www.amazon.ca/dp/B00FLYWNYQ", "amazon.ca", "en-CA", "CAD", "en"],
    ["https://www.amazon.ae/dp/B08CZDYNF7", "amazon.ae", "en-AE", "AED", "en"],
    ["http://www.amazon.in/dp/B01NCE2FHK", "amazon.in", "en-IN", "INR", "en"],
    ["https://www.amazon.co.jp/dp/B00FLYWNYQ", "amazon.co.jp", "ja-JP", "JPY", "ja"],
  ])("knows %s is %s (%s, %s, %s)", (url, marketplace, locale, currency, language) => {
    expect(marketplaceFromUrl(url)).toMatchObject({ marketplace, locale, currency, language });
  });

  it("covers the ten storefronts of issue #4, each with a valid record", () => {
    expect(SUPPORTED_MARKETPLACES).toHaveLength(10);
    for (const host of SUPPORTED_MARKETPLACES) {
      expect(marketplaceSchema.parse(marketplaceFromUrl(`https://www.${host}/`))).toBeTruthy();
    }
  });

  it("follows a /-/en/ language prefix for the language and locale, not the currency", () => {
    expect(marketplaceFromUrl("https://www.amazon.de/-/en/dp/B01DQDZVCO")).toMatchObject({
      marketplace: "amazon.de",
      language: "en",
      locale: "en-DE",
      currency: "EUR",
    });
  });

  it("accepts the bare host and other subdomains, but not look-alike hosts", () => {
    expect(marketplaceFromUrl("https://amazon.com/dp/B00FLYWNYQ")?.marketplace).toBe("amazon.com");
    expect(marketplaceFromUrl("https://smile.amazon.com/dp/B00FLYWNYQ")?.marketplace).toBe("amazon.com");
    expect(marketplaceFromUrl("https://www.amazon.com.evil.example/dp/B00FLYWNYQ")).toBeNull();
    expect(marketplaceFromUrl("https://www.amazon.nl/dp/B00FLYWNYQ")).toBeNull();
    expect(marketplaceFromUrl("not a url")).toBeNull();
  });
});

describe("the kind of page", () => {
  it.each([
    ["https://www.amazon.com/Instant-Pot-Multi-Use-Programmable-Pressure/dp/B00FLYWNYQ", "amazon-product"],
    ["https://www.amazon.com/dp/B00FLYWNYQ?th=1&psc=1", "amazon-product"],
    ["https://www.amazon.com/gp/product/B00FLYWNYQ/ref=ppx_yo_dt_b_asin_title", "amazon-product"],
    ["https://www.amazon.de/-/en/dp/B01DQDZVCO", "amazon-product"],
    ["https://www.amazon.com/s?k=portable+charger", "amazon-search"],
    ["https://www.amazon.de/s?k=plastikfrei+flasche&ref=nb_sb_noss", "amazon-search"],
    ["https://www.amazon.de/s/ref=nb_sb_noss?field-keywords=plastikfrei+flasche", "amazon-search"],
    [
      "https://www.amazon.de/plastikfrei-flasche/s?ie=UTF8&page=1&rh=i%3Aaps%2Ck%3Aplastikfrei%20flasche",
      "amazon-search",
    ],
    [
      "https://www.amazon.com/Probiotic-Prebiotic-Probiotics-Digestive-Prebiotics/product-reviews/B071L8D4DQ",
      "amazon-reviews",
    ],
    ["https://www.amazon.it/product-reviews/B07747FR44/?pageNumber=2", "amazon-reviews"],
  ])("reads %s as %s", (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });

  it.each([
    ["the home page", "https://www.amazon.com/"],
    ["a search without words", "https://www.amazon.com/s?i=stripbooks"],
    ["a best-seller list", "https://www.amazon.com/gp/bestsellers/kitchen"],
    ["a store page", "https://www.amazon.com/stores/INIU/page/1"],
    ["a product page on another site", "https://www.ebay.com/dp/B00FLYWNYQ"],
  ])("is null for %s", (_, url) => {
    expect(pageKind(url)).toBeNull();
  });

  it("gives the ASIN of product and review page URLs", () => {
    expect(asinFromUrl("https://www.amazon.com/Instant-Pot/dp/B00FLYWNYQ/ref=sr_1_1")).toBe("B00FLYWNYQ");
    expect(asinFromUrl("https://www.amazon.it/Paperwhite/product-reviews/B07747FR44")).toBe("B07747FR44");
    expect(asinFromUrl("https://www.amazon.com/s?k=portable+charger")).toBeNull();
  });

  it("gives the search words of search page URLs", () => {
    expect(searchKeywordFromUrl("https://www.amazon.com/s?k=portable+charger")).toBe("portable charger");
    expect(searchKeywordFromUrl("https://www.amazon.de/x/s?rh=i%3Aaps%2Ck%3Aplastikfrei%20flasche")).toBe(
      "plastikfrei flasche",
    );
  });
});
