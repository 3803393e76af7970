import { createAdminGraphqlHandler } from "../../../devstore/admin/graphql-handler";
import type { DevStore } from "../../../devstore/state/store";
import { ACCESS_TOKEN, NOW, openTestStore } from "./state-fixture";

/** Talks to the dev store's Admin API handler the way the app's Admin API client does. */

export const ENDPOINT = "http://127.0.0.1:4000/admin/api/2026-04/graphql.json";

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; locations?: unknown; path?: unknown; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface AdminClient {
  store: DevStore;
  /** Moves the clock the handler sees (throttling restores with it). */
  clock: { now: Date };
  request(
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ): Promise<{ status: number; body: GraphqlBody }>;
}

export function adminClient(store: DevStore = openTestStore()): AdminClient {
  const clock = { now: NOW };
  const handler = createAdminGraphqlHandler(store, { now: () => clock.now });
  return {
    store,
    clock,
    async request(query, variables = {}, operationName) {
      const response = await handler(
        new Request(ENDPOINT, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": ACCESS_TOKEN },
          body: JSON.stringify({ query, variables, operationName }),
        }),
      );
      return { status: response.status, body: (await response.json()) as GraphqlBody };
    },
  };
}
