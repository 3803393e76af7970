import type { Db, DbOrTx } from "../db.server";
import type { ScheduleSyncResult } from "./storefront-schedule.server";

/**
 * The app's record of where it wrote storefront schedules (StorefrontScheduleHolder): Shopify
 * can't be asked which products hold an app metafield, and a discount deleted outside the app
 * must not leave its countdown behind.
 */

export async function scheduleHolderIds(db: DbOrTx, shop: string): Promise<string[]> {
  const rows = await db.storefrontScheduleHolder.findMany({ where: { shop }, select: { ownerId: true } });
  return rows.map((row) => row.ownerId);
}

/**
 * Records a sync's outcome. After a sync with errors an owner whose schedule was to be cleared
 * is kept: its old schedule may still be there, and the next sync visits it again.
 */
export async function recordScheduleHolders(db: Db, shop: string, synced: ScheduleSyncResult): Promise<void> {
  const cleared = synced.holders.flatMap((holder) => (holder.discountId === null ? [holder.ownerId] : []));
  const held = synced.holders.flatMap((holder) =>
    holder.discountId === null ? [] : [{ ownerId: holder.ownerId, discountId: holder.discountId }],
  );
  await db.$transaction(async (tx) => {
    if (synced.errors.length === 0 && cleared.length) {
      await tx.storefrontScheduleHolder.deleteMany({ where: { shop, ownerId: { in: cleared } } });
    }
    for (const { ownerId, discountId } of held) {
      await tx.storefrontScheduleHolder.upsert({
        where: { shop_ownerId: { shop, ownerId } },
        create: { shop, ownerId, discountId },
        update: { discountId },
      });
    }
  });
}
