import type { DevStore } from "../state/store";
import { loadAdminSchema } from "./admin-schema";
import { ThrottleBuckets } from "./cost/throttle-buckets";
import { executeAdminRequest } from "./execute-admin-request";

/**
 * The Admin GraphQL API of the dev store: POST /admin/api/2026-04/graphql.json,
 * authenticated with the installed app's access token, answered as Shopify answers.
 */

const API_VERSION = "2026-04";
export const ADMIN_GRAPHQL_PATH = `/admin/api/${API_VERSION}/graphql.json`;
const INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)";

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "X-Shopify-API-Version": API_VERSION },
  });
}

export function createAdminGraphqlHandler(
  store: DevStore,
  options: { now: () => Date },
): (request: Request) => Promise<Response> {
  // Building Shopify's schema takes a moment: start now rather than on the first request.
  loadAdminSchema().catch((error: unknown) => console.error("[devstore admin] schema build failed", error));
  const buckets = new ThrottleBuckets(options.now);

  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== ADMIN_GRAPHQL_PATH || request.method !== "POST") return json(404, { errors: "Not Found" });
    const accessToken = request.headers.get("X-Shopify-Access-Token");
    if (!accessToken || accessToken !== store.state.app.accessToken) return json(401, { errors: INVALID_TOKEN });

    let body: Record<string, unknown>;
    try {
      const parsed: unknown = await request.json();
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
      body = parsed as Record<string, unknown>;
    } catch {
      return json(400, { errors: { query: "Required parameter missing or invalid" } });
    }

    const response = await executeAdminRequest(
      { query: body.query, variables: body.variables, operationName: body.operationName, accessToken },
      { store, now: options.now, origin: url.origin, buckets },
    );
    return json(response.status, response.body);
  };
}
