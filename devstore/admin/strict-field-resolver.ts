import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import { notImplemented } from "./errors/dev-store-error";
import type { ResolverMap } from "./resolver-map";

/**
 * The resolver for every field without one of its own. Plain value objects (payloads,
 * MoneyV2, PageInfo, edges…) are built with their GraphQL field names as keys and resolve
 * as graphql-js would. Anything else is a field the dev store does not serve, and says so
 * instead of answering null: a root field by name, any other field as `Type.field`.
 */
export function createStrictFieldResolver(
  schema: GraphQLSchema,
  map: ResolverMap,
): GraphQLFieldResolver<unknown, unknown> {
  const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const recordBackedTypes = new Set(Object.keys(map));
  return (source, args, context, info) => {
    const typeName = info.parentType.name;
    if (rootTypes.has(typeName)) throw notImplemented(info.fieldName);
    if (
      !recordBackedTypes.has(typeName) &&
      typeof source === "object" &&
      source !== null &&
      Object.hasOwn(source, info.fieldName)
    ) {
      const value = (source as Record<string, unknown>)[info.fieldName];
      return typeof value === "function" ? value(args, context, info) : value;
    }
    throw notImplemented(`${typeName}.${info.fieldName}`);
  };
}
