import { z } from "zod";

/** Where the pixel posts, under the app's URL. */
export const PIXEL_EVENTS_PATH = "/pixel/events";

/**
 * The web pixel's settings, as storefront/pixel/shopify.extension.toml declares them (every
 * field a string): where to post, and which shop the views belong to.
 */
export const pixelSettingsSchema = z.object({
  endpoint: z.url(),
  shopDomain: z.string().min(1),
});

export type PixelSettings = z.infer<typeof pixelSettingsSchema>;

export function pixelSettingsFor(appUrl: string, shop: string): PixelSettings {
  return { endpoint: `${appUrl.replace(/\/+$/, "")}${PIXEL_EVENTS_PATH}`, shopDomain: shop };
}

/**
 * Whether a web pixel's stored settings (Shopify returns them as a JSON string) already say
 * what we want; anything unreadable does not.
 */
export function settingsMatch(stored: unknown, wanted: PixelSettings): boolean {
  let value = stored;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return false;
    }
  }
  const parsed = pixelSettingsSchema.strict().safeParse(value);
  return parsed.success && parsed.data.endpoint === wanted.endpoint && parsed.data.shopDomain === wanted.shopDomain;
}
