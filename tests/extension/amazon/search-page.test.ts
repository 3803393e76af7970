import { describe, expect, it } from "vitest";
import { parseSearchPage } from "../../../extension/core/amazon/search-page";
import { searchPageSchema, type SearchPage } from "../../../extension/core/amazon/types";
import { loadPage } from "./pages";

function searchPage(fixture: string, url: string): SearchPage {
  return searchPageSchema.parse(parseSearchPage(loadPage(fixture), url));
}

const byAsin = (page: SearchPage, asin: string) => page.results.find((result) => result.asin === asin);

// Expected values: tests/fixtures/amazon/SOURCES.md (copied from ../shared/fixtures/SOURCES.md §2).
describe("the 2026 amazon.com search page for 'portable charger'", () => {
  const page = searchPage(
    "search/amazon_com_s_portable-charger_2026.html",
    "https://www.amazon.com/s?k=portable+charger",
  );

  it("finds all 22 result cards, 6 of them sponsored", () => {
    expect(page.keyword).toBe("portable charger");
    expect(page.results).toHaveLength(22);
    expect(page.results.filter((result) => result.sponsored)).toHaveLength(6);
  });

  it("reads the first five results as listed: ASIN, sponsored, price, rating, rating count", () => {
    const firstFive = page.results
      .slice(0, 5)
      .map(({ asin, sponsored, price, rating, ratingCount }) => ({ asin, sponsored, price, rating, ratingCount }));
    expect(firstFive).toEqual([
      { asin: "B0FQVG4RWW", sponsored: true, price: { amount: 25.18, currency: "USD" }, rating: 4.5, ratingCount: 381 },
      { asin: "B0DR8G428S", sponsored: true, price: { amount: 35.99, currency: "USD" }, rating: 4.2, ratingCount: 226 },
      // Shown as "(84.7K)"; the link's aria-label carries the exact "84,753 ratings".
      {
        asin: "B0CB1FW5FC",
        sponsored: false,
        price: { amount: 21.59, currency: "USD" },
        rating: 4.4,
        ratingCount: 84753,
      },
      {
        asin: "B0GTM5NV64",
        sponsored: false,
        price: { amount: 18.99, currency: "USD" },
        rating: 4.6,
        ratingCount: 458,
      },
      { asin: "B0GYR6GXWN", sponsored: false, price: { amount: 39.95, currency: "USD" }, rating: 4.6, ratingCount: 7 },
    ]);
  });

  it("reads the titles, the charmast ad second and INIU as the first organic result", () => {
    expect(page.results[1].title).toMatch(/^charmast 20000mAh Portable Charger/);
    const firstOrganic = page.results.find((result) => !result.sponsored);
    expect(firstOrganic?.asin).toBe("B0CB1FW5FC");
    expect(firstOrganic?.title).toMatch(/^INIU 45W Fast Charging Portable Charger, Smaller 10000mAh Travel Power Bank/);
  });

  it("reads the Jackery at $499.00 and the Anker Prime at $279.99", () => {
    expect(byAsin(page, "B0D7PPG25F")).toMatchObject({
      title: expect.stringMatching(/^Jackery Explorer 1000 v2/),
      price: { amount: 499, currency: "USD" },
    });
    expect(byAsin(page, "B0F66PLGWG")).toMatchObject({
      title: expect.stringMatching(/^Anker Prime/),
      price: { amount: 279.99, currency: "USD" },
    });
  });

  it("reads exact counts behind the abbreviated '1K' and '1.5K'", () => {
    expect(byAsin(page, "B0FCKLSC8Y")?.ratingCount).toBe(1002);
    expect(byAsin(page, "B0F66PLGWG")?.ratingCount).toBe(1547);
  });

  it("reads Amazon's bought-in-past-month badges as lower bounds, and null where there is none", () => {
    expect(page.results.slice(0, 5).map((result) => result.boughtPastMonth)).toEqual([1000, 200, 10000, 9000, null]);
  });
});

