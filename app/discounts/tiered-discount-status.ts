import { activeTimeTier } from "../../storefront/tiered-discount/src/active-time-tier";
import { localTimeClock } from "./local-time-clock";
import type { SavedTieredDiscount } from "./saved-tiered-discount";
import { localDateTimeAt } from "../shop-time/shop-local-time";

/**
 * Where a tiered discount stands: Shopify's status (scheduled, active, or expired, which also
 * covers one deactivated in Shopify's admin) and, while live, the time tier checkout gives now,
 * found exactly as the Function finds it.
 */
export type TieredDiscountStatus =
  | { kind: "scheduled" }
  | { kind: "live"; currentTier: string | null }
  | { kind: "ended" }
  /** Its metafield is missing or refused: checkout gives no discount. */
  | { kind: "broken" };

export function tieredDiscountStatus(saved: SavedTieredDiscount, now: Date, timeZone: string): TieredDiscountStatus {
  const { config } = saved;
  if (!config) return { kind: "broken" };
  if (saved.status === "SCHEDULED") return { kind: "scheduled" };
  if (saved.status === "EXPIRED") return { kind: "ended" };
  if (config.kind !== "time") return { kind: "live", currentTier: null };
  const localNow = localDateTimeAt(now, timeZone);
  const tier = activeTimeTier(config.tiers, localTimeClock(config, localNow));
  if (tier) return { kind: "live", currentTier: `${tier.percentage} % off until ${wallClock(tier.endsAt, localNow)}` };
  const next = config.tiers.find((candidate) => candidate.startsAt > localNow);
  return {
    kind: "live",
    currentTier: next ? `No discount until ${wallClock(next.startsAt, localNow)}, then ${next.percentage} % off` : null,
  };
}

/** "17:00" today, "2026-06-02 17:00" on another day. */
function wallClock(local: string, localNow: string): string {
  const time = local.slice(11, 16);
  return local.slice(0, 10) === localNow.slice(0, 10) ? time : `${local.slice(0, 10)} ${time}`;
}
