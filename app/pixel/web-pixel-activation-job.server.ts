import { z } from "zod";
import { config } from "../config.server";
import { defineJob, PermanentJobError } from "../jobs/job";
import { unauthenticated } from "../shopify.server";
import { pixelSettingsFor } from "./pixel-settings";
import { activateWebPixel, WEB_PIXEL_ACTIVATION_JOB } from "./web-pixel-activation.server";

/**
 * An activation that failed at install (Shopify down, the extension not deployed yet) is tried
 * again here with the queue's backoff, instead of waiting for the next install.
 */
export const webPixelActivationJob = defineJob({
  kind: WEB_PIXEL_ACTIVATION_JOB,
  payload: z.object({ shop: z.string() }),
  async run({ shop }, { db }) {
    const installed = await db.shop.findFirst({ where: { shop, uninstalledAt: null } });
    if (!installed) throw new PermanentJobError(`${shop} has uninstalled Fieldtest`);
    const { admin } = await unauthenticated.admin(shop);
    await activateWebPixel(admin, pixelSettingsFor(config().SHOPIFY_APP_URL, shop));
  },
});
