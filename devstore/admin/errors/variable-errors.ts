import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { locationsOf, type ShopifyError } from "./shopify-error";

/**
 * Request variables checked against their declared types before execution, reported as
 * Shopify's INVALID_VARIABLE errors: `value` is what was sent and each problem names the
 * path inside it and what is wrong there.
 */

interface Problem {
  path: (string | number)[];
  explanation: string;
  message?: string;
}

/** Shopify's IDs are global ids; anything else is refused before execution. */
const GLOBAL_ID = /^gid:\/\/[\w-]+\/\w+\/\S+$/;

/** Input objects Shopify accepts with exactly one field set. */
const ONE_OF_INPUTS = new Set(["CustomerIdentifierInput", "ProductIdentifierInput"]);

const BUILT_IN_SCALARS: Record<string, (value: unknown) => boolean> = {
  Int: (value) => Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1,
  Float: (value) => typeof value === "number" && Number.isFinite(value),
  String: (value) => typeof value === "string",
  Boolean: (value) => typeof value === "boolean",
  ID: (value) => typeof value === "string" || Number.isInteger(value),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function problemsOf(value: unknown, type: GraphQLInputType, path: (string | number)[]): Problem[] {
  if (type instanceof GraphQLNonNull) {
    if (value == null) return [{ path, explanation: "Expected value to not be null" }];
    return problemsOf(value, type.ofType, path);
  }
  if (value == null) return [];
  if (type instanceof GraphQLList) {
    if (!Array.isArray(value)) return problemsOf(value, type.ofType, path);
    return value.flatMap((item, index) => problemsOf(item, type.ofType, [...path, index]));
  }
  if (type instanceof GraphQLInputObjectType) {
    if (!isRecord(value)) return [{ path, explanation: `Expected ${JSON.stringify(value)} to be a key-value object` }];
    const fields = type.getFields();
    const problems: Problem[] = [];
    for (const key of Object.keys(value)) {
      if (!fields[key]) problems.push({ path: [...path, key], explanation: `Field is not defined on ${type.name}` });
    }
    for (const field of Object.values(fields)) {
      const given = Object.hasOwn(value, field.name);
      if (!given && field.defaultValue !== undefined) continue;
      problems.push(...problemsOf(given ? value[field.name] : null, field.type, [...path, field.name]));
    }
    if (ONE_OF_INPUTS.has(type.name)) {
      const provided = Object.values(value).filter((fieldValue) => fieldValue != null).length;
      if (provided !== 1) {
        problems.push({
          path,
          explanation: `'${type.name}' requires exactly one argument, but ${provided} were provided.`,
        });
      }
    }
    return problems;
  }
  if (type instanceof GraphQLEnumType) {
    const names = type.getValues().map((enumValue) => enumValue.name);
    if (typeof value === "string" && names.includes(value)) return [];
    return [{ path, explanation: `Expected ${JSON.stringify(value)} to be one of: ${names.join(", ")}` }];
  }
  if (type instanceof GraphQLScalarType) {
    if (type.name === "ID" && BUILT_IN_SCALARS.ID(value) && !GLOBAL_ID.test(String(value))) {
      const message = `Invalid global id '${String(value)}'`;
      return [{ path, explanation: message, message }];
    }
    const builtIn = BUILT_IN_SCALARS[type.name];
    if (builtIn)
      return builtIn(value)
        ? []
        : [{ path, explanation: `Could not coerce value ${JSON.stringify(value)} to ${type.name}` }];
    try {
      type.parseValue(value);
      return [];
    } catch (error) {
      const message = (error as Error).message;
      return [{ path, explanation: message, message }];
    }
  }
  return [];
}

function describeProblems(problems: Problem[]): string {
  const located = problems.filter((problem) => problem.path.length > 0);
  if (!located.length) return "";
  return ` for ${located.map((problem) => `${problem.path.join(".")} (${problem.explanation})`).join(", ")}`;
}

export function validateVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): ShopifyError[] {
  const errors: ShopifyError[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const given = Object.hasOwn(variables, name);
    if (!given && definition.defaultValue) continue;
    const value = given ? variables[name] : null;
    const problems = problemsOf(value, type, []);
    if (!problems.length) continue;
    errors.push({
      message: `Variable $${name} of type ${String(type)} was provided invalid value${describeProblems(problems)}`,
      locations: locationsOf(definition),
      extensions: { code: "INVALID_VARIABLE", value: value ?? null, problems },
    });
  }
  return errors;
}
