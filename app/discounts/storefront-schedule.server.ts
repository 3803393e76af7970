import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";
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

async function holders(admin: AdminApi, config: TieredDiscountConfig): Promise<Holder[]> {
  const owners = scheduleOwners(config);
  const data = await adminQuery<{ shop: Holder; nodes: (Holder | null)[] }>(admin, SCHEDULE_HOLDERS, {
    productIds: owners.shop ? [] : owners.productIds,
  });
  if (owners.shop) return [data.shop];
  return data.nodes.filter((node): node is Holder => node !== null && "id" in node);
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
  if (owners.length) {
    const data = await adminQuery<{ metafieldsSet: { userErrors: UserError[] } }>(admin, SET_SCHEDULES, {
      metafields: owners.map((owner) => ({
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
  if (mine.length === 0) return [];
  const data = await adminQuery<{ metafieldsDelete: { userErrors: UserError[] } }>(admin, DELETE_SCHEDULES, {
    metafields: mine.map((owner) => ({ ownerId: owner.id, namespace: SCHEDULE_NAMESPACE, key: SCHEDULE_KEY })),
  });
  return data.metafieldsDelete.userErrors.map((error) => error.message);
}
