import { describe, expect, it } from "vitest";
import { canonicalLocale, noticeLocale } from "../../../app/preorders/notice-language";

describe("the language of a buyer's notice", () => {
  it.each([
    { buyer: "de", shop: "en", language: "de", dateLocale: "de" },
    { buyer: "de-AT", shop: "en", language: "de", dateLocale: "de-AT" },
    { buyer: "fr-CA", shop: "en-GB", language: "fr", dateLocale: "fr-CA" },
    { buyer: "fr", shop: "en", language: "fr", dateLocale: "fr" },
    { buyer: "es-MX", shop: "en", language: "es", dateLocale: "es-MX" },
    { buyer: "en-US", shop: "en-GB", language: "en", dateLocale: "en-US" },
  ])("speaks the buyer's language when notices speak it: $buyer in a $shop shop", (example) => {
    expect(noticeLocale(example.buyer, example.shop)).toEqual({
      language: example.language,
      dateLocale: example.dateLocale,
    });
  });

  it("writes a bare language's dates as the shop does when the shop speaks it", () => {
    expect(noticeLocale("en", "en-GB")).toEqual({ language: "en", dateLocale: "en-GB" });
    expect(noticeLocale("de", "de-AT")).toEqual({ language: "de", dateLocale: "de-AT" });
    // Another language, or a buyer's own region, is the buyer's.
    expect(noticeLocale("de", "en-GB")).toEqual({ language: "de", dateLocale: "de" });
    expect(noticeLocale("de-CH", "de-AT")).toEqual({ language: "de", dateLocale: "de-CH" });
  });

  it.each([null, undefined, "", "  ", "not a locale!", "ja", "nl-BE", "und"])(
    "falls back to the shop's language and dates for a buyer locale of %j",
    (buyer) => {
      expect(noticeLocale(buyer, "de-DE")).toEqual({ language: "de", dateLocale: "de-DE" });
      expect(noticeLocale(buyer, "fr-CA")).toEqual({ language: "fr", dateLocale: "fr-CA" });
    },
  );

  it("falls back to the shop's language, else English, with the shop's dates", () => {
    expect(noticeLocale("ja", "it-IT")).toEqual({ language: "en", dateLocale: "it-IT" });
    expect(noticeLocale(null, "nl")).toEqual({ language: "en", dateLocale: "nl" });
    expect(noticeLocale("pt_BR", "es-ES")).toEqual({ language: "es", dateLocale: "es-ES" });
    // An unreadable shop locale is passed on as it is, for the dates to refuse with a clear error.
    expect(noticeLocale(null, "not a locale!")).toEqual({ language: "en", dateLocale: "not a locale!" });
  });

  it("reads the locales Shopify sends, and nothing else", () => {
    expect(canonicalLocale("de")).toBe("de");
    expect(canonicalLocale(" fr-ca ")).toBe("fr-CA");
    expect(canonicalLocale("pt_BR")).toBe("pt-BR");
    expect(canonicalLocale("zh-hant-tw")).toBe("zh-Hant-TW");
    for (const unreadable of [null, undefined, "", "  ", "x", "not a locale!", "und", 42, { locale: "de" }]) {
      expect(canonicalLocale(unreadable)).toBeNull();
    }
    expect(canonicalLocale(`de-${"a".repeat(200)}`)).toBeNull();
  });
});
