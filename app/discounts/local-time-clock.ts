import type { TimeTierClock } from "../../storefront/tiered-discount/src/cart-lines-discounts-generate-run-input";
import { inputVariables } from "../../storefront/tiered-discount/src/input-variables";
import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import { MAX_TIME_TIERS } from "../../storefront/tiered-discount/src/tiered-discount-limits";

/**
 * What shop.localTime answers the Function's input query at the shop's wall-clock time
 * `localNow` (`YYYY-MM-DDTHH:MM:SS`): each `timeTier<i>Started/Ended` is dateTimeAfter of that
 * boundary, true at or past it. The variables are the ones the metafield carries, so unused
 * slots answer as Shopify would for them too.
 */
export function localTimeClock(config: TieredDiscountConfig, localNow: string): TimeTierClock {
  const variables = inputVariables(config);
  const clock: TimeTierClock = {};
  for (let i = 0; i < MAX_TIME_TIERS; i++) {
    clock[`timeTier${i}Started`] = localNow >= variables[`timeTier${i}Start`];
    clock[`timeTier${i}Ended`] = localNow >= variables[`timeTier${i}End`];
  }
  return clock;
}
