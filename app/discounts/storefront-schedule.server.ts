import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";
import { collectionProductIds } from "./collection-products.server";
import { SCHEDULE_KEY, SCHEDULE_NAMESPACE, scheduleOwners, storefrontSchedule } from "./storefront-schedule";
import { chooseStorefrontSchedule } from "./storefront-schedule-choice";
import { listTieredDiscounts } from "./tiered-discount-admin-api.server";
import type { TieredDiscountDraft } from "./tiered-discount-draft";

/**
 * Keeps the Launch discount block's schedule right on every product (and the shop) a save or a
 * delete touches: each owner shows the schedule chooseStorefrontSchedule picks among all the
 * app's discounts that name it, and loses it when none does. Owners are found the same way for
 * every discount, reading a collection's products as they are now: a product that left a
 * collection keeps its schedule until it expires or the next sync that touches it.
 */

const SCHEDULE_HOLDERS = `#graphql
  query TieredDiscountScheduleHolders($productIds: [ID!]!) {
    shop {
      id
      metafield(namespace: "$app:tiered-discount", key: "schedule") {
        jsonValue
      }
    }
    nodes(ids: $productIds) {
      ... on Product {
        id
        metafield(namespace: "$app:tiered-discount", key: "schedule") {
          jsonValue
        }
      }
    }
  }
`;

interface Holder {
  id: string;
  metafield: { jsonValue: unknown } | null;
}

// Shopify's limits: nodes(ids) takes at most 250 ids, metafieldsSet at most 25 metafields.
const NODES_PAGE = 250;
const METAFIELDS_PAGE = 25;

function pages<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

const isShopId = (ownerId: string) => ownerId.startsWith("gid://shopify/Shop/");

type CollectionProducts = (collectionIds: string[]) => Promise<string[]>;

/** collectionProductIds, asking Shopify once per collection in one sync. */
function collectionProductsOnce(admin: AdminApi): CollectionProducts {
  const asked = new Map<string, Promise<string[]>>();
  return async (collectionIds) => {
    for (const id of collectionIds) if (!asked.has(id)) asked.set(id, collectionProductIds(admin, [id]));
    return [...new Set((await Promise.all(collectionIds.map((id) => asked.get(id)!))).flat())];
  };
}

/** The shop and the products whose schedules the configs decide, and those named in `alsoOwnerIds`. */
async function holders(
  admin: AdminApi,
  configs: TieredDiscountConfig[],
  alsoOwnerIds: string[],
  collectionProducts: CollectionProducts,
): Promise<Holder[]> {
  type Data = { shop: Holder; nodes: (Holder | null)[] };
  const owners = configs.map(scheduleOwners);
  const collectionIds = [...new Set(owners.flatMap((owner) => (owner.shop ? [] : owner.collectionIds)))];
  const productIds = [
    ...new Set([
      ...owners.flatMap((owner) => (owner.shop ? [] : owner.productIds)),
      ...(await collectionProducts(collectionIds)),
      ...alsoOwnerIds.filter((id) => !isShopId(id)),
    ]),
  ];
  const withShop = owners.some((owner) => owner.shop) || alsoOwnerIds.some(isShopId);
  const found = await Promise.all(
    (productIds.length ? pages(productIds, NODES_PAGE) : [[]]).map((ids) =>
      adminQuery<Data>(admin, SCHEDULE_HOLDERS, { productIds: ids }),
    ),
  );
  return [
    ...(withShop ? [found[0].shop] : []),
    ...found.flatMap((data) => data.nodes.filter((node): node is Holder => node !== null && "id" in node)),
  ];
}

const SET_SCHEDULES = `#graphql
  mutation SetTieredDiscountSchedules($metafields: [MetafieldsSetInput!]!) {
    metafieldsSet(metafields: $metafields) {
      userErrors {
        field
        message
      }
    }
  }
`;

const DELETE_SCHEDULES = `#graphql
  mutation DeleteTieredDiscountSchedules($metafields: [MetafieldIdentifierInput!]!) {
    metafieldsDelete(metafields: $metafields) {
      userErrors {
        field
        message
      }
    }
  }
`;

type UserError = { field: string[] | null; message: string };

/** A discount as the sync sees it: its id and what the merchant set. */
export type ScheduledDiscount = { id: string } & TieredDiscountDraft;

export interface ScheduleSync {
  timeZone: string;
  now: Date;
  /** Just created or updated: Shopify's discount search may not list it yet, or still list the old version. */
  saved?: ScheduledDiscount;
  /** About to be deleted: its owners are synced without it. */
  removed?: { id: string; config: TieredDiscountConfig };
  /** Owners the saved discount had before an edit, which may lose its schedule. */
  previous?: TieredDiscountConfig | null;
  /** Every owner of every discount (the revisit job), instead of the touched ones. */
  everyOwner?: boolean;
  /** Owners to visit as well: those the app last wrote a schedule on (a deleted discount's among them). */
  alsoOwnerIds?: string[];
}

