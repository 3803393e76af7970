export interface DeliveryAttempt {
  /** Wall-clock time the request went out (retries wait in real time, whatever the shop's clock says). */
  at: string;
  /** The app's HTTP status, when it answered. */
  status?: number;
  /** Why there was no answer: refused, reset, timed out. */
  error?: string;
  durationMs: number;
}

/** One webhook delivery: one event to one subscription, with every attempt to deliver it. */
export interface DeliveryRecord {
  /** X-Shopify-Webhook-Id. */
  id: string;
  /** X-Shopify-Event-Id, shared by the deliveries of the same event. */
  eventId: string;
  topic: string;
  url: string;
  /** X-Shopify-Triggered-At: the shop's time of the event. */
  triggeredAt: string;
  attempts: DeliveryAttempt[];
  /** Pending while in flight or waiting to retry; failed once the retries are used up. */
  state: "pending" | "delivered" | "failed";
  payloadBytes: number;
}
