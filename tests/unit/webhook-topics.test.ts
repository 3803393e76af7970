import { readFileSync } from "node:fs";
import { metadataForWebhook } from "shopify-webhook-schemas";
import { describe, expect, it } from "vitest";
import { customerIdOf, topicFromHeader, webhookTopics, WEBHOOK_TOPICS } from "../../app/webhooks/topics";

// Shopify's documented example payload for each topic and API version (shopify-webhook-schemas);
// the compliance topics are not in that package, so their documented samples come from fixtures.
const complianceSamples: Record<string, string> = {
  "customers/data_request": "customers_data_request_sample.json",
  "customers/redact": "customers_redact_sample.json",
  "shop/redact": "shop_redact_sample.json",
};

function example(topic: string): unknown {
  const sample = complianceSamples[topic];
  if (sample)
    return JSON.parse(readFileSync(new URL(`../fixtures/shopify/webhooks/${sample}`, import.meta.url), "utf8"));
  // The package files the consent topic under its old resource name.
  const name = topic.replace("customers/email_marketing_consent_update", "customers_email_marketing_consent/update");
  return (metadataForWebhook("2026-04", name) as { response: unknown }).response;
}

describe("webhook payload parsers", () => {
  it.each(WEBHOOK_TOPICS)("accept Shopify's documented %s example", (topic) => {
    const parsed = webhookTopics[topic].safeParse(example(topic));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("accept a real orders/create capture and find its customer", () => {
    const order = JSON.parse(
      readFileSync(
        new URL("../fixtures/shopify/webhooks/orders_create_captured_2025-08-07.json", import.meta.url),
        "utf8",
      ),
    );
    const parsed = webhookTopics["orders/create"].parse(order);
    expect(parsed).toMatchObject({ id: "11787496948060", name: "#26285", currency: "EUR", total_price: "439.00" });
    expect(parsed.line_items[0]).toMatchObject({ quantity: 1, variant_id: "53994771480924" });
    expect(customerIdOf("orders/create", parsed)).toBe("8333721207132");
    expect(parsed.customer_locale).toBeNull();
  });

  it("keep the buyer's checkout locale, and never refuse an order for it", () => {
    const order = example("orders/create") as Record<string, unknown>;
    const parse = (customer_locale: unknown) => webhookTopics["orders/create"].parse({ ...order, customer_locale });
    expect(parse("fr-CA").customer_locale).toBe("fr-CA");
    expect(parse(undefined).customer_locale).toBeUndefined();
    expect(parse(42).customer_locale).toBeNull();
    expect(parse({ locale: "de" }).customer_locale).toBeNull();
  });

  it("reject an order without line items or with a price that is not a decimal", () => {
    const order = example("orders/paid") as Record<string, unknown>;
    expect(webhookTopics["orders/paid"].safeParse({ ...order, line_items: undefined }).success).toBe(false);
    expect(webhookTopics["orders/paid"].safeParse({ ...order, total_price: "lots" }).success).toBe(false);
  });

  it("map authenticate.webhook's topic names back to Shopify's", () => {
    expect(topicFromHeader("ORDERS_CREATE")).toBe("orders/create");
    expect(topicFromHeader("CUSTOMERS_EMAIL_MARKETING_CONSENT_UPDATE")).toBe(
      "customers/email_marketing_consent_update",
    );
    expect(topicFromHeader("PRODUCTS_UPDATE")).toBeUndefined();
  });
});
