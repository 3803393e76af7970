import { createHmac } from "node:crypto";

/** X-Shopify-Hmac-Sha256: base64 HMAC-SHA256 of the raw body, keyed with the app's API secret. */
export function webhookHmac(body: string, apiSecret: string): string {
  return createHmac("sha256", apiSecret).update(body, "utf8").digest("base64");
}
