import { GraphqlQueryError } from "@shopify/shopify-api";
import type { AdminApi } from "./admin.server";
import { throttleWaitMs, type QueryCost } from "./throttle";

/** Shopify answered with GraphQL errors (a bad document, a missing permission, …). */
export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly errors: { message: string; extensions?: { code?: string } }[],
  ) {
    super(message);
    this.name = "AdminApiError";
  }
}

export interface AdminQueryOptions {
  /** How many times a throttled request is tried again (default 5). */
  throttleRetries?: number;
  /** Waits between throttled tries; tests move a clock instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
}

interface FailedBody {
  errors?: { graphQLErrors?: { message: string; extensions?: { code?: string } }[] };
  extensions?: { cost?: QueryCost };
}

/**
 * Runs one Admin GraphQL document and returns its data. When Shopify throttles it (the
 * shop's leaky bucket is empty), waits until the bucket holds enough points and tries
 * again; other GraphQL errors throw AdminApiError.
 */
export async function adminQuery<T>(
  admin: AdminApi,
  document: string,
  variables?: Record<string, unknown>,
  options: AdminQueryOptions = {},
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const retries = options.throttleRetries ?? 5;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await admin.graphql(document, variables ? { variables } : undefined);
      return ((await response.json()) as { data: T }).data;
    } catch (error) {
      if (!(error instanceof GraphqlQueryError)) throw error;
      const body = error.body as FailedBody;
      const errors = body.errors?.graphQLErrors ?? [{ message: error.message }];
      const throttled = errors.some((e) => e.extensions?.code === "THROTTLED");
      const wait = throttled && body.extensions?.cost ? throttleWaitMs(body.extensions.cost) : null;
      if (wait === null || attempt >= retries) {
        throw new AdminApiError(errors.map((e) => e.message).join("; "), errors);
      }
      await sleep(wait);
    }
  }
}
