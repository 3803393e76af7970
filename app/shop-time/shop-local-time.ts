import { isLocalDateTime } from "../../storefront/tiered-discount/src/local-date-time";
import { instantMs, wallClockMs } from "./shop-time-zone";

/**
 * Between instants (UTC, as Shopify's DateTime) and wall-clock times in the shop's IANA time
 * zone, `YYYY-MM-DDTHH:MM:SS` (the Function's DateTimeWithoutTimezone, which shop.localTime
 * compares against). The runtime's time zone data (Intl) does the work.
 */

/** The shop's wall clock at an instant, `YYYY-MM-DDTHH:MM:SS`. */
export function localDateTimeAt(instant: Date | string, timeZone: string): string {
  return new Date(wallClockMs(instantMs(instant), timeZone)).toISOString().slice(0, 19);
}

/**
 * The instant a wall-clock time names in the zone, as Shopify's DateTime ("…T18:00:00Z"); null
 * when the clocks skip it (02:30 on the night clocks go forward). A time the clocks pass twice
 * (the night they go back) names its first occurrence.
 */
export function utcOfLocalDateTime(local: string, timeZone: string): string | null {
  if (!isLocalDateTime(local)) throw new RangeError(`Not a local date and time (YYYY-MM-DDTHH:MM:SS): ${local}`);
  const asUtc = Date.parse(`${local}Z`);
  // Every offset the zone has within 15 hours either side (a DST change there gives two) is a candidate.
  const offsets = new Set(
    [-15, -10, -5, 0, 5, 10, 15].map((hours) => {
      const ms = asUtc + hours * 3_600_000;
      return wallClockMs(ms, timeZone) - ms;
    }),
  );
  const matches = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((ms) => wallClockMs(ms, timeZone) === asUtc)
    .sort((a, b) => a - b);
  return matches.length === 0 ? null : new Date(matches[0]).toISOString().replace(".000Z", "Z");
}
