import { legacySalesRankText, productDetail } from "./product-details";
import type { BestSellersRank } from "./types";

/** The "Best Sellers Rank" label in each storefront language (../shared/research/extension.md §3). */
export const BEST_SELLERS_RANK_LABEL =
  /best\s?sellers?[- ]?(?:rank|rang)|meilleures ventes|classifica bestseller|más vendidos|売れ筋ランキング|bestsellerlijst/i;

/**
 * Where a rank starts: "#1,234 in", "Nr. 3.098 in", "n° 1 234 en", "n. 1.234 in", "nº 1.234 en",
 * "No. 12 in" — the rank's thousands separator is whatever the storefront uses — or the
 * Japanese "1,234位" (rank, then the category without a preposition).
 */
const RANK_START =
  /(?:(?:#|\bNr\.|\bn[°º]|\bn\.|\bNo\.)\s*(\d{1,3}(?:[.,' ]\d{3})+|\d+)\s+(?:in|en|nei|dans|in der)\s+|(\d{1,3}(?:,\d{3})+|\d+)位\s*)/giu;

/** The "(See Top 100 in …)" link after the root category, in any language. */
const TOP_100_LINK = /\s*[(（][^()（）]*(?:top|100|見る|classement|meilleures)[^()（）]*[)）]/iu;
const TOP_100_LINKS = new RegExp(TOP_100_LINK.source, "giu");

/**
 * Every Best Sellers Rank line of a product page, root category first ("#60 in Kitchen & Dining",
 * then "#1 in Electric Pressure Cookers", …). The US layout puts the root rank in the parent text
 * and the sub-ranks in a nested list; EU layouts list the root first; the root is the line that
 * carries the "See Top 100" link, so that line is moved to the front.
 */
export function parseBestSellersRanks(document: Document): BestSellersRank[] {
  const text = productDetail(document, BEST_SELLERS_RANK_LABEL) ?? legacySalesRankText(document);
  return text ? bestSellersRanksFromText(text) : [];
}

/** The rank lines in a Best Sellers Rank text, root category first. */
export function bestSellersRanksFromText(text: string): BestSellersRank[] {
  const starts = [...text.matchAll(RANK_START)];
  const lines = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    const segment = text.slice(start.index + start[0].length, end);
    const rank = Number((start[1] ?? start[2]).replace(/\D/g, ""));
    const isRoot = TOP_100_LINK.test(segment);
    const category = segment
      .replace(TOP_100_LINKS, "")
      .replace(/^[\s:\-–—]+|[\s,;:\-–—]+$/g, "")
      .replace(/\s+/g, " ");
    return { rank, category, isRoot };
  });
  const valid = lines.filter((line) => line.rank > 0 && line.category !== "");
  const ordered = [...valid.filter((line) => line.isRoot), ...valid.filter((line) => !line.isRoot)];
  return ordered.map(({ rank, category }) => ({ rank, category }));
}
