import { describe, expect, it } from "vitest";
import { marketplaceFromUrl } from "../../../extension/core/amazon/marketplace";
import {
  dimensionsDetails,
  packageDimensionsFromDetails,
  parseDimensionsLine,
  parsePackageDimensions,
  parseWeight,
} from "../../../extension/core/amazon/package-dimensions";
import { parseProductPage } from "../../../extension/core/amazon/product-page";
import { productPageSchema } from "../../../extension/core/amazon/types";
import { analyseProduct } from "../../../extension/core/page-analysis";
import { defaultResearchSettings } from "../../../extension/core/research-settings";
import { estimateFbaFee } from "../../../extension/core/score/fba-fees";
import { selectionScore } from "../../../extension/core/score/selection-score";
import { loadPage, pageFrom } from "./pages";

// Conversions: 1 in = 2.54 cm, 1 lb = 0.45359237 kg, 1 oz = 0.028349523125 kg. Sides are rounded to 2 decimals of a
// centimetre, weights to 3 decimals of a kilogram (whole grams).

const NO_DETAILS = { packageDimensions: null, productDimensions: null, packageWeight: null, itemWeight: null };

describe("parseDimensionsLine", () => {
  it.each([
    // 10.3 · 2.54 = 26.162, 8.5 · 2.54 = 21.59, 7.4 · 2.54 = 18.796; 1.5 · 0.45359237 = 0.680388…
    ["10.3 x 8.5 x 7.4 inches; 1.5 Pounds", ".", [26.16, 21.59, 18.8], 0.68],
    // 13.39 · 2.54 = 34.0106, 12.2 · 2.54 = 30.988, 12.52 · 2.54 = 31.8008; no weight on the line
    ["13.39 x 12.2 x 12.52 inches", ".", [34.01, 30.99, 31.8], null],
    ["30 x 20 x 10 cm; 1,2 kg", ",", [30, 20, 10], 1.2],
    ["34,5 x 21 x 8,9 cm; 780 g", ",", [34.5, 21, 8.9], 0.78],
    // 1.59 · 0.028349523125 = 0.045076 kg
    ["2.5 x 2.5 x 4.4 inches; 1.59 Ounces", ".", [6.35, 6.35, 11.18], 0.045],
    // amazon.com's depth/width/height marks after an inch sign
    ['12.2"D x 13.38"W x 12.48"H', ".", [30.99, 33.99, 31.7], null],
    ["37,5 x 31,7 x 28 cm ; 236 g", ",", [37.5, 31.7, 28], 0.236],
    ["30 cm x 20 cm x 10 cm", ".", [30, 20, 10], null],
    ["300 x 200 x 100 mm; 2 kilograms", ".", [30, 20, 10], 2],
    ["22,4 x 16,4 x 3,4 cm; 200 Gramm", ",", [22.4, 16.4, 3.4], 0.2],
    ["27.2 x 17.4 x 9.4 cm; 350 g", ".", [27.2, 17.4, 9.4], 0.35],
    ["10 × 5 × 2 centimètres; 0,5 kilogrammes", ",", [10, 5, 2], 0.5],
    // Without a unit the sides could be anything
    ["30 x 20 x 10", ".", null, null],
    ["30 x 20 cm; 1 kg", ".", null, 1],
  ] as const)("%s → %j cm, %s kg", (text, separator, sides, weight) => {
    expect(parseDimensionsLine(text, separator)).toEqual({ sidesCm: sides, weightKg: weight });
  });
});

