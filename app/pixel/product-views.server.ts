import type { DbOrTx } from "../db.server";
import { numericShopifyId } from "./shopify-id";

export interface ProductViewRecord {
  shop: string;
  eventId: string;
  productId: string;
  variantId: string | null;
  visitor: string;
  viewedAt: Date;
}

/**
 * One insert; the unique (shop, eventId) turns a repeated event (a beacon sent twice, a replay)
 * into "duplicate" instead of a second view.
 */
export async function recordProductView(db: DbOrTx, view: ProductViewRecord): Promise<"recorded" | "duplicate"> {
  try {
    await db.productView.create({ data: view });
    return "recorded";
  } catch (error) {
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

/** P2002, checked by code: each provider's client has its own error class. */
function isUniqueViolation(error: unknown) {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/** A product's page views since a time, and how many distinct visitors made them. */
export async function productViewsSince(
  db: DbOrTx,
  shop: string,
  productId: string,
  since: Date,
): Promise<{ views: number; visitors: number }> {
  const id = numericShopifyId(productId, "Product");
  if (id === null) return { views: 0, visitors: 0 };
  const where = { shop, productId: id, viewedAt: { gte: since } };
  const [views, visitors] = await Promise.all([
    db.productView.count({ where }),
    db.productView.groupBy({ by: ["visitor"], where }),
  ]);
  return { views, visitors: visitors.length };
}
