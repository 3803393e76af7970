import type { PackageDimensions } from "../score/fba-fees";
import { decimalSeparatorFor, parseLocaleNumber } from "./numbers";
import { productDetail } from "./product-details";
import { oneLine } from "./text";

/**
 * The packed size and weight of a product, read off the "Product details" lines every layout of `productDetail`
 * shows (detail bullets, th/td tables, 2026 expander tables):
 * - "Package Dimensions : 10.3 x 8.5 x 7.4 inches; 1.5 Pounds" (the box Amazon ships, what FBA fees are based on);
 * - else "Product Dimensions", "Item Dimensions LxWxH", "Größe und/oder Gewicht" (the item itself);
 * - the weight after the ";" of the chosen line, else a package/shipping weight line, else "Item Weight".
 *
 * Sides are in centimetres (2 decimals) in the order the page lists them, weight in kilograms (3 decimals: grams).
 */

/** Labels end in an optional axis legend: "Item Dimensions LxWxH", "Dimensioni articolo L x P x A", "(L x B x H)". */
const AXES = String.raw`(?:\s*\(?\s*\p{L}{1,8}\s*[x×]\s*\p{L}{1,8}\s*[x×]\s*\p{L}{1,8}\s*\)?)?`;
const label = (names: string) => new RegExp(`^(?:${names})${AXES}$`, "iu");

/** The shipping box: en, de, fr, it, es, nl, ja. */
const PACKAGE_DIMENSIONS_LABEL = label(
  [
    "package dimensions",
    "parcel dimensions",
    "verpackungsabmessungen",
    "dimensions du colis",
    "dimensions de l['’]emballage",
    "dimensioni del collo",
    "dimensioni dell['’]imballaggio",
    "dimensiones del paquete",
    "verpakkingsafmetingen",
    "梱包サイズ",
  ].join("|"),
);

/** The item itself; amazon.de's older table says "Größe und/oder Gewicht" ("37,5 x 31,7 x 28 cm ; 236 g"). */
const PRODUCT_DIMENSIONS_LABEL = label(
  [
    "product dimensions",
    "item dimensions",
    "produktabmessungen",
    "artikelabmessungen",
    "größe und/oder gewicht",
    "dimensions du produit",
    "dimensions de l['’]article",
    "dimensioni (?:del )?prodotto",
    "dimensioni (?:dell['’])?articolo",
    "dimensiones del producto",
    "dimensiones del artículo",
    "productafmetingen",
    "商品の寸法",
    "商品サイズ",
    "製品サイズ",
    "本体サイズ",
  ].join("|"),
);

const PACKAGE_WEIGHT_LABEL = label(
  [
    "package weight",
    "parcel weight",
    "shipping weight",
    "verpackungsgewicht",
    "versandgewicht",
    "produktgewicht inkl\\. verpackung",
    "poids du colis",
    "poids d['’]expédition",
    "peso del collo",
    "peso di spedizione",
    "peso del paquete",
    "peso del envío",
    "梱包重量",
    "発送重量",
  ].join("|"),
);

const ITEM_WEIGHT_LABEL = label(
  [
    "item weight",
    "product weight",
    "artikelgewicht",
    "produktgewicht",
    "poids de l['’]article",
    "poids du produit",
    "peso (?:dell['’])?articolo",
    "peso del prodotto",
    "peso del producto",
    "peso del artículo",
    "gewicht",
    "商品の重量",
    "本体重量",
  ].join("|"),
);

/** A number as Amazon prints it, "12.2", "34,5", "1.200"; read by `parseLocaleNumber` with the page's separator. */
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
/** Not followed by a letter: "in" must not be the start of "inklusive", "g" not of "gelb". */
const END = String.raw`(?!\p{L})`;

const LENGTH_UNITS: readonly { pattern: string; cm: number }[] = [
  {
    pattern: String.raw`inch(?:es)?|in\.?|zoll|pouces?|pollici|pulgadas?|インチ|"|″|”|''`,
    cm: 2.54,
  },
  {
    pattern: String.raw`cm|zentimeter|centimet(?:er|re)s?|centimètres?|centimetri|centímetros|センチ(?:メートル)?`,
    cm: 1,
  },
  {
    pattern: String.raw`mm|millimet(?:er|re)s?|millimètres?|millimetri|milímetros|ミリ(?:メートル)?`,
    cm: 0.1,
  },
  { pattern: String.raw`m|meters?|metres?|mètres?|metri|metros|メートル`, cm: 100 },
];
const LENGTH_UNIT = `(?:${LENGTH_UNITS.map(({ pattern }) => `(?:${pattern})`).join("|")})`;
/** One side: "30", "34,5 cm", `12.2"D` (amazon.com's depth/width/height marks). */
const SIDE = String.raw`(${NUMBER})\s*(${LENGTH_UNIT}${END}|["″”]|'')?\s*(?:[LWDHBTPA]${END})?`;
const TIMES = String.raw`\s*[x×✕*]\s*`;
const THREE_SIDES = new RegExp(`${SIDE}${TIMES}${SIDE}${TIMES}${SIDE}`, "iu");

const WEIGHT_UNITS: readonly { pattern: string; kg: number }[] = [
  {
    pattern: String.raw`kg|kilos?|kilogram(?:s|m|me|mes)?|kilogrammi|chilogrammi|kilogramos|キログラム`,
    kg: 1,
  },
  { pattern: String.raw`g|gr|gram(?:s|m|me|mes)?|grammi|gramos|grammen|グラム`, kg: 0.001 },
  { pattern: String.raw`lbs?|pounds?|pfund|livres?|libbre|libras?|ポンド`, kg: 0.45359237 },
  { pattern: String.raw`oz|ounces?|unzen|onces?|once|oncia|onzas?|オンス`, kg: 0.028349523125 },
];
const WEIGHT = new RegExp(
  `(${NUMBER})\\s*(${WEIGHT_UNITS.map(({ pattern }) => `(?:${pattern})`).join("|")})${END}`,
  "iu",
);

