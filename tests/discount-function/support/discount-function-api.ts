import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, coerceInputValue, GraphQLInputObjectType, parse } from "graphql";

export const EXTENSION_DIR = fileURLToPath(new URL("../../../storefront/tiered-discount", import.meta.url));

/** Shopify's Discount Function API schema, as the extension keeps it for `shopify app function typegen`. */
export const discountFunctionSchema = buildSchema(readFileSync(path.join(EXTENSION_DIR, "schema.graphql"), "utf8"), {
  assumeValidSDL: true,
});

export const inputQueryText = readFileSync(
  path.join(EXTENSION_DIR, "src/cart_lines_discounts_generate_run.graphql"),
  "utf8",
);

export const inputQuery = parse(inputQueryText);

/**
 * Why Shopify would refuse the Function's output: the output coerced as the schema's
 * CartLinesDiscountsGenerateRunResult input (field names, required fields, enum values, @oneOf).
 */
export function runResultErrors(result: unknown): string[] {
  const type = discountFunctionSchema.getType("CartLinesDiscountsGenerateRunResult");
  if (!(type instanceof GraphQLInputObjectType)) throw new Error("CartLinesDiscountsGenerateRunResult is missing");
  const errors: string[] = [];
  coerceInputValue(result, type, (at, _value, error) => errors.push(`${at.join(".")}: ${error.message}`));
  return errors;
}
