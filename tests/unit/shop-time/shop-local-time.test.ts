import { describe, expect, it } from "vitest";
import { localDateTimeAt, utcOfLocalDateTime } from "../../../app/shop-time/shop-local-time";

describe("the shop's wall clock and UTC", () => {
  it("converts a summer and a winter time in New York with their own offsets", () => {
    expect(utcOfLocalDateTime("2026-07-01T14:00:00", "America/New_York")).toBe("2026-07-01T18:00:00Z");
    expect(utcOfLocalDateTime("2026-01-15T14:00:00", "America/New_York")).toBe("2026-01-15T19:00:00Z");
    expect(localDateTimeAt("2026-07-01T18:00:00Z", "America/New_York")).toBe("2026-07-01T14:00:00");
  });

  it("finds no instant for a time the clocks skip when they go forward (2026-03-08 in New York)", () => {
    expect(utcOfLocalDateTime("2026-03-08T01:59:00", "America/New_York")).toBe("2026-03-08T06:59:00Z");
    expect(utcOfLocalDateTime("2026-03-08T02:00:00", "America/New_York")).toBeNull();
    expect(utcOfLocalDateTime("2026-03-08T02:30:00", "America/New_York")).toBeNull();
    expect(utcOfLocalDateTime("2026-03-08T03:00:00", "America/New_York")).toBe("2026-03-08T07:00:00Z");
  });

  it("names the first of the two 01:30s the night the clocks go back (2026-11-01 in New York)", () => {
    expect(utcOfLocalDateTime("2026-11-01T01:30:00", "America/New_York")).toBe("2026-11-01T05:30:00Z");
    // Both instants read 01:30 on the wall.
    expect(localDateTimeAt("2026-11-01T05:30:00Z", "America/New_York")).toBe("2026-11-01T01:30:00");
    expect(localDateTimeAt("2026-11-01T06:30:00Z", "America/New_York")).toBe("2026-11-01T01:30:00");
    expect(utcOfLocalDateTime("2026-11-01T02:00:00", "America/New_York")).toBe("2026-11-01T07:00:00Z");
  });

  it("handles a change in Europe (Berlin, 2026-03-29) and a zone east of UTC across midnight", () => {
    expect(utcOfLocalDateTime("2026-03-29T01:59:00", "Europe/Berlin")).toBe("2026-03-29T00:59:00Z");
    expect(utcOfLocalDateTime("2026-03-29T02:30:00", "Europe/Berlin")).toBeNull();
    expect(utcOfLocalDateTime("2026-03-29T03:00:00", "Europe/Berlin")).toBe("2026-03-29T01:00:00Z");
    expect(utcOfLocalDateTime("2026-06-01T05:00:00", "Pacific/Auckland")).toBe("2026-05-31T17:00:00Z");
  });

  it("round-trips every hour of a week that holds a change", () => {
    for (let hour = 0; hour < 24 * 7; hour++) {
      const instant = new Date(Date.UTC(2026, 9, 29) + hour * 3_600_000).toISOString().replace(".000Z", "Z");
      const local = localDateTimeAt(instant, "America/New_York");
      const back = utcOfLocalDateTime(local, "America/New_York")!;
      // The repeated hour comes back as its first occurrence, an hour earlier.
      expect([0, 3_600_000]).toContain(Date.parse(instant) - Date.parse(back));
      expect(localDateTimeAt(back, "America/New_York")).toBe(local);
    }
  });

  it("refuses a malformed local time and an unknown zone", () => {
    expect(() => utcOfLocalDateTime("2026-02-30T10:00:00", "UTC")).toThrow(RangeError);
    expect(() => utcOfLocalDateTime("2026-06-01T10:00:00", "Mars/Olympus")).toThrow(RangeError);
  });
});
