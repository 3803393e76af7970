import { oneLine } from "./text";

/**
 * The numbers Reddit prints: scores and counts, exact ("7811", "1,234 points", "1.234 Punkte",
 * "970 bodov", "782 komentárov", "-3 points") or compact ("21.5k", "96.1k", "1.2m", "21,5 k",
 * "1,2 Mio.", "21,5 mil"). Scores can be negative.
 */
const NUMBER = /([-−])?(\d+(?:[.,]\d+|[\s'’]\d{3}(?!\d))*)(?:\s?(k|m|mio|mil|mrd|md|tsd|b)\.?(?!\p{L}))?/iu;

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  tsd: 1e3,
  mil: 1e3,
  m: 1e6,
  mio: 1e6,
  mrd: 1e9,
  md: 1e9,
  b: 1e9,
};

/**
 * The first number in `text`, or null when there is none: "•", "Vote" and "[score hidden]" are how
 * Reddit hides a score. Without a compact suffix every "." or "," is a thousands separator (scores
 * and counts are whole numbers); with one, the separator is the decimal point in any locale.
 */
export function parseRedditNumber(text: string | null | undefined): number | null {
  const match = NUMBER.exec(oneLine(text));
  if (!match) return null;
  const [, minus, digits, compact] = match;
  const sign = minus ? -1 : 1;
  const suffix = compact?.toLowerCase();
  if (!suffix) return sign * Number(digits.replace(/\D/g, ""));
  const value = Number(digits.replace(/[\s'’]/g, "").replace(",", "."));
  return Number.isFinite(value) ? sign * Math.round(value * MULTIPLIERS[suffix]) : null;
}

/** A count of comments or replies: a number that cannot be negative. */
export function parseRedditCount(text: string | null | undefined): number | null {
  const value = parseRedditNumber(text);
  return value === null || value < 0 ? null : value;
}
