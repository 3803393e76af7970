import type { LoaderFunctionArgs } from "@remix-run/node";
import db from "../db.server";
import { storefrontProgress } from "../preorders/preorder-tests.server";
import { shortLivedCache } from "../preorders/progress-cache.server";
import { hasAppProxySignature } from "../shopify/app-proxy-signature.server";

/**
 * /apps/fieldtest/preorders/<test>/progress on the storefront: the preorder block's live numbers.
 * Shopify's app proxy signs the request; an unsigned or forged one is refused before any read.
 * Cached briefly by browsers and Shopify's edge: many shoppers, one read a few seconds.
 */
const PROGRESS_TTL_MS = 2_000;
const cachedProgress = shortLivedCache<Awaited<ReturnType<typeof storefrontProgress>>>(PROGRESS_TTL_MS);

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  if (!(await hasAppProxySignature(request))) return new Response(undefined, { status: 400 });
  const shop = new URL(request.url).searchParams.get("shop") ?? "";
  const testId = params.testId ?? "";
  const progress = await cachedProgress(`${shop} ${testId}`, () => storefrontProgress(db, shop, testId, new Date()));
  if (!progress) return Response.json({ error: "No such preorder" }, { status: 404 });
  return Response.json(progress, { headers: { "Cache-Control": "public, max-age=5" } });
};
