import type { BestSellersRank, Money, SearchResult } from "../amazon/types";
import { estimateMonthlySales } from "./bsr-estimate";

/** What the product page of a search result adds to its card: fetched on request, one page per result. */
export interface ResultRank {
  bsr: BestSellersRank[];
  price: Money | null;
}

/** A result's monthly units and revenue with their band, and what they rest on. */
export interface ResultEstimate {
  basis: "rank" | "bought-badge";
  units: number;
  low: number;
  high: number;
  /** Band of revenue (units band × price); null without a price. */
  revenueLow: number | null;
  revenueHigh: number | null;
  /** The root-category rank the estimate comes from (basis "rank"). */
  rank: BestSellersRank | null;
  /** How the numbers were made, for the card's tooltip. */
  note: string;
}

/**
 * The band a "N+ bought in past month" badge stands for. Amazon rounds the count down to its
 * leading digit (50+, 100+, 200+ … 900+, 1K+, 2K+ … 9K+, 10K+, 20K+ — the steps seen on the 2026
 * search captures in tests/fixtures/amazon), so "2K+" means 2,000–2,999 sales; below 100 the
 * badge only says 50+. Amazon's badge counts customers, and sellers report it below back-end
 * sales (research doc §1), so the upper end is the badge's, not a ceiling on real sales.
 */
export function boughtBadgeBand(badge: number): { low: number; high: number } {
  if (badge < 100) return { low: badge, high: 99 };
  const step = 10 ** Math.floor(Math.log10(badge));
  return { low: badge, high: badge + step - 1 };
}

/**
 * A search result's estimate: from its root-category Best Sellers Rank when its product page has
 * been read (raised to the badge, as on the product page), else from Amazon's badge alone; null
 * when neither is known. Search cards carry no rank of their own.
 */
export function estimateResult(
  result: SearchResult,
  marketplace: string,
  rank: ResultRank | null,
): ResultEstimate | null {
  const price = result.price?.amount ?? rank?.price?.amount ?? null;
  const revenue = (units: number) => (price === null ? null : Math.round(units * price * 100) / 100);
  const root = rank?.bsr[0] ?? null;
  const fromRank = root
    ? estimateMonthlySales({
        marketplace,
        category: root.category,
        rank: root.rank,
        price,
        boughtPastMonth: result.boughtPastMonth,
      })
    : null;
  if (fromRank) {
    return {
      basis: "rank",
      units: fromRank.units,
      low: fromRank.low,
      high: fromRank.high,
      revenueLow: revenue(fromRank.low),
      revenueHigh: revenue(fromRank.high),
      rank: root,
      note: `Estimate from #${root!.rank.toLocaleString("en-US")} in ${root!.category}: ${fromRank.curve}`,
    };
  }
  if (result.boughtPastMonth === null || result.boughtPastMonth <= 0) return null;
  const band = boughtBadgeBand(result.boughtPastMonth);
  return {
    basis: "bought-badge",
    units: band.low,
    low: band.low,
    high: band.high,
    revenueLow: revenue(band.low),
    revenueHigh: revenue(band.high),
    rank: null,
    note: `Amazon's “${result.boughtPastMonth.toLocaleString("en-US")}+ bought in past month” badge, read as ${band.low.toLocaleString("en-US")}–${band.high.toLocaleString("en-US")}; fetch ranks for a BSR estimate.`,
  };
}
