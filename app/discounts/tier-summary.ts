import type {
  OrderDiscountValue,
  ProductDiscountValue,
  QuantityTier,
  SpendTier,
  TieredDiscountConfig,
} from "../../storefront/tiered-discount/src/tiered-discount-config";
import { formatAmount } from "../preorders/currency-amount";
import { timelineText } from "./time-tier-timeline";

/** A tier in a few words, for lists and the preview: "3+ items: 20 % off", "from $100.00: $15.00 off the order". */
export function tierLabel(config: TieredDiscountConfig, index: number, currency: string): string {
  switch (config.kind) {
    case "time": {
      const tier = config.tiers[index];
      return `${tier.startsAt.slice(0, 16).replace("T", " ")}–${tier.endsAt.slice(11, 16)}: ${tier.percentage} % off`;
    }
    case "quantity":
      return quantityLabel(config.tiers[index], currency);
    case "spend":
      return spendLabel(config.tiers[index], currency);
  }
}

function quantityLabel(tier: QuantityTier, currency: string): string {
  return `${tier.minimumQuantity}+ ${tier.minimumQuantity === 1 ? "item" : "items"}: ${valueLabel(tier.value, currency)}`;
}

function spendLabel(tier: SpendTier, currency: string): string {
  return `from ${formatAmount(Number(tier.minimumSubtotal), currency)}: ${valueLabel(tier.value, currency)}`;
}

export function valueLabel(value: ProductDiscountValue | OrderDiscountValue, currency: string): string {
  if ("percentage" in value) return `${value.percentage} % off`;
  if ("amountOffEachItem" in value) return `${formatAmount(Number(value.amountOffEachItem), currency)} off each item`;
  return `${formatAmount(Number(value.amountOffOrder), currency)} off the order`;
}

/** Every tier on one line: the timeline for time tiers, the thresholds for the others. */
export function tiersSummary(config: TieredDiscountConfig, currency: string): string {
  if (config.kind === "time") return timelineText(config.tiers).join("; ");
  return config.tiers.map((_tier, i) => tierLabel(config, i, currency)).join(", ");
}
