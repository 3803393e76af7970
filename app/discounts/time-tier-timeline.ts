import type { TimeTier } from "../../storefront/tiered-discount/src/tiered-discount-config";
import { addDays } from "../shop-time/calendar-date";

/**
 * The time tiers as the merchant reads a schedule, on the shop's wall clock: one line per day,
 * "14:00–15:00 50 %, 15:00–17:00 40 %, 17:00–24:00 30 %". A gap between tiers shows as
 * "no discount", since checkout gives none then.
 */

export interface TimelineEntry {
  /** The day the window starts, YYYY-MM-DD. */
  date: string;
  /** "14:00–15:00"; "17:00–24:00" up to midnight; "22:00–02:00 next day"; further: "…–2026-06-03 10:00". */
  window: string;
  /** null: a gap, no discount. */
  percentage: number | null;
  message: string | null;
}

export function timeTierTimeline(tiers: TimeTier[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (previous && previous.endsAt < tier.startsAt) {
      entries.push({ ...span(previous.endsAt, tier.startsAt), percentage: null, message: null });
    }
    entries.push({ ...span(tier.startsAt, tier.endsAt), percentage: tier.percentage, message: tier.message });
  });
  return entries;
}

/** The timeline as text, one line per day: "2026-06-01: 14:00–15:00 50 %, 15:00–17:00 40 %". */
export function timelineText(tiers: TimeTier[]): string[] {
  const days = new Map<string, string[]>();
  for (const entry of timeTierTimeline(tiers)) {
    const label = `${entry.window} ${entry.percentage === null ? "no discount" : `${entry.percentage} %`}`;
    days.set(entry.date, [...(days.get(entry.date) ?? []), label]);
  }
  return [...days].map(([date, labels]) => `${date}: ${labels.join(", ")}`);
}

function span(startsAt: string, endsAt: string): { date: string; window: string } {
  const date = startsAt.slice(0, 10);
  const endDate = endsAt.slice(0, 10);
  const from = clock(startsAt);
  let to: string;
  if (endDate === date) to = clock(endsAt);
  else if (endDate === addDays(date, 1)) to = clock(endsAt) === "00:00" ? "24:00" : `${clock(endsAt)} next day`;
  else to = `${endDate} ${clock(endsAt)}`;
  return { date, window: `${from}–${to}` };
}

/** "14:00", or "14:00:30" when a boundary has seconds. */
function clock(local: string): string {
  return local.endsWith(":00") ? local.slice(11, 16) : local.slice(11, 19);
}
