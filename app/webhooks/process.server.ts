import { z } from "zod";
import { defineJob, PermanentJobError } from "../jobs/job";
import { answerDataRequest, redactCustomer, redactShop } from "../privacy/compliance.server";
import type { CustomerRef } from "../privacy/data-owner";
import { recordScopes, recordUninstall } from "../shops/shops.server";
import { webhookSubscribers, type WebhookSubscriber } from "./subscribers.server";
import { webhookTopics, WEBHOOK_TOPICS, type WebhookTopic } from "./topics";

export const WEBHOOK_JOB_KIND = "webhook";

const webhookJobPayload = z.object({
  topic: z.enum(WEBHOOK_TOPICS as [WebhookTopic, ...WebhookTopic[]]),
  shop: z.string(),
  webhookId: z.string(),
  triggeredAt: z.string().nullable(),
  payload: z.unknown(),
});
export type WebhookJobPayload = z.input<typeof webhookJobPayload>;

/** The job every webhook delivery becomes: the route only verifies, records and enqueues. */
export const webhookJob = defineJob({
  kind: WEBHOOK_JOB_KIND,
  payload: webhookJobPayload,
  maxAttempts: 10,
  async run({ topic, shop, payload: raw, triggeredAt }, context) {
    const parsed = webhookTopics[topic].safeParse(raw);
    if (!parsed.success) throw new PermanentJobError(`Invalid ${topic} payload: ${parsed.error.message}`);
    const payload = parsed.data as Record<string, unknown>;
    const { db, clock } = context;
    switch (topic) {
      case "app/uninstalled":
        await recordUninstall(db, shop, triggeredAt ? new Date(triggeredAt) : clock.now());
        break;
      case "app/scopes_update":
        await recordScopes(db, shop, payload.current as string[]);
        break;
      case "customers/data_request": {
        const requestId = (payload.data_request as { id: string }).id;
        await answerDataRequest(db, customerRef(shop, payload, "orders_requested"), requestId, clock.now());
        break;
      }
      case "customers/redact":
        await redactCustomer(db, customerRef(shop, payload, "orders_to_redact"));
        break;
      case "shop/redact":
        await redactShop(db, shop);
        break;
    }
    const subscribers = (webhookSubscribers[topic] ?? []) as WebhookSubscriber<typeof topic>[];
    for (const subscriber of subscribers) await subscriber(shop, parsed.data as never, context);
  },
});

function customerRef(shop: string, payload: Record<string, unknown>, ordersField: string): CustomerRef {
  const customer = payload.customer as { id: string; email?: string | null; phone?: string | null };
  return {
    shop,
    customerId: customer.id,
    email: customer.email ?? null,
    phone: customer.phone ?? null,
    orderIds: (payload[ordersField] as string[]) ?? [],
  };
}
