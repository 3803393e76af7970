import { getLocation, type ASTNode, type GraphQLError } from "graphql";

/** An entry of a response's `errors`, keys in the order Shopify writes them. */
export interface ShopifyError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export function locationsOf(node: ASTNode | undefined): ShopifyError["locations"] {
  if (!node?.loc) return undefined;
  const { line, column } = getLocation(node.loc.source, node.loc.start);
  return [{ line, column }];
}

/** A static (validation) error: message, locations, path, extensions. */
export function validationError(
  message: string,
  node: ASTNode | undefined,
  path: string[] | undefined,
  extensions: Record<string, unknown>,
): ShopifyError {
  return { message, locations: locationsOf(node), ...(path ? { path } : {}), extensions };
}

/** An error raised while executing: message, locations, extensions, path. */
export function executionError(error: GraphQLError): ShopifyError {
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations.map(({ line, column }) => ({ line, column })) } : {}),
    ...(error.extensions && Object.keys(error.extensions).length ? { extensions: { ...error.extensions } } : {}),
    ...(error.path ? { path: [...error.path] } : {}),
  };
}
