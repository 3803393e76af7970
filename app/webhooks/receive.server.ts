import db from "../db.server";
import { enqueue, wakeWorkers } from "../jobs/queue.server";
import { authenticate } from "../shopify.server";
import { WEBHOOK_JOB_KIND, type WebhookJobPayload } from "./process.server";
import { customerIdOf, topicFromHeader, webhookTopics, type WebhookTopic } from "./topics";

/**
 * The whole of a webhook route: verify Shopify's HMAC (bad → 401, missing headers → 400),
 * validate the payload (malformed → 400, nothing stored), then record the delivery by its
 * X-Shopify-Webhook-Id and enqueue its job in one transaction. A redelivery finds the
 * delivery row and is acknowledged without a second job. Responds before any work is done.
 */
export async function receiveWebhook(request: Request, expected: WebhookTopic): Promise<Response> {
  let context: Awaited<ReturnType<typeof authenticate.webhook>>;
  try {
    context = await authenticate.webhook(request);
  } catch (error) {
    if (error instanceof Response) throw error;
    if (error instanceof SyntaxError) return badRequest("The body is not JSON.");
    throw error;
  }
  const topic = topicFromHeader(context.topic);
  if (topic !== expected) return badRequest(`This route takes ${expected} webhooks, not ${context.topic}.`);
  const parsed = webhookTopics[topic].safeParse(context.payload);
  if (!parsed.success) return badRequest(`Malformed ${topic} payload: ${parsed.error.issues[0]?.message}`);

  const jobKey = `webhook:${context.webhookId}`;
  const job: WebhookJobPayload = {
    topic,
    shop: context.shop,
    webhookId: context.webhookId,
    triggeredAt: context.triggeredAt ?? null,
    payload: context.payload,
  };
  try {
    await db.$transaction(async (tx) => {
      await tx.webhookDelivery.create({
        data: {
          webhookId: context.webhookId,
          shop: context.shop,
          topic,
          apiVersion: context.apiVersion,
          eventId: context.eventId ?? null,
          jobKey,
        },
      });
      await enqueue(tx, {
        kind: WEBHOOK_JOB_KIND,
        key: jobKey,
        payload: job,
        shop: context.shop,
        customerId: customerIdOf(topic, parsed.data),
      });
    });
  } catch (error) {
    if (isDuplicateDelivery(error))
      return new Response(null, { status: 200, headers: { "X-Fieldtest-Duplicate": "1" } });
    throw error;
  }
  wakeWorkers();
  return new Response(null, { status: 200 });
}

/** P2002: the unique WebhookDelivery row exists (checked by code: each provider's client has its own error class). */
function isDuplicateDelivery(error: unknown) {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

function badRequest(message: string) {
  return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