describe("parseWeight", () => {
  it.each([
    ["1.5 Pounds", ".", 0.68],
    ["11.8 pounds", ".", 5.352], // 11.8 · 0.45359237 = 5.35239
    ["3.4 Kg", ".", 3.4],
    ["1,2 kg", ",", 1.2],
    ["780 g", ",", 0.78],
    ["236 Gramm", ",", 0.236],
    ["1.200 g", ",", 1.2], // a German thousands dot
    ["8 Ounces", ".", 0.227], // 8 · 0.028349523125 = 0.226796
    ["12 oz", ".", 0.34], // 0.340194
    ["2 lbs", ".", 0.907], // 0.907185
    ["350 グラム", ".", 0.35],
    ["1,5 chilogrammi", ",", 1.5],
    ["1.6 pounds (View shipping rates and policies)", ".", 0.726], // 0.725748
    ["Stainless steel", ".", null],
    ["15 Inches", ".", null],
  ] as const)("%s → %s kg", (text, separator, kg) => {
    expect(parseWeight(text, separator)).toBe(kg);
  });
});

describe("packageDimensionsFromDetails", () => {
  it("prefers the package dimensions over the product dimensions, with the weight from the same line", () => {
    expect(
      packageDimensionsFromDetails({
        ...NO_DETAILS,
        packageDimensions: "10.3 x 8.5 x 7.4 inches; 1.5 Pounds",
        productDimensions: "9 x 8 x 7 inches; 1.2 Pounds",
        itemWeight: "1.2 Pounds",
      }),
    ).toEqual({ lengthCm: 26.16, widthCm: 21.59, heightCm: 18.8, weightKg: 0.68 });
  });

  it("takes the weight from the Item Weight line when the dimensions line has none", () => {
    expect(
      packageDimensionsFromDetails({
        ...NO_DETAILS,
        productDimensions: "13.39 x 12.2 x 12.52 inches",
        itemWeight: "11.8 Pounds",
      }),
    ).toEqual({ lengthCm: 34.01, widthCm: 30.99, heightCm: 31.8, weightKg: 5.352 });
  });

  it("prefers a package weight line over the item weight", () => {
    expect(
      packageDimensionsFromDetails(
        { ...NO_DETAILS, packageDimensions: "30 x 20 x 10 cm", packageWeight: "1,3 kg", itemWeight: "1,2 kg" },
        ",",
      ),
    ).toEqual({ lengthCm: 30, widthCm: 20, heightCm: 10, weightKg: 1.3 });
  });

  it("uses the product line's weight when the package line has sides but no weight", () => {
    expect(
      packageDimensionsFromDetails({
        ...NO_DETAILS,
        packageDimensions: "12 x 10 x 3 inches",
        productDimensions: "11 x 9 x 2 inches; 8 Ounces",
      }),
    ).toEqual({ lengthCm: 30.48, widthCm: 25.4, heightCm: 7.62, weightKg: 0.227 });
  });

  it("gives null for sides without any weight: a guessed weight would pass for a measured FBA tier", () => {
    expect(
      packageDimensionsFromDetails({ ...NO_DETAILS, productDimensions: "13.39 x 12.2 x 12.52 inches" }),
    ).toBeNull();
  });

  it("gives null for a weight without sides, and when the page shows neither", () => {
    expect(packageDimensionsFromDetails({ ...NO_DETAILS, itemWeight: "1.5 Pounds" })).toBeNull();
    expect(packageDimensionsFromDetails(NO_DETAILS)).toBeNull();
  });
});

