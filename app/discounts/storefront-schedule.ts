import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import { utcOfLocalDateTime } from "../shop-time/shop-local-time";
import type { TieredDiscountDraft } from "./tiered-discount-draft";

/**
 * What the storefront's Launch discount block and bar read (storefront/launch/, the
 * `$app:tiered-discount.schedule` JSON metafield; its header comment is the contract): the
 * discount's window and tiers with instants in UTC, so the block counts down without asking
 * the app. It goes on each product the discount names and each product of the collections it
 * names, or on the shop for a discount on every product and for spend tiers (an order discount).
 */

export const SCHEDULE_NAMESPACE = "$app:tiered-discount";
export const SCHEDULE_KEY = "schedule";

type ScheduleTier =
  | { startsAt: string; endsAt: string; percentage: number; message: string }
  | ({ minimumQuantity: number; message: string } & ({ percentage: number } | { amountOffEachItem: string }))
  | ({ minimumSubtotal: string; message: string } & ({ percentage: number } | { amountOffOrder: string }));

export interface StorefrontSchedule {
  version: 1;
  discountId: string;
  title: string;
  kind: TieredDiscountConfig["kind"];
  startsAt: string;
  endsAt: string | null;
  tiers: ScheduleTier[];
}

export function storefrontSchedule(
  discountId: string,
  draft: TieredDiscountDraft,
  timeZone: string,
): StorefrontSchedule {
  const { config } = draft;
  return {
    version: 1,
    discountId,
    title: draft.title,
    kind: config.kind,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    tiers: scheduleTiers(config, timeZone),
  };
}

function scheduleTiers(config: TieredDiscountConfig, timeZone: string): ScheduleTier[] {
  switch (config.kind) {
    case "time":
      return config.tiers.map((tier) => ({
        startsAt: instant(tier.startsAt, timeZone),
        endsAt: instant(tier.endsAt, timeZone),
        percentage: tier.percentage,
        message: tier.message,
      }));
    case "quantity":
      return config.tiers.map((tier) => ({
        minimumQuantity: tier.minimumQuantity,
        ...tier.value,
        message: tier.message,
      }));
    case "spend":
      return config.tiers.map((tier) => ({
        minimumSubtotal: tier.minimumSubtotal,
        ...tier.value,
        message: tier.message,
      }));
  }
}

/** The form refused local times the clocks skip, so every tier time has an instant. */
function instant(local: string, timeZone: string): string {
  const utc = utcOfLocalDateTime(local, timeZone);
  if (!utc) throw new RangeError(`${local} does not exist in ${timeZone}`);
  return utc;
}

/** Where the schedule goes: the shop, or the products the discount names and those of its collections. */
export type ScheduleOwners = { shop: true } | { shop: false; productIds: string[]; collectionIds: string[] };

export function scheduleOwners(config: TieredDiscountConfig): ScheduleOwners {
  if (config.kind === "spend" || config.appliesTo === "allProducts") return { shop: true };
  return { shop: false, productIds: config.appliesTo.productIds, collectionIds: config.appliesTo.collectionIds };
}
