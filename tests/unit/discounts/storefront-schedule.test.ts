import { describe, expect, it } from "vitest";
import { scheduleOwners, storefrontSchedule } from "../../../app/discounts/storefront-schedule";
import type { TieredDiscountDraft } from "../../../app/discounts/tiered-discount-draft";

const combinesWith = { productDiscounts: false, orderDiscounts: false, shippingDiscounts: false };
const id = "gid://shopify/DiscountAutomaticNode/9";

describe("the storefront schedule", () => {
  it("gives time tiers as UTC instants from the shop's wall clock (Berlin in winter is UTC+1)", () => {
    const draft: TieredDiscountDraft = {
      title: "Launch day",
      startsAt: "2026-12-01T13:00:00Z",
      endsAt: "2026-12-01T23:00:00Z",
      combinesWith,
      config: {
        version: 1,
        kind: "time",
        appliesTo: { productIds: ["gid://shopify/Product/1"], collectionIds: [] },
        tiers: [
          { startsAt: "2026-12-01T14:00:00", endsAt: "2026-12-01T15:00:00", percentage: 50, message: "Launch hour" },
          { startsAt: "2026-12-01T15:00:00", endsAt: "2026-12-02T00:00:00", percentage: 30, message: "Launch day" },
        ],
      },
    };
    expect(storefrontSchedule(id, draft, "Europe/Berlin")).toEqual({
      version: 1,
      discountId: id,
      title: "Launch day",
      kind: "time",
      startsAt: "2026-12-01T13:00:00Z",
      endsAt: "2026-12-01T23:00:00Z",
      tiers: [
        { startsAt: "2026-12-01T13:00:00Z", endsAt: "2026-12-01T14:00:00Z", percentage: 50, message: "Launch hour" },
        { startsAt: "2026-12-01T14:00:00Z", endsAt: "2026-12-01T23:00:00Z", percentage: 30, message: "Launch day" },
      ],
    });
    expect(scheduleOwners(draft.config)).toEqual({
      shop: false,
      productIds: ["gid://shopify/Product/1"],
      collectionIds: [],
    });
    const onCollection = {
      ...draft.config,
      appliesTo: { productIds: [], collectionIds: ["gid://shopify/Collection/7"] },
    };
    expect(scheduleOwners(onCollection)).toEqual({
      shop: false,
      productIds: [],
      collectionIds: ["gid://shopify/Collection/7"],
    });
  });

  it("flattens quantity and spend tiers' values as the block reads them", () => {
    const quantity = storefrontSchedule(
      id,
      {
        title: "Bundle",
        startsAt: "2026-12-01T00:00:00Z",
        endsAt: null,
        combinesWith,
        config: {
          version: 1,
          kind: "quantity",
          appliesTo: "allProducts",
          tiers: [
            { minimumQuantity: 2, value: { percentage: 10 }, message: "Buy 2" },
            { minimumQuantity: 3, value: { amountOffEachItem: "5.00" }, message: "Buy 3" },
          ],
        },
      },
      "UTC",
    );
    expect(quantity.tiers).toEqual([
      { minimumQuantity: 2, percentage: 10, message: "Buy 2" },
      { minimumQuantity: 3, amountOffEachItem: "5.00", message: "Buy 3" },
    ]);
    const spendConfig = {
      version: 1 as const,
      kind: "spend" as const,
      tiers: [{ minimumSubtotal: "100.00", value: { amountOffOrder: "15.00" }, message: "Spend 100" }],
    };
    const spend = storefrontSchedule(
      id,
      { title: "Spend", startsAt: "2026-12-01T00:00:00Z", endsAt: null, combinesWith, config: spendConfig },
      "UTC",
    );
    expect(spend.tiers).toEqual([{ minimumSubtotal: "100.00", amountOffOrder: "15.00", message: "Spend 100" }]);
    // A discount on every product, and spend tiers (off the order), show shop-wide.
    expect(scheduleOwners(spendConfig)).toEqual({ shop: true });
    expect(scheduleOwners({ ...spendConfig, kind: "quantity", appliesTo: "allProducts", tiers: [] })).toEqual({
      shop: true,
    });
  });
});
