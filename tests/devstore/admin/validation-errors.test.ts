import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-client";

/**
 * Shopify's (graphql-ruby's) wording for the validation errors the captures do not cover.
 * The captured ones are replayed in conformance.test.ts.
 */

async function errorsOf(query: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await adminClient().request(query, variables);
  expect(status).toBe(200);
  expect(body.data).toBeUndefined();
  expect(body.extensions).toBeUndefined();
  return body.errors;
}

describe("validation errors in Shopify's words", () => {
  it("unknown argument on a field", async () => {
    expect(await errorsOf("{ shop { name(x: 1) } }")).toEqual([
      {
        message: "Field 'name' doesn't accept argument 'x'",
        locations: [{ line: 1, column: 15 }],
        path: ["query", "shop", "name", "x"],
        extensions: { code: "argumentNotAccepted", name: "name", typeName: "Field", argumentName: "x" },
      },
    ]);
  });

  it("enum and Int literals of the wrong kind", async () => {
    expect(await errorsOf("query Q { products(first: 1, sortKey: NOPE) { nodes { id } } }")).toEqual([
      {
        message: "Argument 'sortKey' on Field 'products' has an invalid value (NOPE). Expected type 'ProductSortKeys'.",
        locations: [{ line: 1, column: 11 }],
        path: ["query Q", "products", "sortKey"],
        extensions: { code: "argumentLiteralsIncompatible", typeName: "Field", argumentName: "sortKey" },
      },
    ]);
    expect((await errorsOf('{ products(first: "x") { nodes { id } } }'))?.[0]).toMatchObject({
      message: "Argument 'first' on Field 'products' has an invalid value (\"x\"). Expected type 'Int'.",
    });
  });

  it("Shopify scalars explain their own coercion errors", async () => {
    expect(
      await errorsOf('mutation { scriptTagCreate(input: { src: "not-a-url" }) { userErrors { message } } }'),
    ).toEqual([
      {
        message: "Invalid url 'not-a-url', missing scheme",
        locations: [{ line: 1, column: 35 }],
        path: ["mutation", "scriptTagCreate", "input", "src"],
        extensions: { code: "argumentLiteralsIncompatible", typeName: "CoercionError" },
      },
    ]);
  });

  it("selections on leaves and missing selections", async () => {
    expect(await errorsOf('{ product(id: "gid://shopify/Product/101") { status { x } } }')).toEqual([
      {
        message: "Selections can't be made on enums (field 'status' returns ProductStatus but has selections [\"x\"])",
        locations: [{ line: 1, column: 46 }],
        path: ["query", "product", "status"],
        extensions: { code: "selectionMismatch", nodeName: "field 'status'", typeName: "ProductStatus" },
      },
    ]);
  });

  it("missing required arguments, listed together", async () => {
    expect(await errorsOf("query Q { product { id } shop { id @skip } }")).toEqual([
      {
        message: "Field 'product' is missing required arguments: id",
        locations: [{ line: 1, column: 11 }],
        path: ["query Q", "product"],
        extensions: { code: "missingRequiredArguments", className: "Field", name: "product", arguments: "id" },
      },
      {
        message: "Directive 'skip' is missing required arguments: if",
        locations: [{ line: 1, column: 36 }],
        path: ["query Q", "shop", "id"],
        extensions: { code: "missingRequiredArguments", className: "Directive", name: "skip", arguments: "if" },
      },
    ]);
  });

  it("variables: undeclared, unknown type, wrong position", async () => {
    expect(await errorsOf("query Q { product(id: $id) { id } }")).toEqual([
      {
        message: "Variable $id is used by Q but not declared",
        locations: [{ line: 1, column: 23 }],
        path: ["query Q", "product", "id"],
        extensions: { code: "variableNotDefined", variableName: "id" },
      },
    ]);
    expect((await errorsOf("query Q($x: Nope) { shop { id } }"))?.[0]).toEqual({
      message: "Nope isn't a defined input type (on $x)",
      locations: [{ line: 1, column: 9 }],
      path: ["query Q"],
      extensions: { code: "variableRequiresValidType", typeName: "Nope", variableName: "x" },
    });
    expect(await errorsOf("query Q($f: String!) { products(first: $f) { nodes { id } } }")).toEqual([
      {
        message: "Type mismatch on variable $f and argument first (String! / Int)",
        locations: [{ line: 1, column: 40 }],
        path: ["query Q", "products", "first"],
        extensions: {
          code: "variableMismatch",
          variableName: "f",
          typeName: "String!",
          argumentName: "first",
          errorMessage: "Type mismatch",
        },
      },
    ]);
  });

  it("fragments: unknown, unused, on unknown types", async () => {
    expect((await errorsOf("query Q { shop { ...F } }"))?.[0]).toMatchObject({
      message: "Fragment F was used, but not defined",
      extensions: { code: "useAndDefineFragment", fragmentName: "F" },
    });
    expect((await errorsOf("query Q { shop { id } } fragment F on Shop { id }"))?.[0]).toMatchObject({
      message: "Fragment F was defined, but not used",
      path: ["fragment F"],
    });
    expect((await errorsOf("query Q { ... on Nope { id } }"))?.[0]).toMatchObject({
      message: "No such type Nope, so it can't be a fragment condition",
      path: ["query Q", "... on Nope"],
      extensions: { code: "undefinedType", typeName: "Nope" },
    });
  });

  it("input objects: unknown and missing fields", async () => {
    const [unknown] =
      (await errorsOf(
        'mutation { customerEmailMarketingConsentUpdate(input: { customerId: "gid://shopify/Customer/1", emailMarketingConsent: { marketingState: SUBSCRIBED, bogus: 1 } }) { userErrors { field } } }',
      )) ?? [];
    expect(unknown).toMatchObject({
      message: "InputObject 'CustomerEmailMarketingConsentInput' doesn't accept argument 'bogus'",
      path: ["mutation", "customerEmailMarketingConsentUpdate", "input", "emailMarketingConsent", "bogus"],
      extensions: {
        code: "argumentNotAccepted",
        name: "CustomerEmailMarketingConsentInput",
        typeName: "InputObject",
        argumentName: "bogus",
      },
    });
    const [missing] =
      (await errorsOf(
        'mutation { customerEmailMarketingConsentUpdate(input: { customerId: "gid://shopify/Customer/1", emailMarketingConsent: { marketingOptInLevel: UNKNOWN } }) { userErrors { field } } }',
      )) ?? [];
    expect(missing).toMatchObject({
      message:
        "Argument 'marketingState' on InputObject 'CustomerEmailMarketingConsentInput' is required. Expected type CustomerEmailMarketingState!",
      extensions: {
        code: "missingRequiredInputObjectAttribute",
        argumentName: "marketingState",
        argumentType: "CustomerEmailMarketingState!",
        inputObjectType: "CustomerEmailMarketingConsentInput",
      },
    });
  });

  it("syntax errors point at the unexpected token", async () => {
    expect(await errorsOf("{ shop { id } } }")).toEqual([
      {
        message: 'syntax error, unexpected "}" at [1, 17]',
        locations: [{ line: 1, column: 17 }],
        extensions: { code: "PARSE_ERROR" },
      },
    ]);
  });

  it("variable values: ids must be global ids", async () => {
    expect(
      await errorsOf("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: ["gid://shopify/Product/101", "101"] }),
    ).toEqual([
      {
        message: "Variable $ids of type [ID!]! was provided invalid value for 1 (Invalid global id '101')",
        locations: [{ line: 1, column: 8 }],
        extensions: {
          code: "INVALID_VARIABLE",
          value: ["gid://shopify/Product/101", "101"],
          problems: [{ path: [1], explanation: "Invalid global id '101'", message: "Invalid global id '101'" }],
        },
      },
    ]);
  });

  it("variable values: enums, Int, one-of identifiers and unknown fields", async () => {
    const query = "query ($i: CustomerIdentifierInput!) { customerByIdentifier(identifier: $i) { id } }";
    expect(await errorsOf(query, { i: {} })).toEqual([
      {
        message: "Variable $i of type CustomerIdentifierInput! was provided invalid value",
        locations: [{ line: 1, column: 8 }],
        extensions: {
          code: "INVALID_VARIABLE",
          value: {},
          problems: [
            { path: [], explanation: "'CustomerIdentifierInput' requires exactly one argument, but 0 were provided." },
          ],
        },
      },
    ]);
    expect((await errorsOf("query ($n: Int) { products(first: $n) { nodes { id } } }", { n: "x" }))?.[0]).toMatchObject(
      {
        extensions: {
          code: "INVALID_VARIABLE",
          value: "x",
          problems: [{ path: [], explanation: 'Could not coerce value "x" to Int' }],
        },
      },
    );
    expect(
      (
        await errorsOf("query ($k: ProductSortKeys) { products(first: 1, sortKey: $k) { nodes { id } } }", {
          k: "NOPE",
        })
      )?.[0]?.extensions?.problems,
    ).toEqual([
      {
        path: [],
        explanation:
          'Expected "NOPE" to be one of: CREATED_AT, ID, INVENTORY_TOTAL, PRODUCT_TYPE, PUBLISHED_AT, RELEVANCE, TITLE, UPDATED_AT, VENDOR',
      },
    ]);
  });
});
