import type { DbOrTx } from "../db.server";
import { parseProductViewEvent } from "./product-view-event";
import { readPixelBody } from "./pixel-request";
import { recordProductView } from "./product-views.server";
import { viewedAt } from "./view-time";
import { visitorKey } from "./visitor-key";

export interface IntakeResult {
  status: number;
  body: { recorded: boolean; duplicate?: boolean } | { error: string };
}

/**
 * POST /pixel/events: one product view from the web pixel. Nothing authenticates it (the pixel
 * is public code and holds no secret), so it is bounded instead: a small body, a strict shape,
 * shops that have Fieldtest installed only, and at most one row per Shopify event id.
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
