import type { FilterImplOptions } from "liquidjs";
import { splitFilterArgs } from "./filter-args";

type FilterHandler = Extract<FilterImplOptions, (...args: never[]) => unknown>;

// Shopify's named date formats (`date: format: 'abbreviated_date'`), in English.
const NAMED_FORMATS: Record<string, string> = {
  abbreviated_date: "%b %d, %Y",
  basic: "%m/%d/%Y",
  date: "%B %d, %Y",
  date_at_time: "%B %d, %Y at %-l:%M %P",
  default: "%a, %b %d, %Y, %-l:%M %P %z",
  on_date: "on %B %d, %Y",
};

/**
 * Shopify's `date`: strftime formats (liquidjs's own date filter does those), plus
 * `format: '<name>'`. The engine's timezoneOffset is the shop's time zone; 'now' and
 * 'today' are `now()`, the shop's clock (liquidjs would read the machine's).
 */
export function dateFilter(builtin: FilterImplOptions, now: () => Date): FilterHandler {
  const strftime = typeof builtin === "function" ? builtin : builtin.handler;
  return function (this: ThisParameterType<FilterHandler>, input: unknown, ...args: unknown[]) {
    const { positional, named } = splitFilterArgs(args);
    const format =
      named.format !== undefined ? (NAMED_FORMATS[String(named.format)] ?? String(named.format)) : positional[0];
    const date = input === "now" || input === "today" ? now() : input;
    return strftime.call(this, date, ...(format === undefined ? [] : [format]));
  };
}
