import type { CartLinesDiscountsGenerateRunInput } from "./cart-lines-discounts-generate-run-input";
import type { CartLinesDiscountsGenerateRunResult, CartOperation } from "./cart-lines-discounts-generate-run-result";
import { quantityTieredOperations } from "./quantity-tiered-operations";
import { readFunctionConfiguration } from "./read-function-configuration";
import { requiredDiscountClass } from "./required-discount-class";
import { spendTieredOperations } from "./spend-tiered-operations";
import { timeTieredOperations } from "./time-tiered-operations";

/**
 * The target cart.lines.discounts.generate.run: the discounts a tiered discount gives this
 * cart. No discount, and no error, for a missing or invalid config, an empty cart, or a
 * discount created without the class the config's discounts belong to.
 */
export function cartLinesDiscountsGenerateRun(
  input: CartLinesDiscountsGenerateRunInput,
): CartLinesDiscountsGenerateRunResult {
  return { operations: operations(input) };
}

function operations(input: CartLinesDiscountsGenerateRunInput): CartOperation[] {
  const config = readFunctionConfiguration(input.discount.metafield?.jsonValue);
  if (!config || input.cart.lines.length === 0) return [];
  if (!input.discount.discountClasses.includes(requiredDiscountClass(config))) return [];
  const presentmentCurrencyRate = Number(input.presentmentCurrencyRate);
  if (!(presentmentCurrencyRate > 0 && Number.isFinite(presentmentCurrencyRate))) return [];
  switch (config.kind) {
    case "time":
      return timeTieredOperations(config, input);
    case "quantity":
      return quantityTieredOperations(config, input, presentmentCurrencyRate);
    case "spend":
      return spendTieredOperations(config, input, presentmentCurrencyRate);
  }
}