describe("parsePackageDimensions in every product-details layout", () => {
  const bullet = (label: string, value: string) =>
    `<li><span class="a-list-item"><span class="a-text-bold">${label}\n\u200f:\n\u200e</span> <span>${value}</span></span></li>`;
  const row = (label: string, value: string) =>
    `<tr><th class="a-color-secondary a-size-base prodDetSectionEntry"> ${label} </th><td class="a-size-base prodDetAttrValue"> ${value} </td></tr>`;

  it("reads detail bullets (2020 and later)", () => {
    const page = pageFrom(
      `<div id="detailBullets_feature_div"><ul class="a-unordered-list a-nostyle a-vertical a-spacing-none detail-bullet-list">${bullet("Package Dimensions", "10.3 x 8.5 x 7.4 inches; 1.5 Pounds")}${bullet("Item model number", "X-1")}</ul></div>`,
    );
    expect(parsePackageDimensions(page, "en")).toEqual({
      lengthCm: 26.16,
      widthCm: 21.59,
      heightCm: 18.8,
      weightKg: 0.68,
    });
  });

  it("reads the th/td product-details table", () => {
    const page = pageFrom(
      `<table id="productDetails_detailBullets_sections1" class="a-keyvalue prodDetTable"><tbody>${row("Product Dimensions", "13.39 x 12.2 x 12.52 inches")}${row("Item Weight", "11.8 Pounds")}</tbody></table>`,
    );
    expect(parsePackageDimensions(page, "en")).toEqual({
      lengthCm: 34.01,
      widthCm: 30.99,
      heightCm: 31.8,
      weightKg: 5.352,
    });
  });

  it("reads the 2026 expander tables, 'Item Dimensions LxWxH' in one, the weight in another", () => {
    const page = pageFrom(
      `<div id="productDetails_expanderTables_depthLeftSections"><table class="a-keyvalue prodDetTable">${row("Item Dimensions LxWxH", "5.9 x 2.8 x 0.6 inches")}</table></div>` +
        `<div id="productDetails_expanderTables_depthRightSections"><table class="a-keyvalue prodDetTable">${row("Item Weight", "8 Ounces")}</table></div>`,
    );
    // 5.9 · 2.54 = 14.986, 2.8 · 2.54 = 7.112, 0.6 · 2.54 = 1.524
    expect(parsePackageDimensions(page, "en")).toEqual({
      lengthCm: 14.99,
      widthCm: 7.11,
      heightCm: 1.52,
      weightKg: 0.227,
    });
  });

  it("reads the 2017–2019 #prodDetails td.label/td.value table", () => {
    const page = pageFrom(
      `<div id="prodDetails"><table><tr><td class="label">Produktabmessungen</td><td class="value">30 x 20 x 10 cm</td></tr><tr><td class="label">Artikelgewicht</td><td class="value">1,2 kg</td></tr></table></div>`,
    );
    expect(parsePackageDimensions(page, "de")).toEqual({ lengthCm: 30, widthCm: 20, heightCm: 10, weightKg: 1.2 });
  });

  it.each([
    ["de", "Verpackungsabmessungen", "34,5 x 21 x 8,9 cm; 780 g", "Artikelgewicht", "700 g", [34.5, 21, 8.9, 0.78]],
    ["de", "Produktabmessungen", "30 x 20 x 10 cm", "Artikelgewicht", "1,2 kg", [30, 20, 10, 1.2]],
    ["fr", "Dimensions du colis", "30 x 20 x 10 cm; 1,2 kg", "Poids de l'article", "1 kg", [30, 20, 10, 1.2]],
    ["fr", "Dimensions du produit (L x l x h)", "30 x 20 x 10 cm", "Poids de l’article", "450 g", [30, 20, 10, 0.45]],
    ["it", "Dimensioni del collo", "34,5 x 21 x 8,9 cm; 780 g", "Peso articolo", "700 g", [34.5, 21, 8.9, 0.78]],
    ["it", "Dimensioni prodotto", "30 x 20 x 10 cm", "Peso articolo", "1,2 kg", [30, 20, 10, 1.2]],
    ["es", "Dimensiones del paquete", "30 x 20 x 10 cm; 1,2 kg", "Peso del producto", "1 kg", [30, 20, 10, 1.2]],
    ["es", "Dimensiones del producto", "30 x 20 x 10 cm", "Peso del producto", "780 g", [30, 20, 10, 0.78]],
    ["ja", "梱包サイズ", "27.2 x 17.4 x 9.4 cm; 350 g", "商品の重量", "300 g", [27.2, 17.4, 9.4, 0.35]],
    ["ja", "商品の寸法", "20 x 10 x 5 cm", "商品の重量", "1.5 kg", [20, 10, 5, 1.5]],
  ] as const)("reads %s labels: %s / %s", (language, dimensionsLabel, dimensions, weightLabel, weight, expected) => {
    const page = pageFrom(
      `<div id="detailBullets_feature_div"><ul>${bullet(dimensionsLabel, dimensions)}${bullet(weightLabel, weight)}</ul></div>`,
    );
    const [lengthCm, widthCm, heightCm, weightKg] = expected;
    expect(parsePackageDimensions(page, language)).toEqual({ lengthCm, widthCm, heightCm, weightKg });
  });

  it("gives null on the composed pages, which show no dimensions", () => {
    for (const fixture of [
      "composed/amazon_com_product_2026-expander-tables.html",
      "composed/amazon_com_product_deal-price.html",
      "composed/amazon_fr_product_number-formats.html",
      "composed/amazon_co_jp_product_number-formats.html",
    ]) {
      expect(parsePackageDimensions(loadPage(fixture), "en"), fixture).toBeNull();
    }
  });
});

