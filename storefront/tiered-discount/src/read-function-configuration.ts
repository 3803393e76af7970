import { inputVariables } from "./input-variables";
import { isJsonObject } from "./is-json-object";
import { parseTieredDiscountConfig } from "./parse-tiered-discount-config";
import type { TieredDiscountConfig } from "./tiered-discount-config";

/**
 * The config in the function-configuration metafield's value, or null when it is missing or
 * invalid. Also null when the query variables stored beside it are not the ones the config
 * implies: shop.localTime would then have answered about other windows than the config's.
 */
export function readFunctionConfiguration(metafieldValue: unknown): TieredDiscountConfig | null {
  if (!isJsonObject(metafieldValue)) return null;
  const config = parseTieredDiscountConfig(metafieldValue.configuration);
  if (!config) return null;
  const variablesMatch = Object.entries(inputVariables(config)).every(([name, expected]) =>
    sameVariableValue(metafieldValue[name], expected),
  );
  return variablesMatch ? config : null;
}

function sameVariableValue(stored: unknown, expected: string | string[]): boolean {
  if (typeof expected === "string") return stored === expected;
  return Array.isArray(stored) && stored.length === expected.length && stored.every((id, i) => id === expected[i]);
}
