import { readFile } from "node:fs/promises";
import { buildASTSchema, parse, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { attachResolvers } from "./resolver-map";
import { adminResolvers } from "./resolvers";
import { installShopifyScalars } from "./scalars";
import { createStrictFieldResolver } from "./strict-field-resolver";

/**
 * Shopify's Admin API 2026-04 schema, built once per process from the SDL captured by
 * introspection, with the dev store's resolvers and Shopify's scalar coercion attached.
 * The type system stays Shopify's, so validation answers as Shopify would even for the
 * fields the dev store does not serve.
 */

const SCHEMA_FILE = new URL("./schema/admin-2026-04.schema.graphql", import.meta.url);

export interface AdminSchema {
  schema: GraphQLSchema;
  /** Resolves fields without a resolver: plain values, or "not implemented". */
  fieldResolver: GraphQLFieldResolver<unknown, unknown>;
  /** How long reading and building the schema took, in milliseconds. */
  buildMs: number;
}

let loading: Promise<AdminSchema> | undefined;

async function build(): Promise<AdminSchema> {
  const started = performance.now();
  const sdl = await readFile(SCHEMA_FILE, "utf8");
  // The SDL comes from Shopify's own introspection: it is valid, so checking it again only costs time.
  const schema = buildASTSchema(parse(sdl, { noLocation: true }), { assumeValidSDL: true, assumeValid: true });
  installShopifyScalars(schema);
  attachResolvers(schema, adminResolvers);
  return {
    schema,
    fieldResolver: createStrictFieldResolver(schema, adminResolvers),
    buildMs: performance.now() - started,
  };
}

export function loadAdminSchema(): Promise<AdminSchema> {
  loading ??= build();
  return loading;
}
