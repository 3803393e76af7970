import { describe, expect, it } from "vitest";
import { addDays, datesFrom, daysBetween, formatLongDate, isCalendarDate } from "../../../app/shop-time/calendar-date";
import { endOfLocalDay, isTimeZone, localDateOf, startOfLocalDay } from "../../../app/shop-time/shop-time-zone";

describe("calendar dates", () => {
  it("accepts real dates as YYYY-MM-DD only", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2027-04-31")).toBe(false);
    expect(isCalendarDate("2027-3-15")).toBe(false);
    expect(isCalendarDate("15/03/2027")).toBe(false);
    expect(isCalendarDate("2027-03-15T00:00:00Z")).toBe(false);
  });

  it("counts and steps whole days across month, year and DST boundaries", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(daysBetween("2027-01-01", "2027-03-01")).toBe(59);
    expect(daysBetween("2027-03-01", "2027-01-01")).toBe(-59);
    expect(datesFrom("2027-01-30", "2027-02-02")).toEqual(["2027-01-30", "2027-01-31", "2027-02-01", "2027-02-02"]);
    expect(datesFrom("2027-01-02", "2027-01-01")).toEqual([]);
  });

  it("writes dates out for buyers without shifting them", () => {
    expect(formatLongDate("2027-03-15")).toBe("March 15, 2027");
    expect(formatLongDate("2027-01-01")).toBe("January 1, 2027");
  });
});

describe("the shop's time zone", () => {
  it("knows IANA names and refuses others", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });

  it("puts an instant on the shop's calendar date, either side of local midnight", () => {
    expect(localDateOf("2027-03-15T04:59:59Z", "America/New_York")).toBe("2027-03-15");
    expect(localDateOf("2027-03-15T03:59:59Z", "America/New_York")).toBe("2027-03-14");
    expect(localDateOf("2027-03-14T14:59:59Z", "Asia/Tokyo")).toBe("2027-03-14");
    expect(localDateOf("2027-03-14T15:00:00Z", "Asia/Tokyo")).toBe("2027-03-15");
    expect(localDateOf("2027-03-14T18:29:59Z", "Asia/Kolkata")).toBe("2027-03-14");
    expect(localDateOf("2027-03-14T18:30:00Z", "Asia/Kolkata")).toBe("2027-03-15");
    expect(localDateOf(new Date("2027-03-15T00:00:00Z"), "UTC")).toBe("2027-03-15");
  });

  it("starts a day at local midnight in UTC terms, east and west of Greenwich", () => {
    expect(startOfLocalDay("2027-03-15", "UTC")).toBe("2027-03-15T00:00:00Z");
    expect(startOfLocalDay("2027-03-15", "Asia/Tokyo")).toBe("2027-03-14T15:00:00Z");
    expect(startOfLocalDay("2027-03-15", "Asia/Kolkata")).toBe("2027-03-14T18:30:00Z");
    expect(startOfLocalDay("2027-01-15", "America/Los_Angeles")).toBe("2027-01-15T08:00:00Z");
    expect(startOfLocalDay("2027-01-15", "Pacific/Auckland")).toBe("2027-01-14T11:00:00Z");
  });

  it("follows DST: the day before a change starts at the old offset, the day after at the new", () => {
    // New York springs forward at 02:00 on 2026-03-08: that day has 23 hours.
    expect(startOfLocalDay("2026-03-08", "America/New_York")).toBe("2026-03-08T05:00:00Z");
    expect(startOfLocalDay("2026-03-09", "America/New_York")).toBe("2026-03-09T04:00:00Z");
    // Berlin falls back at 03:00 on 2026-10-25: that day has 25 hours.
    expect(startOfLocalDay("2026-10-25", "Europe/Berlin")).toBe("2026-10-24T22:00:00Z");
    expect(endOfLocalDay("2026-10-25", "Europe/Berlin")).toBe("2026-10-25T23:00:00Z");
    // Southern hemisphere: Auckland leaves DST on 2027-04-04.
    expect(startOfLocalDay("2027-04-05", "Pacific/Auckland")).toBe("2027-04-04T12:00:00Z");
  });

  it("starts a day at 01:00 where DST skips midnight, and at the first midnight where it repeats", () => {
    // Santiago: 2024-09-08 00:00 does not exist (clocks go from 23:59:59 to 01:00).
    expect(startOfLocalDay("2024-09-08", "America/Santiago")).toBe("2024-09-08T04:00:00Z");
    expect(localDateOf("2024-09-08T03:59:59Z", "America/Santiago")).toBe("2024-09-07");
    // Santiago: on 2024-04-07 clocks go back from 00:00 to 23:00 of the 6th; the 7th starts once, at 04:00Z.
    expect(startOfLocalDay("2024-04-07", "America/Santiago")).toBe("2024-04-07T04:00:00Z");
    expect(localDateOf("2024-04-07T03:59:59Z", "America/Santiago")).toBe("2024-04-06");
    // Amman (2021) and Havana go back from 01:00 to 00:00: midnight comes twice, the day starts at the first.
    expect(startOfLocalDay("2021-10-29", "Asia/Amman")).toBe("2021-10-28T21:00:00Z");
    expect(startOfLocalDay("2026-11-01", "America/Havana")).toBe("2026-11-01T04:00:00Z");
  });

  it("ends a day where the next one starts", () => {
    expect(endOfLocalDay("2027-02-01", "Europe/Berlin")).toBe("2027-02-01T23:00:00Z");
    expect(endOfLocalDay("2026-03-07", "America/New_York")).toBe("2026-03-08T05:00:00Z");
  });

  it("refuses what is not a date or a zone", () => {
    expect(() => startOfLocalDay("2027-02-30", "UTC")).toThrow(RangeError);
    expect(() => startOfLocalDay("2027-03-15", "Nowhere/Special")).toThrow(RangeError);
    expect(() => localDateOf("yesterday", "UTC")).toThrow(RangeError);
  });
});
