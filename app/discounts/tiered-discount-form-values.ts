import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import type { SavedTieredDiscount } from "./saved-tiered-discount";
import { localDateTimeAt } from "../shop-time/shop-local-time";
import type { TierKind } from "./tiered-discount-draft";
import {
  emptyTierRow,
  type TierRow,
  type TieredDiscountForm,
  type TieredDiscountFormValues,
} from "./tiered-discount-form";

/** The form's values for a new discount: one tier of the kind, starting at the next full hour. */
export function newTieredDiscountFormValues(kind: TierKind, now: Date, timeZone: string): TieredDiscountFormValues {
  const nextHour = inputTime(localDateTimeAt(new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000), timeZone));
  return {
    title: "",
    kind,
    tiers: [newTierRow(kind, [], nextHour)],
    startsAt: nextHour,
    endsAt: "",
    appliesTo: "all",
    productIds: [],
    collectionIds: [],
    combinesWith: [],
  };
}

/**
 * A row to add below `rows`: a time tier starts where the last one ends and lasts an hour, so
 * that back-to-back windows need no typing.
 */
export function newTierRow(kind: TierKind, rows: TierRow[], defaultStart: string): TierRow {
  if (kind !== "time") return { ...emptyTierRow };
  const startsAt = rows.at(-1)?.endsAt || defaultStart;
  return { ...emptyTierRow, startsAt, endsAt: startsAt ? addHour(startsAt) : "" };
}

/** A saved discount as the edit form's values, times on the shop's wall clock. */
export function savedTieredDiscountFormValues(
  saved: SavedTieredDiscount & { config: TieredDiscountConfig },
  timeZone: string,
): TieredDiscountFormValues {
  const { config } = saved;
  const selection = config.kind === "spend" ? "allProducts" : config.appliesTo;
  return {
    title: saved.title,
    kind: config.kind,
    tiers: tierRows(config),
    startsAt: config.kind === "time" ? "" : inputTime(localDateTimeAt(saved.startsAt, timeZone)),
    endsAt: config.kind === "time" || !saved.endsAt ? "" : inputTime(localDateTimeAt(saved.endsAt, timeZone)),
    appliesTo: selection === "allProducts" ? "all" : "selected",
    productIds: selection === "allProducts" ? [] : [...selection.productIds],
    collectionIds: selection === "allProducts" ? [] : [...selection.collectionIds],
    combinesWith: (["productDiscounts", "orderDiscounts", "shippingDiscounts"] as const).filter(
      (key) => saved.combinesWith[key],
    ),
  };
}

function tierRows(config: TieredDiscountConfig): TierRow[] {
  switch (config.kind) {
    case "time":
      return config.tiers.map((tier) => ({
        ...emptyTierRow,
        startsAt: inputTime(tier.startsAt),
        endsAt: inputTime(tier.endsAt),
        value: String(tier.percentage),
        message: tier.message,
      }));
    case "quantity":
      return config.tiers.map((tier) => ({
        ...emptyTierRow,
        minimum: String(tier.minimumQuantity),
        ...("percentage" in tier.value
          ? { valueType: "percentage", value: String(tier.value.percentage) }
          : { valueType: "amount", value: tier.value.amountOffEachItem }),
        message: tier.message,
      }));
    case "spend":
      return config.tiers.map((tier) => ({
        ...emptyTierRow,
        minimum: tier.minimumSubtotal,
        ...("percentage" in tier.value
          ? { valueType: "percentage", value: String(tier.value.percentage) }
          : { valueType: "amount", value: tier.value.amountOffOrder }),
        message: tier.message,
      }));
  }
}

/** `YYYY-MM-DDTHH:MM`, what a datetime-local input shows; seconds only when there are some. */
function inputTime(local: string): string {
  return local.endsWith(":00") ? local.slice(0, 16) : local;
}

function addHour(input: string): string {
  const ms = Date.parse(`${input.length === 16 ? `${input}:00` : input}Z`);
  return Number.isNaN(ms) ? "" : new Date(ms + 3_600_000).toISOString().slice(0, 16);
}

/** The values as the form posts them: the tiers table as one JSON field. */
export function tieredDiscountFormRecord(values: TieredDiscountFormValues): TieredDiscountForm {
  return { ...values, tiers: JSON.stringify(values.tiers) };
}

export function tieredDiscountFormData(values: TieredDiscountFormValues): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(tieredDiscountFormRecord(values))) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  return form;
}
