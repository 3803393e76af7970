import { z } from "zod";

/**
 * The webhook topics Fieldtest subscribes to (shopify.app.toml), each with the part of
 * Shopify's payload the app relies on. Unknown fields pass through; a payload missing
 * what we rely on is rejected with 400 before anything is stored.
 */

/**
 * Shopify ids arrive as JSON numbers; kept as decimal strings. Not z.int(): Shopify's own
 * documented examples carry ids above 2^53 (real ids are ~10^13 and exact).
 */
const id = z
  .union([z.number().nonnegative().refine(Number.isInteger, "must be a whole number"), z.string().regex(/^\d+$/)])
  .transform(String);
const money = z.string().regex(/^-?\d+(\.\d+)?$/, "must be a decimal amount such as 12.50");

const orderLineItem = z.looseObject({
  id,
  variant_id: id.nullable().optional(),
  product_id: id.nullable().optional(),
  quantity: z.number().int(),
  price: money,
});

const order = z.looseObject({
  id,
  admin_graphql_api_id: z.string().startsWith("gid://shopify/Order/"),
  name: z.string(),
  currency: z.string().length(3),
  total_price: money,
  created_at: z.string(),
  customer: z.looseObject({ id }).nullable().optional(),
  // The language the buyer checked out in ("de", "fr-CA"); null for orders not placed at a
  // checkout. Whatever it holds, it never costs the order: anything but a string reads as null.
  customer_locale: z.string().nullable().optional().catch(null),
  line_items: z.array(orderLineItem),
});

const complianceCustomer = z.looseObject({
  id,
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
});

export const webhookTopics = {
  "app/uninstalled": z.looseObject({ id }),
  "app/scopes_update": z.looseObject({ current: z.array(z.string()), previous: z.array(z.string()).optional() }),
  "orders/create": order,
  "orders/paid": order,
  "orders/fulfilled": order,
  "orders/cancelled": order,
  "refunds/create": z.looseObject({
    id,
    order_id: id,
    refund_line_items: z.array(z.looseObject({ line_item_id: id, quantity: z.number().int() })),
  }),
  "discounts/delete": z.looseObject({
    admin_graphql_api_id: z.string().regex(/^gid:\/\/shopify\/Discount\w*Node\/\d+$/, "must be a discount's gid"),
  }),
  "customers/email_marketing_consent_update": z.looseObject({
    customer_id: id,
    email_address: z.string().nullable().optional(),
    email_marketing_consent: z
      .looseObject({
        state: z.string(),
        opt_in_level: z.string().nullable().optional(),
        consent_updated_at: z.string().nullable().optional(),
      })
      .nullable(),
  }),
  "customers/data_request": z.looseObject({
    shop_domain: z.string(),
    customer: complianceCustomer,
    orders_requested: z.array(id).default([]),
    data_request: z.looseObject({ id }),
  }),
  "customers/redact": z.looseObject({
    shop_domain: z.string(),
    customer: complianceCustomer,
    orders_to_redact: z.array(id).default([]),
  }),
  "shop/redact": z.looseObject({ shop_domain: z.string() }),
} as const;

export type WebhookTopic = keyof typeof webhookTopics;
export type WebhookPayload<T extends WebhookTopic> = z.infer<(typeof webhookTopics)[T]>;

export const WEBHOOK_TOPICS = Object.keys(webhookTopics) as WebhookTopic[];

/** authenticate.webhook reports topics as ORDERS_CREATE; Shopify's own name is orders/create. */
export function topicFromHeader(normalised: string): WebhookTopic | undefined {
  return WEBHOOK_TOPICS.find((topic) => topic.toUpperCase().replace(/\/|\./g, "_") === normalised.toUpperCase());
}

/** The customer a payload is about, so that customers/redact can find jobs holding it. */
export function customerIdOf(topic: WebhookTopic, payload: unknown): string | null {
  const p = payload as Record<string, unknown>;
  switch (topic) {
    case "orders/create":
    case "orders/paid":
    case "orders/fulfilled":
    case "orders/cancelled":
      return (p.customer as { id?: string } | null | undefined)?.id ?? null;
    case "customers/email_marketing_consent_update":
      return (p.customer_id as string) ?? null;
    case "customers/data_request":
    case "customers/redact":
      return (p.customer as { id: string }).id;
    default:
      return null;
  }
}