export interface ScheduleSyncResult {
  /** Shopify's errors, for the merchant. */
  errors: string[];
  /** Each visited owner's schedule now: whose discount it shows, or null for none. */
  holders: { ownerId: string; discountId: string | null }[];
  /** When two discounts share an owner: the next instant the choice may change. */
  revisitAt: Date | null;
}

export async function syncStorefrontSchedules(admin: AdminApi, sync: ScheduleSync): Promise<ScheduleSyncResult> {
  const excluded = new Set([sync.saved?.id, sync.removed?.id]);
  const discounts: ScheduledDiscount[] = [
    ...(sync.saved ? [sync.saved] : []),
    ...(await listTieredDiscounts(admin)).flatMap((discount) =>
      discount.config && !excluded.has(discount.id) ? [{ ...discount, config: discount.config }] : [],
    ),
  ];
  const touched = sync.everyOwner
    ? discounts.map((discount) => discount.config)
    : [sync.saved?.config, sync.previous, sync.removed?.config].filter((config) => config != null);
  const collectionProducts = collectionProductsOnce(admin);
  const owners = await holders(admin, touched, sync.alsoOwnerIds ?? [], collectionProducts);
  const members = await membersOf(discounts, collectionProducts);

  const set: { ownerId: string; value: string }[] = [];
  const cleared: string[] = [];
  const shown: ScheduleSyncResult["holders"] = [];
  let revisitAt: Date | null = null;
  for (const owner of owners) {
    const candidates = discounts
      .filter((discount) => members.get(discount.id)!(owner.id))
      .map((discount) => storefrontSchedule(discount.id, discount, sync.timeZone));
    const choice = chooseStorefrontSchedule(candidates, sync.now);
    if (choice.revisitAt && (!revisitAt || choice.revisitAt < revisitAt)) revisitAt = choice.revisitAt;
    shown.push({ ownerId: owner.id, discountId: choice.shown?.discountId ?? null });
    if (!choice.shown) {
      if (owner.metafield) cleared.push(owner.id);
    } else if (JSON.stringify(owner.metafield?.jsonValue) !== JSON.stringify(choice.shown)) {
      set.push({ ownerId: owner.id, value: JSON.stringify(choice.shown) });
    }
  }
  const errors = [...(await setSchedules(admin, set)), ...(await deleteSchedules(admin, cleared))];
  return { errors, holders: shown, revisitAt };
}

/** For each discount, whether an owner (the shop's or a product's id) is one of its owners. */
async function membersOf(
  discounts: ScheduledDiscount[],
  collectionProducts: CollectionProducts,
): Promise<Map<string, (ownerId: string) => boolean>> {
  const members = new Map<string, (ownerId: string) => boolean>();
  for (const discount of discounts) {
    const owners = scheduleOwners(discount.config);
    if (owners.shop) {
      members.set(discount.id, isShopId);
    } else {
      const products = new Set([...owners.productIds, ...(await collectionProducts(owners.collectionIds))]);
      members.set(discount.id, (ownerId) => products.has(ownerId));
    }
  }
  return members;
}

async function setSchedules(admin: AdminApi, schedules: { ownerId: string; value: string }[]): Promise<string[]> {
  const errors: string[] = [];
  for (const page of pages(schedules, METAFIELDS_PAGE)) {
    const data = await adminQuery<{ metafieldsSet: { userErrors: UserError[] } }>(admin, SET_SCHEDULES, {
      metafields: page.map(({ ownerId, value }) => ({
        ownerId,
        namespace: SCHEDULE_NAMESPACE,
        key: SCHEDULE_KEY,
        type: "json",
        value,
      })),
    });
    errors.push(...data.metafieldsSet.userErrors.map((error) => error.message));
  }
  return errors;
}

async function deleteSchedules(admin: AdminApi, ownerIds: string[]): Promise<string[]> {
  const errors: string[] = [];
  for (const page of pages(ownerIds, METAFIELDS_PAGE)) {
    const data = await adminQuery<{ metafieldsDelete: { userErrors: UserError[] } }>(admin, DELETE_SCHEDULES, {
      metafields: page.map((ownerId) => ({ ownerId, namespace: SCHEDULE_NAMESPACE, key: SCHEDULE_KEY })),
    });
    errors.push(...data.metafieldsDelete.userErrors.map((error) => error.message));
  }
  return errors;
}
