import { isLocalDateTime } from "../../storefront/tiered-discount/src/local-date-time";

/**
 * Between instants (UTC, as Shopify's DateTime) and wall-clock times in the shop's IANA time
 * zone, `YYYY-MM-DDTHH:MM:SS` (the Function's DateTimeWithoutTimezone, which shop.localTime
 * compares against). The runtime's time zone data (Intl) does the work.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // Throws a RangeError for a zone the runtime does not know.
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The zone's wall-clock reading at `ms`, as if that reading were UTC (milliseconds). */
function wallClockMs(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatIn(timeZone)
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** The shop's wall clock at an instant, `YYYY-MM-DDTHH:MM:SS`. */
export function localDateTimeAt(instant: Date | string, timeZone: string): string {
  const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a date and time: ${String(instant)}`);
  return new Date(wallClockMs(ms, timeZone)).toISOString().slice(0, 19);
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
