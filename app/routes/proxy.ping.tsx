import type { LoaderFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";

/**
 * /apps/fieldtest/ping on the storefront: Shopify's app proxy signs the request, and this
 * route answers only when the signature verifies. Storefront blocks use the same check
 * for live numbers (preorder progress, A/B exposures).
 */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.public.appProxy(request);
  const url = new URL(request.url);
  return Response.json({ ok: true, shop: url.searchParams.get("shop") });
};
