import { GraphQLError } from "graphql";

export const NOT_IMPLEMENTED = "NOT_IMPLEMENTED_IN_DEV_STORE";

/** An error a resolver raises on purpose; it reaches the client as a GraphQL error with this code. */
export function shopifyError(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** `what` is a root field name ("discountNodes") or a qualified field ("Product.bundleComponents"). */
export function notImplemented(what: string) {
  return shopifyError(`${what} is not implemented in the dev store`, NOT_IMPLEMENTED);
}

/** The dev store keeps no metafield definitions, so Shopify's answer to a custom id lookup is this one. */
export function customIdNeedsDefinition() {
  return shopifyError("Metafield definition of type 'id' is required when using custom ids.", "NOT_FOUND");
}
