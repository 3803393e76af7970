import { z } from "zod";
import { numericShopifyId } from "./shopify-id";

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

function shopifyId(type: "Product" | "ProductVariant") {
  return z.string().transform((value, context) => {
    const id = numericShopifyId(value, type);
    if (id === null) {
      context.addIssue({ code: "custom", message: `must be a numeric id or a gid://shopify/${type}/… id` });
      return z.NEVER;
    }
    return id;
  });
}

/** What storefront/pixel sends for each `product_viewed` event. Unknown keys are ignored. */
export const productViewEventSchema = z.object({
  shop: z.string().regex(SHOP_DOMAIN, "must be the shop's myshopify.com domain"),
  productId: shopifyId("Product"),
  variantId: shopifyId("ProductVariant").nullish(),
  eventId: z.string().min(1).max(128),
  clientId: z.string().min(1).max(128),
  timestamp: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }),
});

export type ProductViewEvent = z.output<typeof productViewEventSchema>;

export type ParsedProductView = { ok: true; event: ProductViewEvent } | { ok: false; error: string };

/** The request body as a product view, or why it is not one (every problem, field by field). */
export function parseProductViewEvent(body: string): ParsedProductView {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: "The body is not JSON." };
  }
  const parsed = productViewEventSchema.safeParse(json);
  if (parsed.success) return { ok: true, event: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"} ${issue.message}`);
  return { ok: false, error: `Not a product view: ${problems.join("; ")}.` };
}
