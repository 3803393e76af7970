import { currencyDecimals } from "../preorders/currency-amount";

/**
 * The numbers a merchant types into the tiers table. Plain digits with a decimal point ("20",
 * "12.5"; a percentage may end in "%"); thousands separators are refused rather than guessed.
 * Each reader gives the value or the one message to show under the field.
 */

const DECIMAL = /^\d+(\.\d+)?$/;
/** The Function's money amounts have at most nine whole digits. */
const MAX_AMOUNT = 1_000_000_000;

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export function readPercentage(text: string): Read<number> {
  const trimmed = text.replace(/\s*%$/, "");
  if (trimmed === "") return { ok: false, message: "Enter the percentage off" };
  const value = Number(trimmed);
  if (!DECIMAL.test(trimmed) || value < 1 || value > 100) {
    return { ok: false, message: "A percentage off is 1–100, such as 30" };
  }
  return { ok: true, value };
}

/**
 * An amount in the shop's currency, as the Function's config stores it: a decimal string with
 * the currency's decimals (at most two, the Function's limit), "12.50", "500".
 */
export function readAmount(text: string, currency: string, blank: string): Read<string> {
  if (text === "") return { ok: false, message: blank };
  const decimals = Math.min(currencyDecimals(currency), 2);
  if (!DECIMAL.test(text)) {
    const example = decimals > 0 ? `25 or 25.${"5".padEnd(decimals, "0")}` : "2500";
    return { ok: false, message: `Enter an amount in ${currency}, such as ${example}` };
  }
  const value = Number(text);
  if (value <= 0) return { ok: false, message: "Enter an amount above 0" };
  if ((text.split(".")[1] ?? "").length > decimals) {
    return {
      ok: false,
      message: decimals === 0 ? `${currency} amounts have no decimals` : `Use at most ${decimals} decimals`,
    };
  }
  if (value >= MAX_AMOUNT) return { ok: false, message: `Enter an amount below ${MAX_AMOUNT.toLocaleString("en-US")}` };
  return { ok: true, value: value.toFixed(decimals) };
}

export function readWholeNumber(text: string, min: number, max: number, blank: string, wrong: string): Read<number> {
  if (text === "") return { ok: false, message: blank };
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) return { ok: false, message: wrong };
  return { ok: true, value };
}
