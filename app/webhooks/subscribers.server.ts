import type { JobContext } from "../jobs/job";
import { storefrontScheduleSubscribers } from "../discounts/storefront-schedule-job.server";
import { preorderBalanceSubscribers } from "../preorders/preorder-balance-subscribers.server";
import { preorderWebhookSubscribers } from "../preorders/preorder-counting.server";
import type { WebhookPayload, WebhookTopic } from "./topics";

/**
 * What a capability does when a commerce webhook arrives (preorder counts on orders/create,
 * email flows on orders/paid, …). Each runs inside the webhook's job, so it must be
 * idempotent; a failure retries the whole job.
 */
export type WebhookSubscriber<T extends WebhookTopic> = (
  shop: string,
  payload: WebhookPayload<T>,
  context: JobContext,
) => Promise<void>;

export type WebhookSubscribers = { [T in WebhookTopic]?: WebhookSubscriber<T>[] };

/** Every capability's subscribers, topic by topic, in the order given. */
export function mergeSubscribers(...groups: WebhookSubscribers[]): WebhookSubscribers {
  const merged: Record<string, unknown[]> = {};
  for (const group of groups) {
    for (const [topic, subscribers] of Object.entries(group)) {
      merged[topic] = [...(merged[topic] ?? []), ...(subscribers ?? [])];
    }
  }
  return merged as WebhookSubscribers;
}

/** Capabilities add their subscribers here as they are built. */
export const webhookSubscribers: WebhookSubscribers = mergeSubscribers(
  preorderWebhookSubscribers,
  preorderBalanceSubscribers,
  storefrontScheduleSubscribers,
);
