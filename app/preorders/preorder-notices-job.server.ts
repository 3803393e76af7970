import { z } from "zod";
import { shopMailer } from "../email/mail-settings.server";
import { defineJob } from "../jobs/job";
import { unauthenticated } from "../shopify.server";
import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";
import { notifyPreorderCustomers } from "./notify-preorder-customers.server";
import { shipDateChangeSchema } from "./ship-date-notice";

export const PREORDER_NOTICES_JOB = "preorder-notices";

const SHOP_PROFILE = `#graphql
  query PreorderNoticeShop {
    shop {
      name
      contactEmail
    }
  }
`;

/**
 * Who the notices come from. Each buyer's notice speaks the language they checked out in; this
 * locale is for buyers without one (English, until the shop's locale is read).
 */
export async function shopProfileForNotices(admin: AdminApi) {
  const { shop } = await adminQuery<{ shop: { name: string; contactEmail: string } }>(admin, SHOP_PROFILE);
  return { name: shop.name, contactEmail: shop.contactEmail, locale: "en" };
}

/**
 * Emails every customer of a test about one change (a moved ship date, a cancellation). One job
 * per change, keyed by it, so the notices go out once; a mail server failure retries the job,
 * which sends only the notices still pending.
 */
export const preorderNoticesJob = defineJob({
  kind: PREORDER_NOTICES_JOB,
  payload: z.object({ shop: z.string(), testId: z.string(), change: shipDateChangeSchema, changeId: z.string() }),
  maxAttempts: 6,
  async run({ shop, testId, change, changeId }, context) {
    const { admin } = await unauthenticated.admin(shop);
    const counts = await notifyPreorderCustomers(context.db, {
      shop,
      testId,
      change,
      changeId,
      shopProfile: await shopProfileForNotices(admin),
      sendMail: await shopMailer(context.db, shop),
      now: () => context.clock.now(),
    });
    if (counts.failed > 0) throw new Error(`${counts.failed} preorder notices were not accepted by the mail server`);
  },
});
