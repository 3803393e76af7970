/**
 * Calendar dates as the merchant picks them: "YYYY-MM-DD" strings with no time and no zone.
 * They compare correctly as strings. Arithmetic counts whole days since 1970-01-01 in UTC, so no
 * time zone or DST change can shift a date.
 */

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** Whether the text is a real date in the form YYYY-MM-DD (2027-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = calendarDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / msPerDay;
}

function fromDayNumber(days: number): string {
  return new Date(days * msPerDay).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Every date from `first` to `last`, both included; empty when `last` is before `first`. */
export function datesFrom(first: string, last: string): string[] {
  const count = daysBetween(first, last) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(first, index));
}

const longDateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** "March 15, 2027": the wording buyers read in the selling plan and the preorder note. */
export function formatLongDate(date: string): string {
  return longDateFormat.format(new Date(dayNumber(date) * msPerDay));
}
