import { webhookHmac } from "./signature";

export interface WebhookIdentity {
  topic: string;
  shopDomain: string;
  apiVersion: string;
  /** Unique per delivery; a retry of the delivery keeps it. */
  webhookId: string;
  /** Unique per event; every subscription's delivery of the event shares it. */
  eventId: string;
  triggeredAt: string;
}

/** The headers Shopify sends with a webhook, signed with the app's secret. */
export function webhookHeaders(identity: WebhookIdentity, body: string, apiSecret: string): Record<string, string> {
  return {
    "Content-Type": "application/json",
    "User-Agent": "Shopify-Captain-Hook",
    "X-Shopify-Topic": identity.topic,
    "X-Shopify-Hmac-Sha256": webhookHmac(body, apiSecret),
    "X-Shopify-Shop-Domain": identity.shopDomain,
    "X-Shopify-API-Version": identity.apiVersion,
    "X-Shopify-Webhook-Id": identity.webhookId,
    "X-Shopify-Triggered-At": identity.triggeredAt,
    "X-Shopify-Event-Id": identity.eventId,
  };
}
