import { describe, expect, it } from "vitest";
import type { SavedTieredDiscount } from "../../../app/discounts/saved-tiered-discount";
import { tieredDiscountStatus } from "../../../app/discounts/tiered-discount-status";

const flashSale: SavedTieredDiscount = {
  id: "gid://shopify/DiscountAutomaticNode/1",
  title: "Launch day",
  status: "ACTIVE",
  startsAt: "2026-06-01T18:00:00Z",
  endsAt: "2026-06-02T04:00:00Z",
  combinesWith: { productDiscounts: false, orderDiscounts: false, shippingDiscounts: false },
  config: {
    version: 1,
    kind: "time",
    appliesTo: "allProducts",
    tiers: [
      { startsAt: "2026-06-01T14:00:00", endsAt: "2026-06-01T15:00:00", percentage: 50, message: "a" },
      { startsAt: "2026-06-01T15:00:00", endsAt: "2026-06-01T17:00:00", percentage: 40, message: "b" },
      { startsAt: "2026-06-01T18:00:00", endsAt: "2026-06-02T00:00:00", percentage: 30, message: "c" },
    ],
  },
};
const zone = "America/New_York";
const at = (iso: string) => new Date(iso);

describe("a tiered discount's status", () => {
  it("is Shopify's scheduled or ended", () => {
    expect(tieredDiscountStatus({ ...flashSale, status: "SCHEDULED" }, at("2026-05-01T00:00:00Z"), zone)).toEqual({
      kind: "scheduled",
    });
    expect(tieredDiscountStatus({ ...flashSale, status: "EXPIRED" }, at("2026-06-01T19:00:00Z"), zone)).toEqual({
      kind: "ended",
    });
  });

  it("while live names the tier checkout gives now, the later one at a boundary's exact minute", () => {
    expect(tieredDiscountStatus(flashSale, at("2026-06-01T18:59:59Z"), zone)).toEqual({
      kind: "live",
      currentTier: "50 % off until 15:00",
    });
    // 15:00 New York time.
    expect(tieredDiscountStatus(flashSale, at("2026-06-01T19:00:00Z"), zone)).toEqual({
      kind: "live",
      currentTier: "40 % off until 17:00",
    });
    expect(tieredDiscountStatus(flashSale, at("2026-06-01T22:30:00Z"), zone)).toEqual({
      kind: "live",
      currentTier: "30 % off until 2026-06-02 00:00",
    });
  });

  it("says when the next tier starts during a gap", () => {
    expect(tieredDiscountStatus(flashSale, at("2026-06-01T21:15:00Z"), zone)).toEqual({
      kind: "live",
      currentTier: "No discount until 18:00, then 30 % off",
    });
  });

  it("has no current tier for quantity tiers (the cart picks it), and flags a config the Function refuses", () => {
    const quantity: SavedTieredDiscount = {
      ...flashSale,
      config: {
        version: 1,
        kind: "quantity",
        appliesTo: "allProducts",
        tiers: [{ minimumQuantity: 2, value: { percentage: 10 }, message: "m" }],
      },
    };
    expect(tieredDiscountStatus(quantity, at("2026-06-01T19:00:00Z"), zone)).toEqual({
      kind: "live",
      currentTier: null,
    });
    expect(tieredDiscountStatus({ ...flashSale, config: null }, at("2026-06-01T19:00:00Z"), zone)).toEqual({
      kind: "broken",
    });
  });
});
