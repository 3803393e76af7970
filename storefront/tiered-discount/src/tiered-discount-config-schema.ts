import { z } from "zod";
import { isLocalDateTime } from "./local-date-time";
import { isPositiveMoneyAmount } from "./money-amount";
import { COLLECTION_GID, PRODUCT_GID } from "./shopify-gid";
import {
  MAX_COLLECTION_IDS,
  MAX_MESSAGE_LENGTH,
  MAX_MINIMUM_QUANTITY,
  MAX_PRODUCT_IDS,
  MAX_TIERS,
  MAX_TIME_TIERS,
} from "./tiered-discount-limits";

const percentage = z.number().min(1).max(100);
const moneyAmount = z.string().refine(isPositiveMoneyAmount, "Enter an amount above 0 with at most 2 decimals");
const localDateTime = z.string().refine(isLocalDateTime, "Enter a date and time as YYYY-MM-DDTHH:MM:SS");
const message = z
  .string()
  .max(MAX_MESSAGE_LENGTH)
  .refine((text) => text.trim().length > 0, "Enter the message buyers see at checkout");

const uniqueIds = (pattern: RegExp, max: number) =>
  z
    .array(z.string().regex(pattern))
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, "Each one only once");

const productSelection = z.union([
  z.literal("allProducts"),
  z
    .strictObject({
      productIds: uniqueIds(PRODUCT_GID, MAX_PRODUCT_IDS),
      collectionIds: uniqueIds(COLLECTION_GID, MAX_COLLECTION_IDS),
    })
    .refine((s) => s.productIds.length + s.collectionIds.length > 0, "Pick at least one product or collection"),
]);

const timeTier = z
  .strictObject({ startsAt: localDateTime, endsAt: localDateTime, percentage, message })
  .refine((tier) => tier.startsAt < tier.endsAt, { message: "Each window must end after it starts", path: ["endsAt"] });

const quantityTier = z.strictObject({
  minimumQuantity: z.number().int().min(1).max(MAX_MINIMUM_QUANTITY),
  value: z.union([z.strictObject({ percentage }), z.strictObject({ amountOffEachItem: moneyAmount })]),
  message,
});

const spendTier = z.strictObject({
  minimumSubtotal: moneyAmount,
  value: z.union([z.strictObject({ percentage }), z.strictObject({ amountOffOrder: moneyAmount })]),
  message,
});

/**
 * The admin's validator for a tiered discount's config, with messages for the form. The
 * Function does not import it (zod would dwarf the Function's bundle); its own validator,
 * parse-tiered-discount-config.ts, accepts and refuses the same configs, which a test holds.
 */
export const tieredDiscountConfigSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    version: z.literal(1),
    kind: z.literal("time"),
    appliesTo: productSelection,
    tiers: z
      .array(timeTier)
      .min(1)
      .max(MAX_TIME_TIERS)
      .refine(
        (tiers) => tiers.every((tier, i) => i === 0 || tiers[i - 1].endsAt <= tier.startsAt),
        "Windows must be in order and must not overlap",
      ),
  }),
  z.strictObject({
    version: z.literal(1),
    kind: z.literal("quantity"),
    appliesTo: productSelection,
    tiers: z
      .array(quantityTier)
      .min(1)
      .max(MAX_TIERS)
      .refine(
        (tiers) => tiers.every((tier, i) => i === 0 || tiers[i - 1].minimumQuantity < tier.minimumQuantity),
        "Minimum quantities must increase from tier to tier",
      ),
  }),
  z.strictObject({
    version: z.literal(1),
    kind: z.literal("spend"),
    tiers: z
      .array(spendTier)
      .min(1)
      .max(MAX_TIERS)
      .refine(
        (tiers) =>
          tiers.every((tier, i) => i === 0 || Number(tiers[i - 1].minimumSubtotal) < Number(tier.minimumSubtotal)),
        "Minimum subtotals must increase from tier to tier",
      ),
  }),
]);
