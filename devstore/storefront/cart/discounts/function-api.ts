import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import type { FunctionExtension, FunctionTarget } from "./function-extensions";

/**
 * A function target's input query, parsed and checked against the Function API schema the
 * extension keeps (schema.graphql, from `shopify app function typegen`), as `shopify app
 * deploy` checks it. Both are read again only when their files change.
 */

export interface FunctionApi {
  schema: GraphQLSchema;
  inputQuery: DocumentNode;
}

const schemas = new Map<string, { text: string; schema: GraphQLSchema }>();
const queries = new Map<string, { text: string; api: FunctionApi }>();

function schemaOf(extension: FunctionExtension): GraphQLSchema {
  const file = path.join(extension.dir, "schema.graphql");
  if (!existsSync(file)) throw new Error(`The function ${extension.handle} has no schema.graphql`);
  const text = readFileSync(file, "utf8");
  const cached = schemas.get(file);
  if (cached?.text === text) return cached.schema;
  const schema = buildSchema(text, { assumeValidSDL: true });
  schemas.set(file, { text, schema });
  return schema;
}

export function functionApi(extension: FunctionExtension, target: FunctionTarget): FunctionApi {
  const schema = schemaOf(extension);
  const text = readFileSync(target.inputQuery, "utf8");
  const cached = queries.get(target.inputQuery);
  if (cached?.text === text && cached.api.schema === schema) return cached.api;
  const inputQuery = parse(text);
  const errors = validate(schema, inputQuery);
  if (errors.length) {
    throw new Error(`${target.inputQuery} is not a valid input query: ${errors.map((e) => e.message).join("; ")}`);
  }
  const api = { schema, inputQuery };
  queries.set(target.inputQuery, { text, api });
  return api;
}
