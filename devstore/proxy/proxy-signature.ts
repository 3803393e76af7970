import { createHmac } from "node:crypto";

/**
 * The `signature` Shopify adds to app proxy requests: HMAC-SHA256 (hex) with the app's
 * secret over every query parameter but `signature`, sorted by key, each as
 * `key=value` (repeated keys' values joined with ","), concatenated with no separator.
 * Keys sort with localeCompare, as @shopify/shopify-api's validateHmac({signator: "appProxy"}) does.
 */
export function appProxySignature(query: URLSearchParams, secret: string): string {
  const values = new Map<string, string[]>();
  for (const [key, value] of query) {
    if (key === "signature") continue;
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  const message = [...values]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, keyValues]) => `${key}=${keyValues.join(",")}`)
    .join("");
  return createHmac("sha256", secret).update(message).digest("hex");
}

export interface ProxyParameters {
  /** The shop's myshopify domain. */
  shop: string;
  /** Empty when no customer is logged in. */
  loggedInCustomerId: string;
  /** "/apps/fieldtest" */
  pathPrefix: string;
  /** Unix seconds. */
  timestamp: number;
}

const SHOPIFY_PARAMETERS = ["shop", "logged_in_customer_id", "path_prefix", "timestamp", "signature"];

/**
 * The visitor's query plus Shopify's parameters, signed. A visitor cannot pass their own
 * `shop`, `logged_in_customer_id`… (those would then be signed as if Shopify had set them).
 */
export function signedProxyQuery(original: URLSearchParams, parameters: ProxyParameters, secret: string) {
  const query = new URLSearchParams([...original].filter(([key]) => !SHOPIFY_PARAMETERS.includes(key)));
  query.set("shop", parameters.shop);
  query.set("logged_in_customer_id", parameters.loggedInCustomerId);
  query.set("path_prefix", parameters.pathPrefix);
  query.set("timestamp", String(parameters.timestamp));
  query.set("signature", appProxySignature(query, secret));
  return query;
}
