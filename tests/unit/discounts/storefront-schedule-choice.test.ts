import { describe, expect, it } from "vitest";
import type { StorefrontSchedule } from "../../../app/discounts/storefront-schedule";
import { chooseStorefrontSchedule } from "../../../app/discounts/storefront-schedule-choice";

const at = (time: string) => new Date(`2026-12-01T${time}:00Z`);

function flash(id: string, tiers: [string, string, number][], endsAt: string | null = null): StorefrontSchedule {
  return {
    version: 1,
    discountId: `gid://shopify/DiscountAutomaticNode/${id}`,
    title: id,
    kind: "time",
    startsAt: `2026-12-01T${tiers[0][0]}:00Z`,
    endsAt: endsAt && `2026-12-01T${endsAt}:00Z`,
    tiers: tiers.map(([startsAt, endsAt, percentage]) => ({
      startsAt: `2026-12-01T${startsAt}:00Z`,
      endsAt: `2026-12-01T${endsAt}:00Z`,
      percentage,
      message: "",
    })),
  };
}

function bundle(id: string, startsAt: string, endsAt: string | null = null): StorefrontSchedule {
  return {
    version: 1,
    discountId: `gid://shopify/DiscountAutomaticNode/${id}`,
    title: id,
    kind: "quantity",
    startsAt: `2026-12-01T${startsAt}:00Z`,
    endsAt: endsAt && `2026-12-01T${endsAt}:00Z`,
    tiers: [{ minimumQuantity: 2, percentage: 10, message: "" }],
  };
}

const shown = (candidates: StorefrontSchedule[], now: Date) => chooseStorefrontSchedule(candidates, now).shown?.title;

describe("which discount's schedule a product shows", () => {
  const morning = flash("morning", [
    ["09:00", "10:00", 50],
    ["10:00", "12:00", 30],
  ]);
  const noon = flash("noon", [["11:00", "13:00", 40]]);

  it("shows the time tier on now, the higher percentage when two are on", () => {
    expect(shown([morning, noon], at("09:30"))).toBe("morning");
    expect(shown([noon, morning], at("09:30"))).toBe("morning");
    // 11:00: morning is at 30 %, noon at 40 %.
    expect(shown([morning, noon], at("11:00"))).toBe("noon");
    expect(shown([morning, noon], at("10:59"))).toBe("morning");
  });

  it("prefers a running discount to one that has not started, and the sooner of two that have not", () => {
    const later = bundle("later", "15:00");
    const running = bundle("running", "08:00");
    expect(shown([later, morning], at("08:00"))).toBe("morning");
    expect(shown([later, running], at("08:00"))).toBe("running");
    expect(shown([noon, later], at("07:00"))).toBe("noon");
    expect(shown([later, noon], at("14:00"))).toBe("later");
  });

  it("a time discount between two tiers counts as starting at its next tier", () => {
    const gap = flash("gap", [
      ["09:00", "10:00", 50],
      ["12:00", "13:00", 20],
    ]);
    const running = bundle("running", "08:00");
    expect(shown([gap, running], at("09:59"))).toBe("gap");
    expect(shown([gap, running], at("10:00"))).toBe("running");
    expect(shown([gap, running], at("12:00"))).toBe("gap");
  });

  it("among running quantity or spend discounts keeps the candidates' order (newest first)", () => {
    expect(shown([bundle("new", "08:00"), bundle("old", "07:00")], at("09:00"))).toBe("new");
  });

  it("shows nothing once all have ended, and an ended one never", () => {
    const ended = bundle("ended", "07:00", "08:00");
    expect(shown([ended, morning], at("12:00"))).toBeUndefined();
    expect(shown([ended], at("08:00"))).toBeUndefined();
    expect(shown([ended], at("07:59"))).toBe("ended");
    // The discount's own end cuts its tiers short.
    expect(shown([flash("cut", [["09:00", "12:00", 50]], "10:00"), bundle("b", "08:00")], at("10:00"))).toBe("b");
  });

  it("asks to be revisited at the next instant any of two or more candidates changes, and never for one", () => {
    expect(chooseStorefrontSchedule([morning], at("09:30")).revisitAt).toBeNull();
    expect(chooseStorefrontSchedule([morning, noon], at("09:30")).revisitAt).toEqual(at("10:00"));
    expect(chooseStorefrontSchedule([morning, noon], at("10:00")).revisitAt).toEqual(at("11:00"));
    // 12:00: morning has ended, noon runs alone and its countdown needs no revisit.
    expect(chooseStorefrontSchedule([morning, noon], at("12:00")).revisitAt).toBeNull();
    expect(chooseStorefrontSchedule([morning, noon], at("13:00"))).toEqual({ shown: null, revisitAt: null });
    // An ended candidate does not count: one left, no revisit.
    expect(chooseStorefrontSchedule([morning, bundle("b", "07:00")], at("12:00")).revisitAt).toBeNull();
  });
});
