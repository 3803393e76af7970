/**
 * Reddit's creation times as ISO 8601 (`Date.toISOString`, UTC): epoch seconds (`created_utc` in
 * JSON), epoch milliseconds (`data-timestamp` on old.reddit.com) and date-time text
 * ("2024-03-01T18:22:24.180000+0000" on shreddit elements, "2016-10-13T10:28:11+00:00" in
 * `<time datetime>`).
 */
export function isoTime(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text === "") return null;
  const ms = /^\d+(?:\.\d+)?$/.test(text) ? epochMilliseconds(Number(text)) : Date.parse(normalizedDateTime(text));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** Numbers below 10^11 are seconds (10^11 s is the year 5138; 10^11 ms is March 1973). */
function epochMilliseconds(value: number): number {
  return value < 1e11 ? Math.round(value * 1000) : value;
}

/** Microseconds cut to milliseconds and "+0000" written "+00:00", which every engine's Date.parse reads. */
function normalizedDateTime(text: string): string {
  return text.replace(/(\.\d{3})\d+/, "$1").replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
}
