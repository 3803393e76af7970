import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AMAZON_FIXTURES } from "./pages";

describe("the captured Amazon pages", () => {
  // Sizes as listed in ../shared/fixtures/SOURCES.md: the copies are byte for byte.
  it.each([
    ["product/amazon_com_B00FLYWNYQ_instant-pot_2025.html", 2345517],
    ["product/amazon_com_B071L8D4DQ_lifted-naturals-probiotic_2020.html", 2782832],
    ["product/amazon_in_B01NCE2FHK_macbook-pro_2017.html", 676648],
    ["product/amazon_ae_B08CZDYNF7_ultrean-kitchen-scale_2025.html", 1103316],
    ["product/amazon_de_B01DQDZVCO_winomo-kleiderhaken_2019.html", 751292],
    ["search/amazon_com_s_portable-charger_2026.html", 1274302],
    ["search/amazon_de_s_plastikfrei-flasche_2019.html", 513496],
    ["reviews/amazon_com_product-reviews_B071L8D4DQ_p1_2020.html", 2063289],
    ["reviews/amazon_it_product-reviews_B07747FR44_p1_2019.html", 348739],
  ])("include %s unchanged (%d bytes)", (fixture, bytes) => {
    expect(statSync(`${AMAZON_FIXTURES}${fixture}`).size).toBe(bytes);
  });
});
