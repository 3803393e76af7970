import type { DbOrTx } from "../db.server";
import { enqueue } from "../jobs/queue.server";
import type { AdminApi } from "../shopify/admin.server";
import { pixelSettingsFor, settingsMatch, type PixelSettings } from "./pixel-settings";
import { appWebPixel, createWebPixel, updateWebPixel, type WebPixelUserError } from "./web-pixel-admin-api.server";

export type Activation = "created" | "updated" | "unchanged";

export class WebPixelActivationError extends Error {
  constructor(readonly userErrors: WebPixelUserError[]) {
    super(`Shopify refused the web pixel: ${userErrors.map((e) => `${e.code ?? "ERROR"} ${e.message}`).join("; ")}`);
    this.name = "WebPixelActivationError";
  }
}

/**
 * Turns the app's web pixel on in a shop with these settings, however often it runs: create
 * it; when Shopify answers that the app already has one (TAKEN), read it and update it only
 * if its settings differ (a new app URL, a reinstall).
 */
export async function activateWebPixel(admin: AdminApi, settings: PixelSettings): Promise<Activation> {
  const created = await createWebPixel(admin, settings);
  if (created.userErrors.length === 0) return "created";
  if (!created.userErrors.every((error) => error.code === "TAKEN"))
    throw new WebPixelActivationError(created.userErrors);

  const existing = await appWebPixel(admin);
  if (!existing) throw new WebPixelActivationError(created.userErrors);
  if (settingsMatch(existing.settings, settings)) return "unchanged";
  const updated = await updateWebPixel(admin, existing.id, settings);
  if (updated.userErrors.length) throw new WebPixelActivationError(updated.userErrors);
  return "updated";
}

export const WEB_PIXEL_ACTIVATION_JOB = "web-pixel-activation";

/**
 * The install hook's call: a pixel Shopify refuses (the extension not deployed yet, a scope
 * declined, Shopify down) must not keep the merchant out of the app, so it is logged, not
 * thrown, and a job tries again (web-pixel-activation-job.server.ts): one retry chain per shop
 * and day, however often the hook fails that day.
 */
export async function activatePixelAfterInstall(
  db: DbOrTx,
  admin: AdminApi,
  shop: string,
  appUrl: string,
  now = new Date(),
): Promise<void> {
  try {
    await activateWebPixel(admin, pixelSettingsFor(appUrl, shop));
  } catch (error) {
    console.error(`[pixel] could not activate the web pixel for ${shop}; a job tries again:`, error);
    await enqueue(db, {
      kind: WEB_PIXEL_ACTIVATION_JOB,
      key: `${WEB_PIXEL_ACTIVATION_JOB}:${shop}:${now.toISOString().slice(0, 10)}`,
      payload: { shop },
      shop,
      runAt: new Date(now.getTime() + 60_000),
      maxAttempts: 6,
    });
  }
}
