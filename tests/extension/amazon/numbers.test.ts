import { describe, expect, it } from "vitest";
import { parseLocalizedDate } from "../../../extension/core/amazon/dates";
import { marketplaceFromUrl } from "../../../extension/core/amazon/marketplace";
import {
  parseBoughtPastMonth,
  parseCount,
  parseLocaleNumber,
  parsePrice,
  parseRating,
} from "../../../extension/core/amazon/numbers";

const NBSP = "\u00a0";
const NARROW_NBSP = "\u202f";
const storefront = (host: string) => marketplaceFromUrl(`https://www.${host}/`);

describe("prices", () => {
  it.each([
    // Texts as they appear in the captured pages (tests/fixtures/amazon/SOURCES.md).
    ["EUR 14,99", "amazon.de", 14.99, "EUR"],
    ["AED26.00", "amazon.ae", 26, "AED"],
    ["237,097.00", "amazon.in", 237097, "INR"],
    ["$99.95", "amazon.com", 99.95, "USD"],
    ["$ 99 . 95", "amazon.com", 99.95, "USD"],
    ["AED 26 . 00", "amazon.ae", 26, "AED"],
    ["Price: $25.88 ($0.43 / Count) & FREE Shipping", "amazon.com", 25.88, "USD"],
    // Other storefronts' conventions.
    ["14,99 €", "amazon.de", 14.99, "EUR"],
    ["1.234,56 €", "amazon.de", 1234.56, "EUR"],
    [`1${NBSP}234,56${NBSP}€`, "amazon.fr", 1234.56, "EUR"],
    [`1${NARROW_NBSP}234,56${NARROW_NBSP}€`, "amazon.fr", 1234.56, "EUR"],
    ["₹237,097.00", "amazon.in", 237097, "INR"],
    ["¥1,980", "amazon.co.jp", 1980, "JPY"],
    ["￥1,980", "amazon.co.jp", 1980, "JPY"],
    ["£12.99", "amazon.co.uk", 12.99, "GBP"],
    ["CDN$ 24.99", "amazon.ca", 24.99, "CAD"],
    ["$24.99", "amazon.ca", 24.99, "CAD"],
    ["1.299,00 €", "amazon.it", 1299, "EUR"],
    ["1.299 €", "amazon.es", 1299, "EUR"],
  ])("reads %j on %s as %d %s", (text, host, amount, currency) => {
    expect(parsePrice(text, storefront(host))).toEqual({ amount, currency });
  });

  it("names the currency from the text when no storefront is known", () => {
    expect(parsePrice("EUR 14,99")).toEqual({ amount: 14.99, currency: "EUR" });
    expect(parsePrice("AED26.00")).toEqual({ amount: 26, currency: "AED" });
  });

  it("gives null for text without a number or without any currency to go by", () => {
    expect(parsePrice("Nur noch 2 Stück auf Lager", storefront("amazon.de"))).toBeNull();
    expect(parsePrice("", storefront("amazon.de"))).toBeNull();
    expect(parsePrice("237,097.00")).toBeNull();
  });
});

describe("locale numbers", () => {
  it("never reads a German 1.234,56 as 1.23", () => {
    expect(parseLocaleNumber("1.234,56", ",")).toBe(1234.56);
    expect(parseLocaleNumber("1.234,56", ".")).toBe(1234.56);
  });

  it("reads a lone separator before three digits by the page's convention", () => {
    expect(parseLocaleNumber("1.234", ",")).toBe(1234);
    expect(parseLocaleNumber("1,234", ".")).toBe(1234);
    expect(parseLocaleNumber("1,234", ",")).toBe(1.234);
  });

  it("reads a space or apostrophe before three digits as a thousands separator", () => {
    expect(parseLocaleNumber(`1${NARROW_NBSP}234${NARROW_NBSP}567,5`, ",")).toBe(1234567.5);
    expect(parseLocaleNumber("1'234.50", ".")).toBe(1234.5);
  });
});

