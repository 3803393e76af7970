import { isJsonObject } from "./is-json-object";
import { isLocalDateTime } from "./local-date-time";
import { isPositiveMoneyAmount } from "./money-amount";
import { COLLECTION_GID, PRODUCT_GID } from "./shopify-gid";
import type {
  OrderDiscountValue,
  ProductDiscountValue,
  ProductSelection,
  QuantityTier,
  SpendTier,
  TieredDiscountConfig,
  TimeTier,
} from "./tiered-discount-config";
import {
  MAX_COLLECTION_IDS,
  MAX_MESSAGE_LENGTH,
  MAX_MINIMUM_QUANTITY,
  MAX_PRODUCT_IDS,
  MAX_TIERS,
  MAX_TIME_TIERS,
} from "./tiered-discount-limits";

/**
 * The Function's validator for a stored config: the config itself, or null for anything else.
 * It accepts and refuses exactly what the admin's zod schema (tiered-discount-config-schema.ts)
 * does. zod itself, some 450 KB minified, would not fit in a Function (256 KB of Wasm at most).
 */
export function parseTieredDiscountConfig(value: unknown): TieredDiscountConfig | null {
  if (!isJsonObject(value) || value.version !== 1) return null;
  switch (value.kind) {
    case "time":
      return hasOnlyKeys(value, ["version", "kind", "appliesTo", "tiers"]) &&
        isProductSelection(value.appliesTo) &&
        isTierList(value.tiers, MAX_TIME_TIERS, isTimeTier) &&
        timeTiersInOrder(value.tiers)
        ? { version: 1, kind: "time", appliesTo: value.appliesTo, tiers: value.tiers }
        : null;
    case "quantity":
      return hasOnlyKeys(value, ["version", "kind", "appliesTo", "tiers"]) &&
        isProductSelection(value.appliesTo) &&
        isTierList(value.tiers, MAX_TIERS, isQuantityTier) &&
        quantityTiersInOrder(value.tiers)
        ? { version: 1, kind: "quantity", appliesTo: value.appliesTo, tiers: value.tiers }
        : null;
    case "spend":
      return hasOnlyKeys(value, ["version", "kind", "tiers"]) &&
        isTierList(value.tiers, MAX_TIERS, isSpendTier) &&
        spendTiersInOrder(value.tiers)
        ? { version: 1, kind: "spend", tiers: value.tiers }
        : null;
    default:
      return null;
  }
}

function hasOnlyKeys(value: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function isTierList<Tier>(value: unknown, max: number, isTier: (tier: unknown) => tier is Tier): value is Tier[] {
  return Array.isArray(value) && value.length >= 1 && value.length <= max && value.every(isTier);
}

function isTimeTier(value: unknown): value is TimeTier {
  return (
    isJsonObject(value) &&
    hasOnlyKeys(value, ["startsAt", "endsAt", "percentage", "message"]) &&
    isLocalDateTime(value.startsAt) &&
    isLocalDateTime(value.endsAt) &&
    value.startsAt < value.endsAt &&
    isPercentage(value.percentage) &&
    isMessage(value.message)
  );
}

function timeTiersInOrder(tiers: TimeTier[]): boolean {
  return tiers.every((tier, i) => i === 0 || tiers[i - 1].endsAt <= tier.startsAt);
}

function isQuantityTier(value: unknown): value is QuantityTier {
  return (
    isJsonObject(value) &&
    hasOnlyKeys(value, ["minimumQuantity", "value", "message"]) &&
    isWholeNumberBetween(value.minimumQuantity, 1, MAX_MINIMUM_QUANTITY) &&
    isProductDiscountValue(value.value) &&
    isMessage(value.message)
  );
}

function quantityTiersInOrder(tiers: QuantityTier[]): boolean {
  return tiers.every((tier, i) => i === 0 || tiers[i - 1].minimumQuantity < tier.minimumQuantity);
}

function isProductDiscountValue(value: unknown): value is ProductDiscountValue {
  if (!isJsonObject(value)) return false;
  if ("percentage" in value) return hasOnlyKeys(value, ["percentage"]) && isPercentage(value.percentage);
  return hasOnlyKeys(value, ["amountOffEachItem"]) && isPositiveMoneyAmount(value.amountOffEachItem);
}

function isSpendTier(value: unknown): value is SpendTier {
  return (
    isJsonObject(value) &&
    hasOnlyKeys(value, ["minimumSubtotal", "value", "message"]) &&
    isPositiveMoneyAmount(value.minimumSubtotal) &&
    isOrderDiscountValue(value.value) &&
    isMessage(value.message)
  );
}

function spendTiersInOrder(tiers: SpendTier[]): boolean {
  return tiers.every((tier, i) => i === 0 || Number(tiers[i - 1].minimumSubtotal) < Number(tier.minimumSubtotal));
}

function isOrderDiscountValue(value: unknown): value is OrderDiscountValue {
  if (!isJsonObject(value)) return false;
  if ("percentage" in value) return hasOnlyKeys(value, ["percentage"]) && isPercentage(value.percentage);
  return hasOnlyKeys(value, ["amountOffOrder"]) && isPositiveMoneyAmount(value.amountOffOrder);
}

function isProductSelection(value: unknown): value is ProductSelection {
  if (value === "allProducts") return true;
  return (
    isJsonObject(value) &&
    hasOnlyKeys(value, ["productIds", "collectionIds"]) &&
    isIdList(value.productIds, MAX_PRODUCT_IDS, PRODUCT_GID) &&
    isIdList(value.collectionIds, MAX_COLLECTION_IDS, COLLECTION_GID) &&
    value.productIds.length + value.collectionIds.length > 0
  );
}

function isIdList(value: unknown, max: number, pattern: RegExp): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= max &&
    value.every((id) => typeof id === "string" && pattern.test(id)) &&
    new Set(value).size === value.length
  );
}

function isWholeNumberBetween(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max;
}

function isPercentage(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 && value <= 100;
}

function isMessage(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_MESSAGE_LENGTH && value.trim().length > 0;
}
