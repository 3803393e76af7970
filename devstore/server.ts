import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdminGraphqlHandler } from "./admin/graphql-handler";
import { createControlHandler } from "./control/control-handler";
import { ShopClock } from "./control/shop-clock";
import { serve, type Handler } from "./http/node-adapter";
import { createAppProxyHandler } from "./proxy/app-proxy";
import { readAppConfig } from "./seed/app-config";
import { seedState, type SeedOptions } from "./seed/seed";
import { DevStore } from "./state/store";
import { startMailbox, type RunningMailbox } from "./mailbox/mailbox";
import { createStorefrontHandler } from "./storefront/handler";
import { createStorefront } from "./storefront/storefront";
import { WebhookSender } from "./webhooks/sender";

export interface DevStoreOptions {
  /** Where the state persists (JSON); null keeps it in memory. */
  file: string | null;
  /** The Fieldtest app the shop has installed: webhooks and the app proxy go there. */
  appUrl: string;
  apiKey: string;
  apiSecret: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** "Now" for the shop (orders, discounts, time tiers); tests move it. */
  now?: () => Date;
  seed?: Partial<SeedOptions>;
  /** Waits between webhook retries (default 1 s, 5 s, 30 s); tests use short ones. */
  webhookRetryDelaysMs?: number[];
}

export interface RunningDevStore {
  url: string;
  store: DevStore;
  webhooks: WebhookSender;
  /** The shop's clock: `clock.set(at)` moves "now" for everything in the shop (also POST /devstore {"action": "set-clock"}). */
  clock: ShopClock;
  /** The local SMTP sink: the app's mail in demo mode, shown at /devstore/mailbox. */
  mailbox: RunningMailbox;
  close(): Promise<void>;
}

/**
 * A local stand-in for one Shopify shop: the Admin GraphQL API on Shopify's real 2026-04
 * schema, a storefront preview that renders storefront/ blocks, the app proxy, and
 * HMAC-signed webhooks to the app.
 */
export async function startDevStore(options: DevStoreOptions): Promise<RunningDevStore> {
  const clock = new ShopClock(options.now);
  const now = clock.now;
  const seed = () =>
    seedState({
      apiKey: options.apiKey,
      apiSecret: options.apiSecret,
      appUrl: options.appUrl,
      now: now(),
      ...options.seed,
    });
  const store = DevStore.open(options.file, seed);
  store.change((state) => {
    // The app's URL and credentials may change between runs (free ports in tests).
    state.app.appUrl = options.appUrl;
    state.app.apiKey = options.apiKey;
    state.app.apiSecret = options.apiSecret;
    // As `shopify app dev` does, the installation follows shopify.app.toml: a state file saved
    // before the app asked for a scope or subscribed to a topic gets them.
    const config = readAppConfig();
    state.app.scopes = [...config.scopes];
    state.app.webhookSubscriptions = config.webhookSubscriptions.map(({ topic, uri }) => ({ topic, uri }));
  });
  const webhooks = new WebhookSender(store, { now, retryDelaysMs: options.webhookRetryDelaysMs });
  const admin = createAdminGraphqlHandler(store, { now });
  const shared = createStorefront(store, { now });
  const proxy = createAppProxyHandler(store, { storefront: shared });
  const storefront = createStorefrontHandler(store, { storefront: shared });
  const control = createControlHandler(store, webhooks, { now, clock });
  const mailbox = await startMailbox({ host: options.host ?? "127.0.0.1" });

  const handler: Handler = async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith("/admin/api/")) return admin(request);
    if (pathname.startsWith("/apps/fieldtest")) return proxy(request);
    if (pathname === "/devstore/reset" && request.method === "POST") {
      store.reset(seed);
      return Response.json({ ok: true });
    }
    if (pathname === "/devstore/webhooks") return Response.json(webhooks.log());
    if (pathname === "/devstore") return control(request);
    const mail = await mailbox.fetch(request);
    if (mail) return mail;
    return storefront(request);
  };

  const server: Server = await serve(handler, { host: options.host ?? "127.0.0.1", port: options.port ?? 0 });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    store,
    webhooks,
    clock,
    mailbox,
    close: async () => {
      await webhooks.stop();
      await mailbox.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