// Each fixture's lines, as `grep`/the DOM show them, and the values converted to cm and kg.
const REAL_PAGES = [
  {
    fixture: "product/amazon_ae_B08CZDYNF7_ultrean-kitchen-scale_2025.html",
    url: "https://www.amazon.ae/Ultrean-Precision-Measures-Stainless-Batteries/dp/B08CZDYNF7",
    // detail bullets: "Product Dimensions : 18.03 x 13.97 x 1.52 cm; 230 g"
    lines: { productDimensions: "18.03 x 13.97 x 1.52 cm; 230 g", itemWeight: null },
    expected: { lengthCm: 18.03, widthCm: 13.97, heightCm: 1.52, weightKg: 0.23 },
  },
  {
    fixture: "product/amazon_com_B00FLYWNYQ_instant-pot_2025.html",
    url: "https://www.amazon.com/Instant-Pot-Multi-Use-Programmable-Pressure/dp/B00FLYWNYQ",
    // th/td table: 'Product Dimensions 12.2"D x 13.38"W x 12.48"H', 'Item Weight 11.8 Pounds'
    // 12.2 · 2.54 = 30.988, 13.38 · 2.54 = 33.9852, 12.48 · 2.54 = 31.6992; 11.8 · 0.45359237 = 5.35239
    lines: { productDimensions: '12.2"D x 13.38"W x 12.48"H', itemWeight: "11.8 Pounds" },
    expected: { lengthCm: 30.99, widthCm: 33.99, heightCm: 31.7, weightKg: 5.352 },
  },
  {
    fixture: "product/amazon_com_B071L8D4DQ_lifted-naturals-probiotic_2020.html",
    url: "https://www.amazon.com/Probiotic-Prebiotic-Probiotics-Digestive-Prebiotics/dp/B071L8D4DQ",
    // detail bullets: "Product Dimensions : 2.5 x 2.5 x 4.4 inches; 1.59 Ounces" (1.59 oz = 45.08 g)
    lines: { productDimensions: "2.5 x 2.5 x 4.4 inches; 1.59 Ounces", itemWeight: null },
    expected: { lengthCm: 6.35, widthCm: 6.35, heightCm: 11.18, weightKg: 0.045 },
  },
  {
    fixture: "product/amazon_de_B01DQDZVCO_winomo-kleiderhaken_2019.html",
    url: "https://www.amazon.de/WINOMO-Kleiderhaken-Klappbar-Wand-Kleiderst%C3%A4nder/dp/B01DQDZVCO",
    // #prodDetails: "Größe und/oder Gewicht 37,5 x 31,7 x 28 cm ; 236 g", "Produktgewicht 236 Gramm",
    // "Produktgewicht inkl. Verpackung 240 g" (the weight on the dimensions line wins)
    lines: { productDimensions: "37,5 x 31,7 x 28 cm ; 236 g", itemWeight: "236 Gramm" },
    expected: { lengthCm: 37.5, widthCm: 31.7, heightCm: 28, weightKg: 0.236 },
  },
  {
    fixture: "product/amazon_in_B01NCE2FHK_macbook-pro_2017.html",
    url: "http://www.amazon.in/Apple-MacBook-MLW82HN-Integrated-Graphics/dp/B01NCE2FHK",
    // #prodDetails: "Product Dimensions 41.2 x 29.6 x 10.8 cm", "Item Weight 3.4 Kg"
    lines: { productDimensions: "41.2 x 29.6 x 10.8 cm", itemWeight: "3.4 Kg" },
    expected: { lengthCm: 41.2, widthCm: 29.6, heightCm: 10.8, weightKg: 3.4 },
  },
] as const;

