import { z } from "zod";
import type { DbOrTx } from "../db.server";
import { defineJob } from "../jobs/job";
import { enqueue } from "../jobs/queue.server";
import type { AdminApi } from "../shopify/admin.server";
import { getShopSummary } from "../shopify/shop.server";
import { unauthenticated } from "../shopify.server";
import { syncStorefrontSchedules, type ScheduleSync } from "./storefront-schedule.server";

/**
 * Where two discounts share a product, the one it shows changes with time (one ends, the other
 * starts): a job syncs every owner again at the next such instant, and schedules the one after.
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
    });
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

/** A save's or delete's sync, and the revisit it needs. Returns Shopify's errors. */
export async function syncStorefrontSchedulesFor(
  db: DbOrTx,
  admin: AdminApi,
  shop: string,
  sync: Omit<ScheduleSync, "now" | "everyOwner">,
): Promise<string[]> {
  const synced = await syncStorefrontSchedules(admin, { ...sync, now: new Date() });
  await scheduleRevisit(db, shop, synced.revisitAt);
  return synced.errors;
}
