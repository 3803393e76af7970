import { z } from "zod";
import { shopMailer } from "../email/mail-settings.server";
import { defineJob } from "../jobs/job";
import { unauthenticated } from "../shopify.server";
import type { AdminApi } from "../shopify/admin.server";
import { AdminApiError, adminQuery } from "../shopify/graphql.server";
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

const SHOP_LOCALES = `#graphql
  query PreorderNoticeShopLocales {
    shopLocales {
      locale
      primary
    }
  }
`;

/**
 * Who the notices come from. Each buyer's notice speaks the language they checked out in; the
 * shop's primary language is for buyers without one (and the admin's preview). A shop that has
 * not granted read_locales yet (it came with an app update) gets English.
 */
export async function shopProfileForNotices(admin: AdminApi) {
  const [{ shop }, locale] = await Promise.all([
    adminQuery<{ shop: { name: string; contactEmail: string } }>(admin, SHOP_PROFILE),
    primaryLocale(admin),
  ]);
  return { name: shop.name, contactEmail: shop.contactEmail, locale };
}

async function primaryLocale(admin: AdminApi): Promise<string> {
  try {
    const { shopLocales } = await adminQuery<{ shopLocales: { locale: string; primary: boolean }[] }>(
      admin,
      SHOP_LOCALES,
    );
    return shopLocales.find((locale) => locale.primary)?.locale ?? "en";
  } catch (error) {
    if (error instanceof AdminApiError && error.errors.some((e) => e.extensions?.code === "ACCESS_DENIED")) return "en";
    throw error;
  }
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
