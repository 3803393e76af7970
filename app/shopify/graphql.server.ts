import type { AdminApi } from "./admin.server";

/** Shopify answered with GraphQL errors (a bad document, a throttled request…). */
export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly errors: unknown[],
  ) {
    super(message);
    this.name = "AdminApiError";
  }
}

/** Runs one Admin GraphQL document and returns its data, or throws AdminApiError. */
export async function adminQuery<T>(
  admin: AdminApi,
  document: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const response = await admin.graphql(document, variables ? { variables } : undefined);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) {
    throw new AdminApiError(body.errors.map((e) => e.message).join("; "), body.errors);
  }
  return body.data as T;
}
