import {
  GraphQLError,
  Kind,
  execute,
  getVariableValues,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from "graphql";
import type { DevStore } from "../state/store";
import { loadAdminSchema } from "./admin-schema";
import { MAX_QUERY_COST } from "./cost/cost-rules";
import { actualQueryCost, requestedQueryCost, type CostInput } from "./cost/query-cost";
import type { ThrottleBuckets } from "./cost/throttle-buckets";
import { DocumentIndex } from "./errors/document-index";
import { shopifyParseError } from "./errors/parse-error";
import { executionError, type ShopifyError } from "./errors/shopify-error";
import { translateValidationErrors } from "./errors/validation-errors";
import { validateVariables } from "./errors/variable-errors";
import type { AdminContext } from "./request-context";

/**
 * One Admin API request, the way Shopify answers it: parse, validate, pick the operation,
 * check variables, price it, charge the bucket, execute, and report the cost. Every GraphQL
 * outcome is HTTP 200; errors caught before execution carry no cost, as on Shopify.
 */

export interface AdminRequest {
  query: unknown;
  variables: unknown;
  operationName: unknown;
  /** The bucket to charge: Shopify meters per app and shop, i.e. per access token. */
  accessToken: string;
}

export interface AdminResponse {
  status: number;
  body: unknown;
}

export interface AdminDependencies {
  store: DevStore;
  now: () => Date;
  origin: string;
  buckets: ThrottleBuckets;
}

const DOCUMENTATION = "https://shopify.dev/api/usage/rate-limits";

function errorsOnly(errors: ShopifyError[]): AdminResponse {
  return { status: 200, body: { errors } };
}

function selectOperation(document: DocumentNode, operationName: unknown): OperationDefinitionNode | ShopifyError {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof operationName === "string" && operationName !== "") {
    return (
      operations.find((operation) => operation.name?.value === operationName) ?? {
        message: `No operation named "${operationName}"`,
      }
    );
  }
  if (operations.length !== 1) return { message: "An operation name is required" };
  return operations[0];
}

function maxCostExceeded(cost: number): ShopifyError {
  return {
    message:
      `Query cost is ${cost}, which exceeds the single query max cost limit (${MAX_QUERY_COST}).\n\n` +
      "See https://shopify.dev/docs/api/usage/rate-limits for more information on how the\n" +
      "cost of a query is calculated.\n\n" +
      "To query larger amounts of data with fewer limits, bulk operations should be used instead.\n" +
      "See https://shopify.dev/docs/api/usage/bulk-operations/queries for usage details.\n",
    extensions: { code: "MAX_COST_EXCEEDED", cost, maxCost: MAX_QUERY_COST, documentation: DOCUMENTATION },
  };
}

/** Resolver bugs reach the client as Shopify's internal error, with the cause for whoever debugs the dev store. */
function responseError(error: GraphQLError): ShopifyError {
  const original = error.originalError;
  if (original && !(original instanceof GraphQLError)) {
    console.error("[devstore admin]", original);
    return executionError(
      new GraphQLError(`Internal error in the dev store: ${original.message}`, {
        nodes: error.nodes,
        path: error.path,
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      }),
    );
  }
  return executionError(error);
}

function parseVariables(variables: unknown): Record<string, unknown> | null {
  if (variables == null) return {};
  if (typeof variables === "string") {
    try {
      return parseVariables(JSON.parse(variables));
    } catch {
      return null;
    }
  }
  return typeof variables === "object" && !Array.isArray(variables) ? (variables as Record<string, unknown>) : null;
}

export async function executeAdminRequest(
  request: AdminRequest,
  dependencies: AdminDependencies,
): Promise<AdminResponse> {
  const { schema, fieldResolver } = await loadAdminSchema();
  const variables = parseVariables(request.variables);
  if (typeof request.query !== "string" || request.query.trim() === "" || variables === null) {
    return { status: 400, body: { errors: { query: "Required parameter missing or invalid" } } };
  }

  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    if (error instanceof GraphQLError) return errorsOnly([shopifyParseError(error, request.query)]);
    throw error;
  }

  const validationErrors = validate(schema, document);
  if (validationErrors.length)
    return errorsOnly(translateValidationErrors(validationErrors, new DocumentIndex(schema, document)));

  const operation = selectOperation(document, request.operationName);
  if (!("kind" in operation)) return errorsOnly([operation]);
  if (operation.operation === "subscription") {
    return errorsOnly([
      {
        message: "Schema is not configured for subscriptions",
        extensions: { code: "missingSubscriptionConfiguration" },
      },
    ]);
  }

  const variableErrors = validateVariables(schema, operation, variables);
  if (variableErrors.length) return errorsOnly(variableErrors);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) {
    return errorsOnly(
      coerced.errors.map((error) => ({ message: error.message, extensions: { code: "INVALID_VARIABLE" } })),
    );
  }

  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const costInput: CostInput = { schema, operation, fragments, variables: coerced.coerced };
  const requested = requestedQueryCost(costInput);
  const { buckets } = dependencies;
  const bucket = request.accessToken;
  const costOf = (actual: number | null) => ({
    requestedQueryCost: requested,
    actualQueryCost: actual,
    throttleStatus: buckets.status(bucket),
  });
  if (requested > MAX_QUERY_COST)
    return { status: 200, body: { errors: [maxCostExceeded(requested)], extensions: { cost: costOf(null) } } };
  if (!buckets.take(bucket, requested)) {
    const throttled = { message: "Throttled", extensions: { code: "THROTTLED", documentation: DOCUMENTATION } };
    return { status: 200, body: { errors: [throttled], extensions: { cost: costOf(null) } } };
  }

  const context: AdminContext = {
    store: dependencies.store,
    now: dependencies.now,
    origin: dependencies.origin,
    searchReports: [],
    uploadedMedia: new Set(),
  };
  const result = await execute({
    schema,
    document,
    operationName: operation.name?.value,
    variableValues: variables,
    contextValue: context,
    rootValue: {},
    fieldResolver,
  });
  const actual = Math.min(requested, actualQueryCost(costInput, result.data));
  buckets.refund(bucket, requested - actual);
  return {
    status: 200,
    body: {
      ...(result.errors?.length ? { errors: result.errors.map(responseError) } : {}),
      data: result.data ?? null,
      extensions: { cost: costOf(actual), ...(context.searchReports.length ? { search: context.searchReports } : {}) },
    },
  };
}
