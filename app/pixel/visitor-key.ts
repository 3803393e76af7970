import { createHmac } from "node:crypto";

/**
 * Who viewed, as a key that counts distinct visitors but names no one. The pixel's clientId is
 * Shopify's per-browser id (the _shopify_y cookie), the same one every other pixel on the shop
 * receives; stored as is, our rows could be joined with theirs or traced back to a browser. An
 * HMAC keyed with the app's secret and scoped to the shop keeps "same browser, same product
 * page" countable within one shop, while the stored value cannot be matched to the cookie
 * without the secret, nor across shops.
 */
export function visitorKey(secret: string, shop: string, clientId: string): string {
  return createHmac("sha256", secret).update(`${shop}\n${clientId}`).digest("base64url").slice(0, 22);
}
