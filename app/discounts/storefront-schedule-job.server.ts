import { z } from "zod";
import type { Db, DbOrTx } from "../db.server";
import { defineJob } from "../jobs/job";
import { enqueue } from "../jobs/queue.server";
import type { WebhookSubscribers } from "../webhooks/subscribers.server";
import type { AdminApi } from "../shopify/admin.server";
import { getShopSummary } from "../shopify/shop.server";
import { unauthenticated } from "../shopify.server";
import { recordScheduleHolders, scheduleHolderIds } from "./storefront-schedule-holders.server";
import { syncStorefrontSchedules, type ScheduleSync } from "./storefront-schedule.server";

/**
 * Where two discounts share a product, the one it shows changes with time (one ends, the other
 * starts): a job syncs every owner again at the next such instant, and schedules the one after.
 * The same job runs when Shopify reports a discount deleted (discounts/delete), maybe in
 * Shopify's admin: every owner the app wrote a schedule on is visited, so the deleted
 * discount's countdown goes.
 */

export const STOREFRONT_SCHEDULE_JOB = "tiered-discount-schedules";

export const storefrontScheduleJob = defineJob({
  kind: STOREFRONT_SCHEDULE_JOB,
  payload: z.object({ shop: z.string() }),
  async run({ shop }, context) {
    const { admin } = await unauthenticated.admin(shop);
    const { ianaTimezone } = await getShopSummary(admin);
    const synced = await syncStorefrontSchedules(admin, {
      timeZone: ianaTimezone,
      now: context.clock.now(),
      everyOwner: true,
      alsoOwnerIds: await scheduleHolderIds(context.db, shop),
    });
    await recordScheduleHolders(context.db, shop, synced);
    // Shopify refused a write: the job's backoff tries again.
    if (synced.errors.length) throw new Error(synced.errors.join(" "));
    await scheduleRevisit(context.db, shop, synced.revisitAt);
  },
});

function scheduleRevisit(db: DbOrTx, shop: string, at: Date | null) {
  if (!at) return;
  return enqueue(db, {
    kind: STOREFRONT_SCHEDULE_JOB,
    key: `${STOREFRONT_SCHEDULE_JOB}:${shop}:${at.toISOString()}`,
    payload: { shop },
    shop,
    runAt: at,
  });
}

/** discounts/delete: one of the shop's discounts is gone; if it was the app's, its schedules go with it. */
export const storefrontScheduleSubscribers: WebhookSubscribers = {
  "discounts/delete": [
    async (shop, payload, { db }) => {
      const discountId = payload.admin_graphql_api_id;
      const held = await db.storefrontScheduleHolder.count({ where: { shop, discountId } });
      if (!held) return;
      await enqueue(db, {
        kind: STOREFRONT_SCHEDULE_JOB,
        key: `${STOREFRONT_SCHEDULE_JOB}:${shop}:deleted:${discountId}`,
        payload: { shop },
        shop,
      });
    },
  ],
};

/** A save's or delete's sync, and the revisit it needs. Returns Shopify's errors. */
export async function syncStorefrontSchedulesFor(
  db: Db,
  admin: AdminApi,
  shop: string,
  sync: Omit<ScheduleSync, "now" | "everyOwner">,
): Promise<string[]> {
  const synced = await syncStorefrontSchedules(admin, { ...sync, now: new Date() });
  await recordScheduleHolders(db, shop, synced);
  await scheduleRevisit(db, shop, synced.revisitAt);
  return synced.errors;
}