export type DecimalSeparator = ReturnType<typeof decimalSeparatorFor>;

/** What one dimensions line says: its three sides (null unless all three and a unit are shown) and its weight. */
export interface DimensionsLine {
  sidesCm: [number, number, number] | null;
  weightKg: number | null;
}

/**
 * "10.3 x 8.5 x 7.4 inches; 1.5 Pounds", "13.39 x 12.2 x 12.52 inches", "30 x 20 x 10 cm; 1,2 kg",
 * `12.2"D x 13.38"W x 12.48"H`, "34,5 x 21 x 8,9 cm; 780 g". The unit may follow each side or only the last one;
 * without any unit the sides are unknown. The weight is whatever weight follows the sides (after ";" or ",").
 */
export function parseDimensionsLine(
  text: string | null | undefined,
  decimalSeparator: DecimalSeparator = ".",
): DimensionsLine {
  const clean = oneLine(text);
  const match = THREE_SIDES.exec(clean);
  if (!match) return { sidesCm: null, weightKg: parseWeight(clean, decimalSeparator) };
  const numbers = [match[1], match[3], match[5]].map((token) => parseLocaleNumber(token, decimalSeparator));
  const units = [match[2], match[4], match[6]];
  // The last side's unit applies to all ("30 x 20 x 10 cm"); otherwise the first unit shown.
  const unit = units[2] ?? units.find((u) => u !== undefined);
  const cmPerUnit = unit === undefined ? null : lengthUnitCm(unit);
  const rest = clean.slice(match.index + match[0].length);
  const weightKg = parseWeight(rest, decimalSeparator);
  if (cmPerUnit === null || numbers.some((n) => n === null || !(n > 0))) return { sidesCm: null, weightKg };
  const sidesCm = numbers.map((n) => round(n! * cmPerUnit, 2)) as [number, number, number];
  return { sidesCm, weightKg };
}

/** "1.5 Pounds", "1,2 kg", "780 g", "1.59 Ounces", "236 Gramm", "350 グラム" → kilograms (3 decimals), else null. */
export function parseWeight(text: string | null | undefined, decimalSeparator: DecimalSeparator = "."): number | null {
  const match = WEIGHT.exec(oneLine(text));
  if (!match) return null;
  const value = parseLocaleNumber(match[1], decimalSeparator);
  const unit = WEIGHT_UNITS.find(({ pattern }) => new RegExp(`^(?:${pattern})$`, "iu").test(match[2]));
  if (value === null || !unit || !(value > 0)) return null;
  return round(value * unit.kg, 3);
}

/** The product-details lines the dimensions come from, as shown (label left out), null when absent. */
export interface DimensionsDetails {
  packageDimensions: string | null;
  productDimensions: string | null;
  packageWeight: string | null;
  itemWeight: string | null;
}

/**
 * Package dimensions beat product dimensions (FBA measures the box). The weight comes from the chosen line, else the
 * package dimensions line, a package/shipping weight line, the item weight line, the product dimensions line.
 *
 * Null unless all three sides AND a weight are known. Sides without a weight are dropped on purpose: the FBA tier and
 * fee turn on the weight (small standard is ≤ 1 lb of unit weight; every tier above charges by the pound), and
 * `estimateFbaFee` reports any dimensions it gets as measured (`assumed: false`). A made-up weight would present a
 * guessed tier as read off the page, where null keeps the fee honestly marked "assumed".
 */
export function packageDimensionsFromDetails(
  details: DimensionsDetails,
  decimalSeparator: DecimalSeparator = ".",
): PackageDimensions | null {
  const packageLine = parseDimensionsLine(details.packageDimensions, decimalSeparator);
  const productLine = parseDimensionsLine(details.productDimensions, decimalSeparator);
  const chosen = packageLine.sidesCm ? packageLine : productLine.sidesCm ? productLine : null;
  if (!chosen?.sidesCm) return null;
  const weightKg =
    chosen.weightKg ??
    packageLine.weightKg ??
    parseWeight(details.packageWeight, decimalSeparator) ??
    parseWeight(details.itemWeight, decimalSeparator) ??
    productLine.weightKg;
  if (weightKg === null) return null;
  const [lengthCm, widthCm, heightCm] = chosen.sidesCm;
  return { lengthCm, widthCm, heightCm, weightKg };
}

/** The product-details lines of a product page that `packageDimensionsFromDetails` reads. */
export function dimensionsDetails(document: Document): DimensionsDetails {
  return {
    packageDimensions: productDetail(document, PACKAGE_DIMENSIONS_LABEL),
    productDimensions: productDetail(document, PRODUCT_DIMENSIONS_LABEL),
    packageWeight: productDetail(document, PACKAGE_WEIGHT_LABEL),
    itemWeight: productDetail(document, ITEM_WEIGHT_LABEL),
  };
}

/** Package dimensions and weight of a product page in the storefront's `language` (for "1.200 g" vs "1,2 kg"). */
export function parsePackageDimensions(document: Document, language?: string | null): PackageDimensions | null {
  return packageDimensionsFromDetails(dimensionsDetails(document), decimalSeparatorFor(language));
}

function lengthUnitCm(unit: string): number | null {
  const found = LENGTH_UNITS.find(({ pattern }) => new RegExp(`^(?:${pattern})$`, "iu").test(unit));
  return found ? found.cm : null;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
