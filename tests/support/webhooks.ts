import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { getHmac } from "@shopify/shopify-api/test-helpers";

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/shopify/webhooks/${name}`, import.meta.url), "utf8"));
}

export interface SignedWebhook {
  topic: string;
  shop: string;
  body: string | object;
  webhookId?: string;
  secret?: string;
  /** Replace or drop (undefined) individual headers. */
  headers?: Record<string, string | undefined>;
}

/** A webhook request as Shopify sends it: classic X-Shopify-* headers and an HMAC of the raw body. */
export function signedWebhookRequest(webhook: SignedWebhook, url = `https://fieldtest.test/webhooks/${webhook.topic}`) {
  const body = typeof webhook.body === "string" ? webhook.body : JSON.stringify(webhook.body);
  const headers: Record<string, string | undefined> = {
    "Content-Type": "application/json",
    "X-Shopify-Topic": webhook.topic,
    "X-Shopify-Shop-Domain": webhook.shop,
    "X-Shopify-API-Version": "2026-04",
    "X-Shopify-Webhook-Id": webhook.webhookId ?? randomUUID(),
    "X-Shopify-Triggered-At": "2026-11-26T10:00:00.000Z",
    "X-Shopify-Event-Id": randomUUID(),
    "X-Shopify-Hmac-Sha256": getHmac(body, webhook.secret ?? process.env.SHOPIFY_API_SECRET!),
    ...webhook.headers,
  };
  const present = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  return new Request(url, { method: "POST", headers: present, body });
}
