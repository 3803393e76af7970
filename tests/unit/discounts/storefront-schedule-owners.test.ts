import { describe, expect, it } from "vitest";
import { syncStorefrontSchedules, type ScheduledDiscount } from "../../../app/discounts/storefront-schedule.server";
import type { AdminApi } from "../../../app/shopify/admin.server";
import { functionConfigurationMetafieldValue } from "../../../storefront/tiered-discount/src/configuration-metafield";
import type {
  QuantityTieredDiscount,
  TieredDiscountConfig,
} from "../../../storefront/tiered-discount/src/tiered-discount-config";

/**
 * Where a sync puts the schedule, against a fake Admin API: the picked products and every product
 * of the picked collections, in Shopify-sized pages; and with two discounts on one product, the
 * one it should show, handing over when one is deleted.
 */

const discountId = "gid://shopify/DiscountAutomaticNode/9";
const product = (n: number) => `gid://shopify/Product/${n}`;
const COLLECTION = "gid://shopify/Collection/70";
// 30 products: more than one metafieldsSet (25 at most) can take.
const MEMBERS = Array.from({ length: 30 }, (_, i) => product(100 + i));
const SHOP = "gid://shopify/Shop/1";

function fakeShopify(saved: ScheduledDiscount[] = []) {
  const schedules = new Map<string, string>();
  const discounts = new Map(saved.map((discount) => [discount.id, discount]));
  const calls: { operation: string; size: number }[] = [];
  const answer = (operation: string, variables: Record<string, unknown>): unknown => {
    switch (operation) {
      case "TieredDiscounts":
        return {
          discountNodes: {
            nodes: [...discounts.values()].reverse().map((discount) => ({
              id: discount.id,
              discount: {
                __typename: "DiscountAutomaticApp",
                title: discount.title,
                status: "ACTIVE",
                startsAt: discount.startsAt,
                endsAt: discount.endsAt,
                combinesWith: discount.combinesWith,
              },
              metafield: { jsonValue: functionConfigurationMetafieldValue(discount.config) },
            })),
          },
        };
      case "TieredDiscountCollectionProducts":
        calls.push({ operation, size: 1 });
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
        return { shop: holder(SHOP), nodes: ids.map(holder) };
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
  const shown = (ownerId: string) => {
    const value = schedules.get(ownerId);
    return value === undefined ? undefined : (JSON.parse(value) as { discountId: string }).discountId;
  };
  return { admin, schedules, discounts, calls, shown };
}

const combinesWith = { productDiscounts: false, orderDiscounts: false, shippingDiscounts: false };

function discountOn(appliesTo: QuantityTieredDiscount["appliesTo"], id = discountId): ScheduledDiscount {
  return {
    id,
    title: "Bundle",
    startsAt: "2026-12-01T00:00:00Z",
    endsAt: null,
    combinesWith,
    config: {
      version: 1,
      kind: "quantity",
      appliesTo,
      tiers: [{ minimumQuantity: 2, value: { percentage: 10 }, message: "Buy 2" }],
    },
  };
}

/** A one-tier flash sale on products, from `from` to `to` (hours of 2026-12-01, UTC). */
function flashSale(id: string, productIds: string[], from: number, to: number, percentage: number): ScheduledDiscount {
  const hour = (h: number) => `2026-12-01T${String(h).padStart(2, "0")}:00:00`;
  const config: TieredDiscountConfig = {
    version: 1,
    kind: "time",
    appliesTo: { productIds, collectionIds: [] },
    tiers: [{ startsAt: hour(from), endsAt: hour(to), percentage, message: `${percentage}% off` }],
  };
  return { id, title: id, startsAt: `${hour(from)}Z`, endsAt: `${hour(to)}Z`, combinesWith, config };
}

const sync = { timeZone: "UTC", now: new Date("2026-12-01T08:00:00Z") };

describe("the storefront schedule's owners", () => {
  it("puts the schedule on the picked products and every product of the picked collections, 25 at a time", async () => {
    const { admin, schedules, calls } = fakeShopify();
    const saved = discountOn({ productIds: [product(1), MEMBERS[0]], collectionIds: [COLLECTION] });
    const result = await syncStorefrontSchedules(admin, { ...sync, saved });
    expect(result).toMatchObject({ errors: [], revisitAt: null });
    expect(result.holders).toHaveLength(31);
    expect(new Set(result.holders.map((holder) => holder.discountId))).toEqual(new Set([discountId]));
    expect([...schedules.keys()].sort()).toEqual([product(1), ...MEMBERS].sort());
    expect(JSON.parse(schedules.get(MEMBERS[29])!)).toMatchObject({ discountId, kind: "quantity" });
    expect(calls.filter((call) => call.operation === "SetTieredDiscountSchedules").map((call) => call.size)).toEqual([
      25, 6,
    ]);
    // The collection is read once, though both finding owners and matching discounts need it.
    expect(calls.filter((call) => call.operation === "TieredDiscountCollectionProducts")).toHaveLength(1);

    // A second sync of the same discount writes nothing.
    calls.length = 0;
    await syncStorefrontSchedules(admin, { ...sync, saved });
    expect(calls.filter((call) => call.operation === "SetTieredDiscountSchedules")).toEqual([]);
  });

  it("an edit that drops the collection takes the schedule off its products; a delete off the rest", async () => {
    const onCollection = discountOn({ productIds: [], collectionIds: [COLLECTION] });
    const { admin, schedules, discounts } = fakeShopify([onCollection]);
    await syncStorefrontSchedules(admin, { ...sync, saved: onCollection });
    expect(schedules.size).toBe(30);

    const onOneProduct = discountOn({ productIds: [product(1)], collectionIds: [] });
    // Shopify's search still lists the old version: the saved one wins.
    const result = await syncStorefrontSchedules(admin, {
      ...sync,
      saved: onOneProduct,
      previous: onCollection.config,
    });
    expect(result.errors).toEqual([]);
    expect([...schedules.keys()]).toEqual([product(1)]);

    discounts.set(discountId, onOneProduct);
    await syncStorefrontSchedules(admin, { ...sync, removed: { id: discountId, config: onOneProduct.config } });
    expect(schedules.size).toBe(0);
  });

  it("a shop-wide discount's schedule goes on the shop only", async () => {
    const { admin, schedules } = fakeShopify();
    const onAll = discountOn({ productIds: [], collectionIds: [] });
    if (onAll.config.kind !== "quantity") throw new Error("a quantity discount");
    await syncStorefrontSchedules(admin, {
      ...sync,
      saved: { ...onAll, config: { ...onAll.config, appliesTo: "allProducts" } },
    });
    expect([...schedules.keys()]).toEqual([SHOP]);
  });
});

describe("a discount deleted outside the app", () => {
  it("loses its schedule where the app last wrote it, when those owners are visited", async () => {
    const gone = discountOn({ productIds: [product(1)], collectionIds: [] }, "gid://shopify/DiscountAutomaticNode/77");
    const { admin, discounts, schedules } = fakeShopify([gone]);
    await syncStorefrontSchedules(admin, { ...sync, saved: gone });
    expect(schedules.has(product(1))).toBe(true);

    // Deleted in Shopify's admin: no discount names the product any more, so only the app's record finds it.
    discounts.delete(gone.id);
    const unaware = await syncStorefrontSchedules(admin, { ...sync, everyOwner: true });
    expect(unaware.holders).toEqual([]);
    expect(schedules.has(product(1))).toBe(true);
    const result = await syncStorefrontSchedules(admin, { ...sync, everyOwner: true, alsoOwnerIds: [product(1)] });
    expect(result.holders).toEqual([{ ownerId: product(1), discountId: null }]);
    expect(schedules.has(product(1))).toBe(false);
  });
});

describe("two discounts on one product", () => {
  const early = flashSale("gid://shopify/DiscountAutomaticNode/1", [product(1), product(2)], 9, 11, 30);
  const late = flashSale("gid://shopify/DiscountAutomaticNode/2", [product(1)], 10, 12, 50);

  it("shows the one on now, whichever was saved last, and says when to look again", async () => {
    const { admin, shown } = fakeShopify([early]);
    await syncStorefrontSchedules(admin, { ...sync, saved: early });
    const result = await syncStorefrontSchedules(admin, {
      ...sync,
      now: new Date("2026-12-01T09:30:00Z"),
      saved: late,
    });
    expect(shown(product(1))).toBe(early.id);
    expect(shown(product(2))).toBe(early.id);
    expect(result.revisitAt).toEqual(new Date("2026-12-01T10:00:00Z"));
  });

  it("hands over at the revisit, and a delete brings back the other discount's schedule", async () => {
    const { admin, discounts, shown } = fakeShopify([early, late]);
    const revisit = await syncStorefrontSchedules(admin, {
      ...sync,
      now: new Date("2026-12-01T10:00:00Z"),
      everyOwner: true,
    });
    expect(shown(product(1))).toBe(late.id);
    expect(shown(product(2))).toBe(early.id);
    expect(revisit.revisitAt).toEqual(new Date("2026-12-01T11:00:00Z"));

    const deleted = await syncStorefrontSchedules(admin, {
      ...sync,
      now: new Date("2026-12-01T10:00:00Z"),
      removed: { id: late.id, config: late.config },
    });
    discounts.delete(late.id);
    expect(shown(product(1))).toBe(early.id);
    expect(deleted.revisitAt).toBeNull();
  });
});
