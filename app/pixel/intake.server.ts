import type { DbOrTx } from "../db.server";
import { parseProductViewEvent } from "./product-view-event";
import { readPixelBody } from "./pixel-request";
import { recordProductView } from "./product-views.server";
import { TokenBuckets } from "./token-buckets";
import { viewedAt } from "./view-time";
import { visitorKey } from "./visitor-key";

export interface IntakeResult {
  status: number;
  body: { recorded: boolean; duplicate?: boolean } | { error: string };
  /** With 429: when to try again. */
  retryAfterSeconds?: number;
}

/**
 * A shopper views a product every few seconds at most; a shop's storefront can send many a
 * second. Past these, a view is refused (429) before it reaches the database.
 */
const perVisitor = new TokenBuckets({ capacity: 30, perSecond: 1, maxKeys: 50_000 });
const perShop = new TokenBuckets({ capacity: 500, perSecond: 100, maxKeys: 10_000 });

/**
 * POST /pixel/events: one product view from the web pixel. Nothing authenticates it (the pixel
 * is public code and holds no secret), so it is bounded instead: a small body, a strict shape,
 * a rate per visitor and per shop, shops that have Fieldtest installed only, and at most one
 * row per Shopify event id.
 */
export async function takeProductView(
  db: DbOrTx,
  request: Request,
  options: { secret: string; now: Date },
): Promise<IntakeResult> {
  const body = await readPixelBody(request);
  if (!body.ok) return { status: body.status, body: { error: body.error } };
  const parsed = parseProductViewEvent(body.text);
  if (!parsed.ok) return { status: 400, body: { error: parsed.error } };
  const { event } = parsed;
  const nowMs = options.now.getTime();
  const waitMs = perVisitor.take(`${event.shop} ${event.clientId}`, nowMs) || perShop.take(event.shop, nowMs);
  if (waitMs) {
    return {
      status: 429,
      body: { error: "Too many product views: slow down." },
      retryAfterSeconds: Math.ceil(waitMs / 1000),
    };
  }

  const installed = await db.shop.findFirst({
    where: { shop: event.shop, uninstalledAt: null },
    select: { shop: true },
  });
  if (!installed) return { status: 404, body: { error: `${event.shop} does not have Fieldtest installed.` } };

  const outcome = await recordProductView(db, {
    shop: event.shop,
    eventId: event.eventId,
    productId: event.productId,
    variantId: event.variantId ?? null,
    visitor: visitorKey(options.secret, event.shop, event.clientId),
    viewedAt: viewedAt(new Date(event.timestamp), options.now),
  });
  return { status: 200, body: outcome === "recorded" ? { recorded: true } : { recorded: false, duplicate: true } };
}
