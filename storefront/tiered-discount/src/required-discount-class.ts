import type { DiscountClass } from "./cart-lines-discounts-generate-run-input";
import type { TieredDiscountConfig } from "./tiered-discount-config";

/**
 * The discount class a config's discounts belong to: the admin creates the discount with it,
 * and the Function adds no discount when the discount it runs for lacks it.
 */
export function requiredDiscountClass(config: TieredDiscountConfig): DiscountClass {
  return config.kind === "spend" ? "ORDER" : "PRODUCT";
}
