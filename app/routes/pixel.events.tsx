import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { config } from "../config.server";
import db from "../db.server";
import { takeProductView } from "../pixel/intake.server";
import { CORS_HEADERS } from "../pixel/pixel-request";

/**
 * /pixel/events: where the web pixel (storefront/pixel) reports product views, cross-origin
 * from Shopify's sandbox. Remix sends OPTIONS to the loader, POST to the action.
 */
export const loader = ({ request }: LoaderFunctionArgs) =>
  request.method === "OPTIONS"
    ? new Response(null, { status: 204, headers: CORS_HEADERS })
    : Response.json(
        { error: "POST a product view here." },
        { status: 405, headers: { ...CORS_HEADERS, Allow: "POST, OPTIONS" } },
      );

export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== "POST") {
    return Response.json(
      { error: "POST a product view here." },
      { status: 405, headers: { ...CORS_HEADERS, Allow: "POST, OPTIONS" } },
    );
  }
  const { status, body, retryAfterSeconds } = await takeProductView(db, request, {
    secret: config().SHOPIFY_API_SECRET,
    now: new Date(),
  });
  const headers = retryAfterSeconds ? { ...CORS_HEADERS, "Retry-After": String(retryAfterSeconds) } : CORS_HEADERS;
  return Response.json(body, { status, headers });
};
