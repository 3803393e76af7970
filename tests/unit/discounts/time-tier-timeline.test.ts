import { describe, expect, it } from "vitest";
import { timeTierTimeline, timelineText } from "../../../app/discounts/time-tier-timeline";
import type { TimeTier } from "../../../storefront/tiered-discount/src/tiered-discount-config";

const tier = (startsAt: string, endsAt: string, percentage: number): TimeTier => ({
  startsAt,
  endsAt,
  percentage,
  message: `${percentage} % off`,
});

describe("the time tiers' timeline", () => {
  it("reads the launch day as the merchant would say it, midnight as 24:00", () => {
    const tiers = [
      tier("2026-06-01T14:00:00", "2026-06-01T15:00:00", 50),
      tier("2026-06-01T15:00:00", "2026-06-01T17:00:00", 40),
      tier("2026-06-01T17:00:00", "2026-06-02T00:00:00", 30),
    ];
    expect(timelineText(tiers)).toEqual(["2026-06-01: 14:00–15:00 50 %, 15:00–17:00 40 %, 17:00–24:00 30 %"]);
  });

  it("shows a gap between tiers as no discount", () => {
    const tiers = [
      tier("2026-06-01T10:00:00", "2026-06-01T11:00:00", 20),
      tier("2026-06-01T12:00:00", "2026-06-01T13:00:00", 10),
    ];
    expect(timeTierTimeline(tiers)).toEqual([
      { date: "2026-06-01", window: "10:00–11:00", percentage: 20, message: "20 % off" },
      { date: "2026-06-01", window: "11:00–12:00", percentage: null, message: null },
      { date: "2026-06-01", window: "12:00–13:00", percentage: 10, message: "10 % off" },
    ]);
  });

  it("gives a line per day, a window past midnight its next-day end, a longer one its end date", () => {
    const tiers = [
      tier("2026-06-01T22:00:00", "2026-06-02T02:00:00", 40),
      tier("2026-06-02T02:00:00", "2026-06-04T10:30:00", 15),
    ];
    expect(timelineText(tiers)).toEqual([
      "2026-06-01: 22:00–02:00 next day 40 %",
      "2026-06-02: 02:00–2026-06-04 10:30 15 %",
    ]);
  });
});