describe("counts", () => {
  it.each([
    ["129,762 ratings", 129762],
    ["129,762 global ratings", 129762],
    ["923 ratings", 923],
    ["6 customer reviews", 6],
    ["110 Kundenrezensionen", 110],
    ["14,652 ratings", 14652],
    ["2.345 valutazioni clienti", 2345],
    ["(226)", 226],
    ["(381)", 381],
    ["(84.7K)", 84700],
    ["(1K)", 1000],
    ["(1,2 Tsd.)", 1200],
    ["1,2 Tsd.", 1200],
    ["2 Mio.", 2000000],
    ["1,2 mil valoraciones", 1200],
    ["1,2 mila", 1200],
    ["1.2万", 12000],
    [`1${NARROW_NBSP}234 évaluations`, 1234],
    ["84,753 ratings", 84753],
    ["360 people found this helpful", 360],
  ])("reads %j as %d", (text, count) => {
    expect(parseCount(text)).toBe(count);
  });

  it("gives null when there is no number", () => {
    expect(parseCount("Be the first to review this item")).toBeNull();
  });
});

describe("ratings", () => {
  it.each([
    ["4.6 out of 5 stars", 4.6],
    ["4.3 out of 5", 4.3],
    ["4,5 von 5 Sternen", 4.5],
    ["4.7 von 5 Sternen", 4.7],
    ["5,0 von 5 Sternen", 5],
    ["4,3 su 5 stelle", 4.3],
    ["4,7 su 5", 4.7],
    ["4,5 sur 5 étoiles", 4.5],
    ["4,4 de 5 estrellas", 4.4],
    ["5つ星のうち4.3", 4.3],
    ["4.4 out of 5 stars, rating details", 4.4],
  ])("reads %j as %d", (text, rating) => {
    expect(parseRating(text)).toBe(rating);
  });

  it("ignores captions that are not ratings", () => {
    expect(parseRating("Prime")).toBeNull();
    expect(parseRating("7 out of 10")).toBeNull();
  });
});

describe("the bought-in-past-month badge", () => {
  it.each([
    ["2K+ bought in past month", 2000],
    ["10K+ bought in past month", 10000],
    ["200+ bought in past month", 200],
    ["1.000+ mal im letzten Monat gekauft", 1000],
    ["Mehr als 1000 Mal im letzten Monat gekauft", 1000],
    ["Plus de 1 k achetés au cours du mois dernier", 1000],
    ["Più di 500 acquistati nel mese scorso", 500],
    ["Más de 1000 comprados el mes pasado", 1000],
    ["過去1か月で1000点以上購入されました", 1000],
  ])("reads %j as at least %d", (text, units) => {
    expect(parseBoughtPastMonth(text)).toBe(units);
  });

  it("is null for other lines", () => {
    expect(parseBoughtPastMonth("New on Amazon in past month")).toBeNull();
    expect(parseBoughtPastMonth("FREE delivery Aug 19 - 21")).toBeNull();
  });
});

describe("dates", () => {
  it.each([
    ["Reviewed in the United States on July 6, 2015", "2015-07-06"],
    ["Reviewed in the United Arab Emirates on 23 January 2025", "2025-01-23"],
    ["December 2, 2013", "2013-12-02"],
    ["14. April 2017", "2017-04-14"],
    ["2. April 2016", "2016-04-02"],
    ["14 novembre 2018", "2018-11-14"],
    ["Commenté en France le 1er mars 2020", "2020-03-01"],
    ["Revisado en España el 5 de marzo de 2020", "2020-03-05"],
    ["Rezension aus Deutschland vom 3. Dezember 2023", "2023-12-03"],
    ["3 Feb. 2025", "2025-02-03"],
    ["2023年5月1日に日本でレビュー済み", "2023-05-01"],
    ["2020/3/5", "2020-03-05"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseLocalizedDate(text)).toBe(iso);
  });

  it("gives null for text without a real date", () => {
    expect(parseLocalizedDate("February 30, 2020")).toBeNull();
    expect(parseLocalizedDate("In Stock")).toBeNull();
  });
});