describe("the real captured product pages", () => {
  it.each(REAL_PAGES)("$fixture: finds the dimensions lines", ({ fixture, lines }) => {
    const details = dimensionsDetails(loadPage(fixture));
    expect(details.packageDimensions).toBeNull(); // none of the captures has a "Package Dimensions" line
    expect(details.productDimensions).toBe(lines.productDimensions);
    if (lines.itemWeight !== null) expect(details.itemWeight).toBe(lines.itemWeight);
  });

  it.each(REAL_PAGES)("$fixture: parses them to cm and kg", ({ fixture, url, expected }) => {
    const page = productPageSchema.parse(parseProductPage(loadPage(fixture), url));
    expect(page.packageDimensions).toEqual(expected);
  });
});

describe("the FBA tier in the profit sub-score", () => {
  it("puts the small, light Ultrean scale (7.1 × 5.5 × 0.6 in, 0.51 lb) in small standard, not 'assumed'", () => {
    const url = "https://www.amazon.ae/Ultrean-Precision-Measures-Stainless-Batteries/dp/B08CZDYNF7";
    const page = parseProductPage(loadPage("product/amazon_ae_B08CZDYNF7_ultrean-kitchen-scale_2025.html"), url);
    const { score } = analyseProduct(page, marketplaceFromUrl(url)!, defaultResearchSettings);
    expect(score.profit.inputs).toMatchObject({ fbaTier: "small standard", fbaTierAssumed: "no" });
    // 0.23 kg / 0.45359237 = 0.507 lb → "0.5 lb"
    expect(score.profit.reason).toContain("(small standard, 0.5 lb)");
    expect(score.profit.reason).not.toContain("assumed");
  });

  it("puts the small probiotic bottle (2.5 × 2.5 × 4.4 in, 1.59 oz) in large standard, not 'assumed'", () => {
    const packageDimensions = parseDimensionsLine("2.5 x 2.5 x 4.4 inches; 1.59 Ounces");
    const [lengthCm, widthCm, heightCm] = packageDimensions.sidesCm!;
    const score = selectionScore({
      kind: "product",
      marketplace: "amazon.com",
      category: "Health & Household",
      price: 25.88,
      estimatedUnits: null,
      boughtPastMonth: null,
      packageDimensions: { lengthCm, widthCm, heightCm, weightKg: packageDimensions.weightKg! },
    });
    // Thicker than 0.75 in, so not small standard; dimensional weight 2.5 · 2.5 · 4.4 / 139 = 0.198 lb > 0.099 lb.
    expect(score.profit.reason).toContain("FBA ~$4.60 (large standard, 0.2 lb)");
    expect(score.profit.reason).not.toContain("assumed");
  });

  it("still says 'assumed' when the page gives no dimensions", () => {
    expect(estimateFbaFee(null).assumed).toBe(true);
    const page = parseProductPage(
      loadPage("composed/amazon_com_product_deal-price.html"),
      "https://www.amazon.com/dp/B0DR8G428S",
    );
    const { score } = analyseProduct(
      page,
      marketplaceFromUrl("https://www.amazon.com/dp/B0DR8G428S")!,
      defaultResearchSettings,
    );
    expect(page.packageDimensions).toBeNull();
    expect(score.profit.reason).toContain("assumed: no package dimensions");
  });
});
