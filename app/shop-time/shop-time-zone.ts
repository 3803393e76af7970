import { addDays, isCalendarDate } from "./calendar-date";

/**
 * Between instants (UTC) and the shop's calendar dates, in the shop's IANA time zone
 * (Shop.ianaTimezone), with the runtime's time zone data (Intl).
 */

/** A moment in time: a Date, or an ISO 8601 string with a zone ("2027-03-15T04:00:00Z"). */
export type Instant = Date | string;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // Throws a RangeError for a name the runtime does not know.
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

export function isTimeZone(timeZone: string): boolean {
  try {
    formatIn(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function instantMs(instant: Instant): number {
  const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a date and time: ${String(instant)}`);
  return ms;
}

/** The wall-clock reading in the zone, as if it were UTC (milliseconds). */
export function wallClockMs(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatIn(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
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

/** The shop's calendar date at an instant. */
export function localDateOf(instant: Instant, timeZone: string): string {
  return new Date(wallClockMs(instantMs(instant), timeZone)).toISOString().slice(0, 10);
}

/**
 * The first instant of a calendar date in the zone, as Shopify's DateTime ("…T05:00:00Z").
 * Usually local midnight. Where a DST change skips midnight (America/Santiago, 2024-09-08) the
 * day starts at the change, 01:00 local; where it repeats midnight (Asia/Amman, 2021-10-29) the
 * day starts at the first of the two.
 */
export function startOfLocalDay(date: string, timeZone: string): string {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  // Local midnight is within 14 hours of UTC midnight; every offset the zone has in that window
  // gives a candidate, and a DST change there gives two.
  const offsets = new Set(
    [-15, -10, -5, 0, 5, 10, 15].map((hours) => {
      const ms = midnightAsUtc + hours * 3_600_000;
      return wallClockMs(ms, timeZone) - ms;
    }),
  );
  const candidates = [...offsets].map((offset) => midnightAsUtc - offset).sort((a, b) => a - b);
  const midnight = candidates.find((ms) => wallClockMs(ms, timeZone) === midnightAsUtc);
  // No local midnight: the day starts at the change, the earliest candidate already on that date.
  const start = midnight ?? candidates.find((ms) => localDateOf(new Date(ms), timeZone) === date);
  if (start === undefined) throw new RangeError(`No start of ${date} found in ${timeZone}`);
  return shopifyDateTime(start);
}

/** The instant a calendar day ends in the zone: the start of the next day. */
export function endOfLocalDay(date: string, timeZone: string): string {
  return startOfLocalDay(addDays(date, 1), timeZone);
}

function shopifyDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}