describe("the 2019 amazon.de search page for 'plastikfrei flasche' (li.s-result-item markup)", () => {
  const page = searchPage(
    "search/amazon_de_s_plastikfrei-flasche_2019.html",
    "https://www.amazon.de/s?k=plastikfrei+flasche",
  );

  it("finds the 22 result items (skipping the empty placeholder <li>), 6 of them '[Gesponsert]'", () => {
    expect(page.results).toHaveLength(22);
    expect(page.results.filter((result) => result.sponsored)).toHaveLength(6);
  });

  it("reads result_0 to result_3 as listed", () => {
    const firstFour = page.results
      .slice(0, 4)
      .map(({ asin, sponsored, price, rating, ratingCount }) => ({ asin, sponsored, price, rating, ratingCount }));
    expect(firstFour).toEqual([
      { asin: "B077ZB6LWK", sponsored: true, price: null, rating: 4.8, ratingCount: 7 },
      { asin: "B072V37G4K", sponsored: true, price: { amount: 13.97, currency: "EUR" }, rating: 4.3, ratingCount: 448 },
      { asin: "B077ZB6LWK", sponsored: false, price: { amount: 24.9, currency: "EUR" }, rating: 4.8, ratingCount: 7 },
      { asin: "B07JMDGDYL", sponsored: false, price: { amount: 34, currency: "EUR" }, rating: 5, ratingCount: 5 },
    ]);
  });

  it("leaves the off-screen '[Gesponsert]' out of titles and reads the 'von …' brand line", () => {
    expect(page.results[1].title).toMatch(/^Sports Trinkflasche 1L/);
    expect(page.results[1].brand).toBe("ZORRI");
  });

  it("reads German thousands in counts ('2.105') and the sale price, not the struck one", () => {
    expect(byAsin(page, "B01F2HWLAC")?.ratingCount).toBe(2105);
    expect(byAsin(page, "B06XKW3FLY")?.price).toEqual({ amount: 7.99, currency: "EUR" });
  });
});

describe("composed search pages", () => {
  it("read both markups on one page and skip the placeholders", () => {
    const page = searchPage("composed/amazon_ae_search_both-markups.html", "https://www.amazon.ae/s?k=kitchen+scale");
    expect(page.results.map((result) => result.asin)).toEqual([
      "B08CZDYNF7",
      "B0AESPONS1",
      "B0AESPONS2",
      "B0AEOLD001",
      "B0AEOLD002",
    ]);
    expect(page.results.map((result) => result.sponsored)).toEqual([false, true, true, false, true]);
  });

  it("read AED prices, also when only the visible parts carry them ('AED 1,234 . 50')", () => {
    const page = searchPage("composed/amazon_ae_search_both-markups.html", "https://www.amazon.ae/s?k=kitchen+scale");
    expect(page.results.map((result) => result.price?.amount)).toEqual([26, 1234.5, 89, 45.5, 1099]);
    expect(new Set(page.results.map((result) => result.price?.currency))).toEqual(new Set(["AED"]));
  });

  it("read compact counts when there is no exact aria-label, and the brand line of grid cards", () => {
    const page = searchPage("composed/amazon_ae_search_both-markups.html", "https://www.amazon.ae/s?k=kitchen+scale");
    expect(page.results.map((result) => result.ratingCount)).toEqual([14652, 2000, 1234, 312, 1024]);
    expect(page.results[1].brand).toBe("Salter");
    expect(page.results[3].brand).toBe("Camry");
    expect(page.results.map((result) => result.boughtPastMonth)).toEqual([1000, 50, null, null, null]);
  });

  it("read German compact counts ('1,2 Tsd.'), prices and both badge wordings", () => {
    const page = searchPage("composed/amazon_de_search_compact-counts.html", "https://www.amazon.de/s?k=trinkflasche");
    expect(page.results).toEqual([
      {
        asin: "B0DETEST01",
        title: "Trinkflasche Edelstahl 1L",
        brand: null,
        price: { amount: 14.99, currency: "EUR" },
        rating: 4.5,
        ratingCount: 1200,
        sponsored: false,
        boughtPastMonth: 1000,
      },
      {
        asin: "B0DETEST02",
        title: "Thermoskanne 1,5 L",
        brand: null,
        price: { amount: 1299, currency: "EUR" },
        rating: 4.7,
        ratingCount: 1234,
        sponsored: true,
        boughtPastMonth: 1000,
      },
      {
        asin: "B0DETEST03",
        title: "Glasflasche 0,5 L",
        brand: null,
        price: { amount: 9.9, currency: "EUR" },
        rating: null,
        ratingCount: null,
        sponsored: false,
        boughtPastMonth: null,
      },
    ]);
  });
});
