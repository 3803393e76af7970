import { GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { AdminContext } from "./request-context";

/**
 * Resolvers for Shopify's schema, keyed by type then field. Types listed here are backed by
 * dev store records and serve exactly the fields listed: any other field of theirs is
 * reported as not implemented (see strict-field-resolver.ts).
 */

// Arguments arrive coerced by graphql-js; each resolver names the shape it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Args = Record<string, any>;

export type FieldResolver<TSource = never> = (
  source: TSource,
  args: Args,
  context: AdminContext,
  info: GraphQLResolveInfo,
) => unknown;

export type TypeResolvers<TSource> = Record<string, FieldResolver<TSource>>;

// Sources differ per type, so the map as a whole is loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ResolverMap = Record<string, TypeResolvers<any>>;

/** A source placed where the schema expects an interface or union: `__typename` picks the type. */
export type Typed<T> = T & { __typename: string };

export function typed<T extends object>(typename: string, source: T): Typed<T> {
  return { ...source, __typename: typename };
}

export function mergeResolverMaps(...maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      for (const fieldName of Object.keys(fields)) {
        if (merged[typeName]?.[fieldName]) throw new Error(`Two resolvers for ${typeName}.${fieldName}`);
      }
      merged[typeName] = { ...merged[typeName], ...fields };
    }
  }
  return merged;
}

/** Sets `resolve` on the schema's fields; a name missing from Shopify's schema is a bug here. */
export function attachResolvers(schema: GraphQLSchema, map: ResolverMap) {
  for (const [typeName, fields] of Object.entries(map)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`${typeName} is not an object type of the schema`);
    const schemaFields = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = schemaFields[fieldName];
      if (!field) throw new Error(`${typeName}.${fieldName} is not in the schema`);
      field.resolve = resolve as FieldResolver<unknown>;
    }
  }
}
