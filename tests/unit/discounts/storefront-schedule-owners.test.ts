import { describe, expect, it } from "vitest";
import {
  publishStorefrontSchedule,
  withdrawStorefrontSchedule,
} from "../../../app/discounts/storefront-schedule.server";
import type { TieredDiscountDraft } from "../../../app/discounts/tiered-discount-draft";
import type { AdminApi } from "../../../app/shopify/admin.server";
import type { QuantityTieredDiscount } from "../../../storefront/tiered-discount/src/tiered-discount-config";

/**
 * Where publishing and withdrawing put the schedule, against a fake Admin API: the picked
 * products and every product of the picked collections, in Shopify-sized pages.
 */

const discountId = "gid://shopify/DiscountAutomaticNode/9";
const product = (n: number) => `gid://shopify/Product/${n}`;
const COLLECTION = "gid://shopify/Collection/70";
// 30 products: more than one metafieldsSet (25 at most) can take.
const MEMBERS = Array.from({ length: 30 }, (_, i) => product(100 + i));

function fakeShopify() {
  const schedules = new Map<string, string>();
  const calls: { operation: string; size: number }[] = [];
  const answer = (operation: string, variables: Record<string, unknown>): unknown => {
    switch (operation) {
      case "TieredDiscountCollectionProducts":
        return {
          collection: variables.id === COLLECTION ? { products: { nodes: MEMBERS.map((id) => ({ id })) } } : null,
        };
      case "TieredDiscountScheduleHolders": {
        const ids = variables.productIds as string[];
        calls.push({ operation, size: ids.length });
        const holder = (id: string) => ({
          id,
          metafield: schedules.has(id) ? { jsonValue: JSON.parse(schedules.get(id)!) } : null,
        });
        return { shop: holder("gid://shopify/Shop/1"), nodes: ids.map(holder) };
      }
      case "SetTieredDiscountSchedules": {
        const metafields = variables.metafields as { ownerId: string; value: string }[];
        calls.push({ operation, size: metafields.length });
        if (metafields.length > 25) return { metafieldsSet: { userErrors: [{ field: null, message: "over 25" }] } };
        for (const { ownerId, value } of metafields) schedules.set(ownerId, value);
        return { metafieldsSet: { userErrors: [] } };
      }
      case "DeleteTieredDiscountSchedules": {
        const metafields = variables.metafields as { ownerId: string }[];
        calls.push({ operation, size: metafields.length });
        for (const { ownerId } of metafields) schedules.delete(ownerId);
        return { metafieldsDelete: { userErrors: [] } };
      }
      default:
        throw new Error(`Unexpected operation ${operation}`);
    }
  };
  const admin = {
    graphql: async (document: string, options?: { variables?: Record<string, unknown> }) => {
      const operation = /(?:query|mutation)\s+(\w+)/.exec(document)![1];
      return new Response(JSON.stringify({ data: answer(operation, options?.variables ?? {}) }));
    },
  } as unknown as AdminApi;
  return { admin, schedules, calls };
}

function draftOn(appliesTo: QuantityTieredDiscount["appliesTo"]): TieredDiscountDraft {
  return {
    title: "Bundle",
    startsAt: "2026-12-01T00:00:00Z",
    endsAt: null,
    combinesWith: { productDiscounts: false, orderDiscounts: false, shippingDiscounts: false },
    config: {
      version: 1,
      kind: "quantity",
      appliesTo,
      tiers: [{ minimumQuantity: 2, value: { percentage: 10 }, message: "Buy 2" }],
    },
  };
}

describe("the storefront schedule's owners", () => {
  it("puts the schedule on the picked products and every product of the picked collections, 25 at a time", async () => {
    const { admin, schedules, calls } = fakeShopify();
    const draft = draftOn({ productIds: [product(1), MEMBERS[0]], collectionIds: [COLLECTION] });
    const errors = await publishStorefrontSchedule(admin, { discountId, draft, timeZone: "UTC", previous: null });
    expect(errors).toEqual([]);
    expect([...schedules.keys()].sort()).toEqual([product(1), ...MEMBERS].sort());
    expect(JSON.parse(schedules.get(MEMBERS[29])!)).toMatchObject({ discountId, kind: "quantity" });
    expect(calls.filter((call) => call.operation === "SetTieredDiscountSchedules").map((call) => call.size)).toEqual([
      25, 6,
    ]);
  });

  it("withdraws from the same owners, and an edit that drops the collection takes it off its products", async () => {
    const { admin, schedules } = fakeShopify();
    const onCollection = draftOn({ productIds: [], collectionIds: [COLLECTION] });
    await publishStorefrontSchedule(admin, { discountId, draft: onCollection, timeZone: "UTC", previous: null });
    expect(schedules.size).toBe(30);

    const onOneProduct = draftOn({ productIds: [product(1)], collectionIds: [] });
    const errors = await publishStorefrontSchedule(admin, {
      discountId,
      draft: onOneProduct,
      timeZone: "UTC",
      previous: onCollection.config,
    });
    expect(errors).toEqual([]);
    expect([...schedules.keys()]).toEqual([product(1)]);

    await publishStorefrontSchedule(admin, { discountId, draft: onCollection, timeZone: "UTC", previous: null });
    expect(await withdrawStorefrontSchedule(admin, discountId, onCollection.config)).toEqual([]);
    expect([...schedules.keys()]).toEqual([product(1)]);
  });
});
