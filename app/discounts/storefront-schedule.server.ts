import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";
import { collectionProductIds } from "./collection-products.server";
import {
  SCHEDULE_KEY,
  SCHEDULE_NAMESPACE,
  scheduleOwners,
  storefrontSchedule,
  type StorefrontSchedule,
} from "./storefront-schedule";
import type { TieredDiscountDraft } from "./tiered-discount-draft";

/**
 * Writes and withdraws the Launch discount block's schedule. One schedule per owner: the
 * discount saved last shows; withdrawing only removes a schedule that is still this discount's.
 * Publishing and withdrawing find the owners the same way (holders), reading a collection's
 * products as they are now: a product that left a collection keeps its schedule until it expires
 * or another discount replaces it.
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

async function holders(admin: AdminApi, config: TieredDiscountConfig): Promise<Holder[]> {
  type Data = { shop: Holder; nodes: (Holder | null)[] };
  const owners = scheduleOwners(config);
  if (owners.shop) return [(await adminQuery<Data>(admin, SCHEDULE_HOLDERS, { productIds: [] })).shop];
  const productIds = [...new Set([...owners.productIds, ...(await collectionProductIds(admin, owners.collectionIds))])];
  const found = await Promise.all(
    pages(productIds, NODES_PAGE).map((ids) => adminQuery<Data>(admin, SCHEDULE_HOLDERS, { productIds: ids })),
  );
  return found.flatMap((data) => data.nodes.filter((node): node is Holder => node !== null && "id" in node));
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

/** The schedule on the discount's owners; those it no longer names (an edit) lose it. Returns Shopify's errors. */
export async function publishStorefrontSchedule(
  admin: AdminApi,
  input: { discountId: string; draft: TieredDiscountDraft; timeZone: string; previous: TieredDiscountConfig | null },
): Promise<string[]> {
  const schedule: StorefrontSchedule = storefrontSchedule(input.discountId, input.draft, input.timeZone);
  const owners = await holders(admin, input.draft.config);
  const errors: string[] = [];
  for (const page of pages(owners, METAFIELDS_PAGE)) {
    const data = await adminQuery<{ metafieldsSet: { userErrors: UserError[] } }>(admin, SET_SCHEDULES, {
      metafields: page.map((owner) => ({
        ownerId: owner.id,
        namespace: SCHEDULE_NAMESPACE,
        key: SCHEDULE_KEY,
        type: "json",
        value: JSON.stringify(schedule),
      })),
    });
    errors.push(...data.metafieldsSet.userErrors.map((error) => error.message));
  }
  if (input.previous) {
    const kept = new Set(owners.map((owner) => owner.id));
    errors.push(...(await withdraw(admin, input.discountId, input.previous, (id) => !kept.has(id))));
  }
  return errors;
}

/** Removes the discount's schedule from its owners (a deleted discount). Returns Shopify's errors. */
export function withdrawStorefrontSchedule(admin: AdminApi, discountId: string, config: TieredDiscountConfig) {
  return withdraw(admin, discountId, config, () => true);
}

async function withdraw(
  admin: AdminApi,
  discountId: string,
  config: TieredDiscountConfig,
  include: (ownerId: string) => boolean,
): Promise<string[]> {
  const mine = (await holders(admin, config)).filter(
    (owner) =>
      include(owner.id) && (owner.metafield?.jsonValue as { discountId?: unknown } | null)?.discountId === discountId,
  );
  const errors: string[] = [];
  for (const page of pages(mine, METAFIELDS_PAGE)) {
    const data = await adminQuery<{ metafieldsDelete: { userErrors: UserError[] } }>(admin, DELETE_SCHEDULES, {
      metafields: page.map((owner) => ({ ownerId: owner.id, namespace: SCHEDULE_NAMESPACE, key: SCHEDULE_KEY })),
    });
    errors.push(...data.metafieldsDelete.userErrors.map((error) => error.message));
  }
  return errors;
}
