import { inputVariables, type TieredDiscountInputVariables } from "./input-variables";
import type { TieredDiscountConfig } from "./tiered-discount-config";

/** The handle in shopify.extension.toml: discountAutomaticAppCreate's functionHandle. */
export const TIERED_DISCOUNT_FUNCTION_HANDLE = "tiered-discount";

/**
 * The discount's metafield that carries the config, read by the input query, and that
 * [extensions.input.variables] names as the source of the query's variables.
 */
export const FUNCTION_CONFIGURATION_METAFIELD = {
  namespace: "$app:tiered-discount",
  key: "function-configuration",
  type: "json",
} as const;

export type FunctionConfigurationMetafieldValue = TieredDiscountInputVariables & {
  configuration: TieredDiscountConfig;
};

/** What the admin writes into the metafield (JSON.stringify it) for a validated config. */
export function functionConfigurationMetafieldValue(config: TieredDiscountConfig): FunctionConfigurationMetafieldValue {
  return { configuration: config, ...inputVariables(config) };
}
