import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { schemaForWebhook } from "shopify-webhook-schemas";
import type { WebhookTopic } from "../../../../app/webhooks/topics";

export type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: unknown };

/**
 * Shopify's JSON Schema for the topic, from shopify-webhook-schemas. The package infers its
 * schemas from Shopify's documented examples, so a field that happened to hold a string or
 * an empty array there must always do so. Each exception below widens one field to what
 * Shopify really sends; everything else is validated as the package has it.
 */
export function shopifySchema(topic: WebhookTopic): JsonSchema {
  // The package files the consent topic under its old resource name.
  const name = topic.replace("customers/email_marketing_consent_update", "customers_email_marketing_consent/update");
  const schema = structuredClone(schemaForWebhook("2026-04", name)) as JsonSchema;
  if (topic.startsWith("orders/")) {
    // Guest checkouts have no customer; Shopify sends "customer": null.
    allowNull(schema, "customer");
    // Countries without provinces (GB, DE, FR, NL) have a null province and province_code, as
    // in the real capture tests/fixtures/shopify/webhooks/orders_create_captured_2025-08-07.json;
    // a buyer who gave no phone number has a null phone.
    for (const address of ["billing_address", "shipping_address", "customer.default_address"])
      for (const field of ["province", "province_code", "phone"]) allowNull(schema, `${address}.${field}`);
    // The documented examples have no refunds, so the package allows none (items: false);
    // Shopify lists each refund as refunds/create sends it.
    property(schema, "refunds").items = refundSchema();
  }
  if (topic === "refunds/create") return refundSchema();
  // A customer without a phone number has a null phone.
  if (topic === "customers/data_request" || topic === "customers/redact") allowNull(schema, "customer.phone");
  return schema;
}

function refundSchema(): JsonSchema {
  const schema = structuredClone(schemaForWebhook("2026-04", "refunds/create")) as JsonSchema;
  // A refund without a note has a null note; one made through the API (as apps do) has no staff user.
  allowNull(schema, "note");
  allowNull(schema, "user_id");
  return schema;
}

function property(schema: JsonSchema, path: string): JsonSchema {
  return path.split(".").reduce((node, key) => {
    const child = node.properties?.[key];
    if (!child) throw new Error(`The schema has no ${path}: the exception is out of date`);
    return child;
  }, schema);
}

function allowNull(schema: JsonSchema, path: string) {
  const node = property(schema, path);
  const types = [node.type ?? []].flat();
  if (types.includes("null")) throw new Error(`${path} already allows null: drop the exception`);
  node.type = [...types, "null"];
}

export const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
