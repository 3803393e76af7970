import { oneLine, readableText } from "./text";

/**
 * The "Product details" facts of a product page (label → value), in every layout Amazon has used:
 * detail bullets (`li > .a-text-bold` label + value; 2020 and later, also books), the th/td
 * tables (`#productDetails_detailBullets_sections1` 2020–2025, `#productDetails_expanderTables_*`
 * 2026, `#prodDetails` 2017–2019 with `td.label`/`td.value`), and the legacy `#SalesRank` row.
 * Order and containers follow layer2_parser.py (../shared/research/extension.md §3 "Where BSR lives").
 */

const DETAIL_BULLETS = "#detailBulletsWrapper_feature_div li, #detailBullets_feature_div li, #detail-bullets li";
const DETAIL_TABLE_ROWS = [
  "#productDetails_detailBullets_sections1 tr",
  '[id^="productDetails_expanderTables_"] tr',
  "#productDetails_techSpec_section_1 tr",
  "#productDetails_db_sections tr",
  "#prodDetails tr",
  "#productDetails_feature_div tr",
].join(", ");

/** The value of the first detail whose label matches, as readable text, or null. */
export function productDetail(document: Document, label: RegExp): string | null {
  for (const item of document.querySelectorAll(DETAIL_BULLETS)) {
    const labelElement = item.querySelector(".a-text-bold, b");
    // A nested <li> (the sub-ranks under "Best Sellers Rank") has no label of its own.
    if (!labelElement || labelElement.closest("li") !== item) continue;
    if (!label.test(labelText(labelElement))) continue;
    return nonEmpty(readableText(item, { skip: (element) => element === labelElement }));
  }
  for (const row of document.querySelectorAll(DETAIL_TABLE_ROWS)) {
    const labelCell = row.querySelector("th, td.label");
    if (!labelCell || !label.test(labelText(labelCell))) continue;
    const valueCell = labelCell.nextElementSibling ?? row.querySelector("td.value");
    return nonEmpty(readableText(valueCell));
  }
  return null;
}

/** The text of the legacy `#SalesRank` row/item (2012–2019), label left out. */
export function legacySalesRankText(document: Document): string | null {
  const salesRank = document.querySelector("#SalesRank");
  if (!salesRank) return null;
  const value = salesRank.querySelector("td.value");
  if (value) return nonEmpty(readableText(value));
  const labelElement = salesRank.querySelector("b, td.label, .a-text-bold");
  return nonEmpty(readableText(salesRank, { skip: (element) => element === labelElement }));
}

/** "Date First Available\n‏:\n‎" → "Date First Available". */
function labelText(element: Element): string {
  return oneLine(element.textContent).replace(/\s*[:：]$/, "");
}

function nonEmpty(text: string): string | null {
  return text === "" ? null : text;
}
