import { expect } from "vitest";
import { cartLinesDiscountsGenerateRun } from "../../../storefront/tiered-discount/src/cart_lines_discounts_generate_run";
import type { CartLinesDiscountsGenerateRunResult } from "../../../storefront/tiered-discount/src/cart-lines-discounts-generate-run-result";
import { functionInput, type CartScenario } from "./cart-scenario";
import { runResultErrors } from "./discount-function-api";

/** The Function run on the input Shopify would compute for the scenario; its output must be one Shopify accepts. */
export function runFunction(scenario: CartScenario): CartLinesDiscountsGenerateRunResult {
  const result = cartLinesDiscountsGenerateRun(functionInput(scenario));
  expect(runResultErrors(result)).toEqual([]);
  return result;
}
