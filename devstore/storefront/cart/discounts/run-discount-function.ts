import {
  coerceInputValue,
  executeSync,
  getNamedType,
  GraphQLInputObjectType,
  Kind,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { z } from "zod";
import { findMetafield, jsonValueOf } from "../../../admin/resolvers/metafields";
import { resolveAppNamespace } from "../../../admin/support/app-namespace";
import { gid } from "../../../state/store";
import type { CartLinesDiscountsResult } from "./cart-lines-discounts-result";
import { functionApi } from "./function-api";
import { exportName, functionExtensions, type FunctionExtension, type FunctionTarget } from "./function-extensions";
import { functionInputRoot, type FunctionInputContext } from "./function-input-root";
import { FUNCTION_MODULES } from "./function-modules";

/**
 * One run of a discount's Function on a cart, as Shopify's checkout runs it: the input
 * query executed against the Function API schema (variables from the discount's metafield
 * that [extensions.input.variables] names), the function's code called with the answer,
 * and its output checked against the target's result type. A run that fails — a variable
 * missing, the function throwing, an output Shopify would refuse — gives no discount, as on
 * Shopify; the reason is kept for whoever debugs it.
 */

export const LINES_DISCOUNTS_TARGET = "cart.lines.discounts.generate.run";

export type FunctionRun = { ok: true; output: CartLinesDiscountsResult } | { ok: false; reason: string };

/** A field the input query asks for that the dev store does not compute: a gap to fill here, not a failed run. */
export class FieldNotServed extends Error {}

const strictFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  if (typeof source === "object" && source !== null && Object.hasOwn(source, info.fieldName)) {
    const value = (source as Record<string, unknown>)[info.fieldName];
    return typeof value === "function" ? value(args, context, info) : value;
  }
  throw new FieldNotServed(
    `${info.parentType.name}.${info.fieldName} is not served to Functions by the dev store (storefront/cart/discounts/function-input-root.ts)`,
  );
};

/** Executes a query against a Function API's Input as the dev store serves it (see functionInputRoot). */
export function executeFunctionQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  rootValue: unknown,
  variableValues: Record<string, unknown> = {},
) {
  return executeSync({ schema, document, rootValue, variableValues, fieldResolver: strictFieldResolver });
}

const variablesObject = z.record(z.string(), z.unknown());

/** The query's variables: the top-level keys of the owner's variables metafield that the query declares. */
function inputVariables(
  context: FunctionInputContext,
  extension: FunctionExtension,
  operation: OperationDefinitionNode,
): Record<string, unknown> {
  if (!extension.inputVariables) return {};
  const { state, discount } = context;
  const namespace = resolveAppNamespace(extension.inputVariables.namespace, state.app.appId);
  const metafield = findMetafield(
    state,
    gid("DiscountAutomaticNode", discount.id),
    namespace,
    extension.inputVariables.key,
  );
  const stored = variablesObject.safeParse(metafield && metafield.type === "json" ? jsonValueOf(metafield) : null);
  if (!stored.success) return {};
  const declared = (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value);
  return Object.fromEntries(declared.filter((name) => name in stored.data).map((name) => [name, stored.data[name]]));
}

/** The target's result type, the argument of its MutationRoot field (cart.lines… → cartLinesDiscountsGenerateRun). */
function resultType(extension: FunctionExtension, target: FunctionTarget): GraphQLInputObjectType {
  const { schema } = functionApi(extension, target);
  const field = target.target.replace(/[.-](\w)/g, (_, letter: string) => letter.toUpperCase());
  const type = schema
    .getMutationType()
    ?.getFields()
    [field]?.args.find((arg) => arg.name === "result")?.type;
  const named = type && getNamedType(type);
  if (!(named instanceof GraphQLInputObjectType))
    throw new Error(`The Function API has no result type for ${target.target}`);
  return named;
}

export function runDiscountFunction(context: FunctionInputContext, extensionsDir: string): FunctionRun {
  const handle = context.discount.functionHandle;
  const extension = functionExtensions(extensionsDir).find((candidate) => candidate.handle === handle);
  if (!extension) return { ok: false, reason: `the app has no function ${handle} any more` };
  const target = extension.targets.find((candidate) => candidate.target === LINES_DISCOUNTS_TARGET);
  if (!target) return { ok: true, output: { operations: [] } };

  const { schema, inputQuery } = functionApi(extension, target);
  const operation = inputQuery.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error(`${target.inputQuery} has no query`);
  const result = executeFunctionQuery(
    schema,
    inputQuery,
    functionInputRoot(context),
    inputVariables(context, extension, operation),
  );
  const notServed = result.errors?.find((error) => error.originalError instanceof FieldNotServed);
  if (notServed) throw notServed.originalError;
  if (result.errors?.length) {
    return { ok: false, reason: `input query: ${result.errors.map((error) => error.message).join("; ")}` };
  }

  const run = FUNCTION_MODULES[handle]?.[exportName(target)];
  if (typeof run !== "function") {
    throw new Error(
      `The dev store cannot run ${handle}: register its code in storefront/cart/discounts/function-modules.ts`,
    );
  }
  let output: unknown;
  try {
    // The function gets JSON, as the Wasm module reads it.
    output = run(JSON.parse(JSON.stringify(result.data)));
  } catch (error) {
    return { ok: false, reason: `the function threw: ${(error as Error).message}` };
  }
  const problems: string[] = [];
  // Coerced as Shopify reads it: defaults filled in (appliesToEachItem: false), or refused.
  const coerced: unknown = coerceInputValue(output, resultType(extension, target), (path, _value, error) =>
    problems.push(`${path.join(".") || "output"}: ${error.message}`),
  );
  if (problems.length) return { ok: false, reason: `invalid output: ${problems.join("; ")}` };
  return { ok: true, output: coerced as CartLinesDiscountsResult };
}
