import { randomUUID } from "node:crypto";
import type { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { readAppConfig } from "../seed/app-config";
import type { DevStore, DevStoreEvents } from "../state/store";
import type { DevStoreState } from "../state/types";
import type { DeliveryRecord } from "./delivery-record";
import { EVENT_PAYLOADS } from "./event-payloads";
import { webhookHeaders } from "./headers";
import { postWebhook, type WebhookRequest } from "./post";

export type { DeliveryAttempt, DeliveryRecord } from "./delivery-record";

export interface WebhookSenderOptions {
  /** The shop's clock: X-Shopify-Triggered-At. */
  now: () => Date;
  /** Waits before each retry; once used up the delivery has failed. Shopify retries 8 times over 4 hours. */
  retryDelaysMs?: number[];
  /** Shopify gives the app 5 seconds to answer. */
  timeoutMs?: number;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000];
const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * Delivers the shop's webhooks to the installed app as Shopify does: for each store event,
 * the topic's payload is POSTed to every subscription of that topic, signed with the app's
 * secret, and retried (with the same webhook id) until the app answers 2xx or the retries
 * run out.
 */
export class WebhookSender {
  private readonly now: () => Date;
  private readonly retryDelaysMs: number[];
  private readonly timeoutMs: number;
  private readonly apiVersion = readAppConfig().webhookApiVersion;
  private readonly records: DeliveryRecord[] = [];
  private readonly requests = new Map<string, WebhookRequest>();
  /** Per delivery: resolves once it has been delivered or has failed. */
  private readonly settled = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly store: DevStore,
    options: WebhookSenderOptions,
  ) {
    this.now = options.now;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    for (const event of Object.keys(EVENT_PAYLOADS) as (keyof DevStoreEvents)[]) this.listen(event);
  }

  /**
   * Sends `payload` as `topic` to the app's subscriptions of it, for topics no store event
   * covers (the privacy topics, app/scopes_update). Resolves once each delivery has
   * succeeded or failed.
   */
  async send(topic: string, payload: unknown): Promise<DeliveryRecord[]> {
    const records = this.publish(topic, payload);
    await Promise.all(records.map((record) => this.settled.get(record.id)));
    return records.map(snapshot);
  }

  /** Every delivery so far, oldest first. */
  log(): DeliveryRecord[] {
    return this.records.map(snapshot);
  }

  deliveredCount(topic?: string): number {
    return this.records.filter((record) => record.state === "delivered" && (!topic || record.topic === topic)).length;
  }

  /** Resolves when no delivery is in flight or waiting to retry. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Cancels waiting retries (those deliveries end failed) and waits for requests in flight. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.drain();
  }

  /**
   * Sends a delivery again, byte for byte: the same body, webhook id and signature, as a
   * Shopify retry does. Resolves with the app's status; rejects when it could not be reached.
   */
  async redeliver(webhookId: string): Promise<number> {
    const record = this.records.find((candidate) => candidate.id === webhookId);
    const request = this.requests.get(webhookId);
    if (!record || !request) throw new Error(`No webhook delivery ${webhookId} to send again`);
    const outcome = await this.track(this.attempt(record, request));
    if ("error" in outcome) throw new Error(`Redelivery of ${webhookId} failed: ${outcome.error}`);
    if (isSuccess(outcome.status)) record.state = "delivered";
    return outcome.status;
  }

  private listen(event: keyof DevStoreEvents) {
    // Every store event's arguments are ids (strings); EVENT_PAYLOADS checks each builder against its event.
    const build = EVENT_PAYLOADS[event] as (state: DevStoreState, ...ids: string[]) => unknown;
    const events = this.store.events as unknown as EventEmitter<Record<string, string[]>>;
    events.on(event, (...args) => {
      let payload: unknown;
      try {
        // Built now, from the state as the event left it, as Shopify does.
        payload = build(this.store.state, ...args);
      } catch (error) {
        // A listener that throws would break the code that changed the store.
        console.error(`[devstore] no ${event} webhook:`, error instanceof Error ? error.message : error);
        return;
      }
      this.publish(event, payload);
    });
  }

  private publish(topic: string, payload: unknown): DeliveryRecord[] {
    const { app, shop } = this.store.state;
    const body = JSON.stringify(payload);
    const eventId = randomUUID();
    const triggeredAt = this.now().toISOString();
    return app.webhookSubscriptions
      .filter((subscription) => subscription.topic === topic)
      .map((subscription) => {
        const webhookId = randomUUID();
        const url = subscriptionUrl(app.appUrl, subscription.uri);
        const identity = {
          topic,
          shopDomain: shop.myshopifyDomain,
          apiVersion: this.apiVersion,
          webhookId,
          eventId,
          triggeredAt,
        };
        const record: DeliveryRecord = {
          id: webhookId,
          eventId,
          topic,
          url,
          triggeredAt,
          attempts: [],
          state: "pending",
          payloadBytes: Buffer.byteLength(body),
        };
        const request = { url, headers: webhookHeaders(identity, body, app.apiSecret), body };
        this.records.push(record);
        this.requests.set(webhookId, request);
        this.settled.set(webhookId, this.track(this.deliver(record, request)));
        return record;
      });
  }

  /** The first attempt, then one retry per configured delay until the app answers 2xx. */
  private async deliver(record: DeliveryRecord, request: WebhookRequest): Promise<void> {
    for (let retry = 0; ; retry++) {
      const outcome = await this.attempt(record, request);
      if ("status" in outcome && isSuccess(outcome.status)) {
        record.state = "delivered";
        return;
      }
      if (retry >= this.retryDelaysMs.length || this.stopping.signal.aborted) {
        record.state = "failed";
        return;
      }
      try {
        await sleep(this.retryDelaysMs[retry], undefined, { signal: this.stopping.signal });
      } catch {
        record.state = "failed";
        return;
      }
    }
  }

  private async attempt(record: DeliveryRecord, request: WebhookRequest) {
    const at = new Date().toISOString();
    const started = performance.now();
    const outcome = await postWebhook(request, this.timeoutMs);
    const durationMs = Math.round(performance.now() - started);
    record.attempts.push(
      "status" in outcome ? { at, status: outcome.status, durationMs } : { at, error: outcome.error, durationMs },
    );
    return outcome;
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }
}

/** A subscription's URI is relative to the app's URL (a path under it), unless it is a full URL. */
function subscriptionUrl(appUrl: string, uri: string): string {
  if (/^https?:\/\//.test(uri)) return uri;
  return `${appUrl.replace(/\/+$/, "")}/${uri.replace(/^\/+/, "")}`;
}

function snapshot(record: DeliveryRecord): DeliveryRecord {
  return { ...record, attempts: record.attempts.map((attempt) => ({ ...attempt })) };
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}
