import type { PixelEventsProductViewed } from "@shopify/web-pixels-extension";

/** What the app's /pixel/events takes (app/pixel/product-view-event.ts checks it). */
export interface ProductView {
  shop: string;
  productId: string;
  variantId: string | null;
  eventId: string;
  clientId: string;
  timestamp: string;
}

export interface PixelSettings {
  endpoint: string;
  shopDomain: string;
}

/** The pixel's settings when both are there (a pixel created without them reports nothing). */
export function pixelSettings(settings: Record<string, unknown>): PixelSettings | null {
  const { endpoint, shopDomain } = settings;
  return typeof endpoint === "string" && endpoint && typeof shopDomain === "string" && shopDomain
    ? { endpoint, shopDomain }
    : null;
}

/** The view to report for a product_viewed event, or null when it names no product. */
export function productView(event: PixelEventsProductViewed, shop: string): ProductView | null {
  const variant = event.data?.productVariant;
  const productId = variant?.product?.id;
  if (!productId || !event.id || !event.clientId) return null;
  return {
    shop,
    productId,
    variantId: variant.id ?? null,
    eventId: event.id,
    clientId: event.clientId,
    timestamp: event.timestamp,
  };
}
