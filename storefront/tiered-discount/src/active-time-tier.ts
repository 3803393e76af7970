import type { TimeTierClock } from "./cart-lines-discounts-generate-run-input";
import type { TimeTier } from "./tiered-discount-config";

/**
 * The tier whose window holds the shop's current local time, or null. A window has started
 * at its start (dateTimeAfter is true "at or past" the time given) and is over at its end, so
 * at a boundary the later tier applies. Windows never overlap, so at most one matches.
 */
export function activeTimeTier(tiers: TimeTier[], clock: TimeTierClock): TimeTier | null {
  const index = tiers.findIndex((_tier, i) => clock[`timeTier${i}Started`] && !clock[`timeTier${i}Ended`]);
  return index === -1 ? null : tiers[index];
}
