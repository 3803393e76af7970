import { z } from "zod";
import { PRODUCT_GID, COLLECTION_GID } from "../../storefront/tiered-discount/src/shopify-gid";
import type {
  OrderDiscountValue,
  ProductDiscountValue,
  ProductSelection,
  QuantityTier,
  SpendTier,
  TieredDiscountConfig,
  TimeTier,
} from "../../storefront/tiered-discount/src/tiered-discount-config";
import { tieredDiscountConfigSchema } from "../../storefront/tiered-discount/src/tiered-discount-config-schema";
import {
  MAX_COLLECTION_IDS,
  MAX_MESSAGE_LENGTH,
  MAX_MINIMUM_QUANTITY,
  MAX_PRODUCT_IDS,
  MAX_TIERS,
  MAX_TIME_TIERS,
} from "../../storefront/tiered-discount/src/tiered-discount-limits";
import { assertCurrencyCode } from "../preorders/currency-amount";
import { readAmount, readPercentage, readWholeNumber, type Read } from "./form-numbers";
import { utcOfLocalDateTime } from "../shop-time/shop-local-time";
import { tierKinds, type CombinesWith, type TierKind, type TieredDiscountDraft } from "./tiered-discount-draft";

/**
 * The create/edit form of a tiered discount, as FormData gives it (every value a string, a
 * repeated field an array, the tiers table one JSON field), read into a TieredDiscountDraft
 * with one message per field. Tier fields are named `tiers.<row>.<column>`. Decisions:
 * - a time-tiered discount runs from its first tier's start to its last tier's end, so it has
 *   no start and end fields of its own; quantity and spend tiers need a start, the end is optional;
 * - times are the shop's wall clock; one the clocks skip (the night they go forward) is refused,
 *   since Shopify's start (an instant) and the Function's window (a wall-clock time) would differ;
 * - the config is checked last with the Function's own zod schema, so the form can only ever
 *   write a config the Function accepts.
 */

export interface TieredDiscountFormContext {
  /** Shop.currencyCode: tier amounts are in it. */
  currency: string;
  /** Shop.ianaTimezone: times are read on its wall clock. */
  timeZone: string;
}

/** One row of the tiers table; the columns a kind does not use stay blank. */
export interface TierRow {
  /** Time tiers: `YYYY-MM-DDTHH:MM`, as a datetime-local input gives it. */
  startsAt: string;
  endsAt: string;
  /** Quantity tiers: items; spend tiers: the order subtotal. */
  minimum: string;
  /** Quantity and spend tiers; time tiers are always a percentage. */
  valueType: "percentage" | "amount";
  value: string;
  message: string;
}

export interface TieredDiscountFormValues {
  title: string;
  kind: TierKind;
  tiers: TierRow[];
  startsAt: string;
  endsAt: string;
  appliesTo: "all" | "selected";
  productIds: string[];
  collectionIds: string[];
  combinesWith: (keyof CombinesWith)[];
}

export type TieredDiscountForm = Record<string, string | string[]>;

export type TieredDiscountFormErrors = Record<string, string>;

export type TieredDiscountFormResult =
  { ok: true; draft: TieredDiscountDraft } | { ok: false; errors: TieredDiscountFormErrors };

export const emptyTierRow: TierRow = {
  startsAt: "",
  endsAt: "",
  minimum: "",
  valueType: "percentage",
  value: "",
  message: "",
};

const formValue = z.union([z.string(), z.array(z.string())]).optional();
const single = formValue.transform((value) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim());
const many = formValue.transform((value) => [
  ...new Set((Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim()).filter(Boolean)),
]);
const cell = z
  .unknown()
  .transform((value) => (typeof value === "string" ? value.trim() : ""))
  .catch("");
const tierRow = z.object({
  startsAt: cell,
  endsAt: cell,
  minimum: cell,
  valueType: cell,
  value: cell,
  message: cell,
});
/** The table's JSON; null when it is not a list of rows (a tampered or truncated post). */
const tierRows = single.transform((text) => {
  try {
    const rows = z.array(tierRow).safeParse(JSON.parse(text || "[]"));
    return rows.success ? rows.data : null;
  } catch {
    return null;
  }
});

const formShape = z.object({
  title: single,
  kind: single,
  tiers: tierRows,
  startsAt: single,
  endsAt: single,
  appliesTo: single,
  productIds: many,
  collectionIds: many,
  combinesWith: many,
});

type FormValues = z.infer<typeof formShape>;
type Row = z.infer<typeof tierRow>;
type Report = (field: string, message: string) => void;

const TITLE_LIMIT = 255;
const combinations: (keyof CombinesWith)[] = ["productDiscounts", "orderDiscounts", "shippingDiscounts"];

/** The schema that reads the form into a draft; its issues' paths are the form's field names. */
export function tieredDiscountFormSchema(context: TieredDiscountFormContext) {
  assertCurrencyCode(context.currency);
  return formShape.transform((form, ctx) => {
    const problems = new Map<string, string>();
    const draft = draftFrom(form, context, (field, message) => {
      if (!problems.has(field)) problems.set(field, message);
    });
    for (const [field, message] of problems) ctx.addIssue({ code: "custom", path: [field], message });
    return draft && problems.size === 0 ? draft : z.NEVER;
  });
}

export function readTieredDiscountForm(
  form: TieredDiscountForm,
  context: TieredDiscountFormContext,
): TieredDiscountFormResult {
  const result = tieredDiscountFormSchema(context).safeParse(form);
  if (result.success) return { ok: true, draft: result.data };
  const errors: TieredDiscountFormErrors = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return { ok: false, errors };
}

function draftFrom(form: FormValues, context: TieredDiscountFormContext, report: Report): TieredDiscountDraft | null {
  const title = form.title;
  if (title === "") report("title", "Give the discount a title");
  else if (title.length > TITLE_LIMIT) report("title", `Keep the title to ${TITLE_LIMIT} characters or fewer`);

  const combinesWith = readCombinesWith(form.combinesWith, report);

  const kind = tierKinds.find((candidate) => candidate === form.kind);
  if (!kind) {
    report("kind", "Choose how the tiers work: by time, by quantity or by spend");
    return null;
  }
  if (!form.tiers) {
    report("tiers", "The tiers table could not be read. Reload the page and enter the tiers again");
    return null;
  }
  const maxTiers = kind === "time" ? MAX_TIME_TIERS : MAX_TIERS;
  if (form.tiers.length === 0) report("tiers", "Add at least one tier");
  else if (form.tiers.length > maxTiers) report("tiers", `Use at most ${maxTiers} tiers`);

  const appliesTo = kind === "spend" ? "allProducts" : readProductSelection(form, report);

  let config: TieredDiscountConfig | null = null;
  let runs: { startsAt: string | null; endsAt: string | null } | null;
  if (kind === "time") {
    const tiers = readTimeTiers(form.tiers, context.timeZone, report);
    if (tiers && appliesTo) config = { version: 1, kind, appliesTo, tiers };
    runs = tiers && {
      startsAt: utcOfLocalDateTime(tiers[0].startsAt, context.timeZone),
      endsAt: utcOfLocalDateTime(tiers[tiers.length - 1].endsAt, context.timeZone),
    };
  } else {
    const tiers =
      kind === "quantity"
        ? readQuantityTiers(form.tiers, context.currency, report)
        : readSpendTiers(form.tiers, context.currency, report);
    if (kind === "quantity" && tiers && appliesTo) {
      config = { version: 1, kind, appliesTo, tiers: tiers as QuantityTier[] };
    }
    if (kind === "spend" && tiers) config = { version: 1, kind, tiers: tiers as SpendTier[] };
    runs = readDiscountWindow(form, context.timeZone, report);
  }

  if (!config || !runs?.startsAt || !combinesWith || title === "" || title.length > TITLE_LIMIT) return null;
  const checked = tieredDiscountConfigSchema.safeParse(config);
  if (!checked.success) {
    report("tiers", checked.error.issues[0].message);
    return null;
  }
  return { title, config: checked.data, startsAt: runs.startsAt, endsAt: runs.endsAt, combinesWith };
}

function readCombinesWith(values: string[], report: Report): CombinesWith | null {
  if (!values.every((value) => (combinations as string[]).includes(value))) {
    report("combinesWith", "It can combine with product, order or shipping discounts; choose among those");
    return null;
  }
  return {
    productDiscounts: values.includes("productDiscounts"),
    orderDiscounts: values.includes("orderDiscounts"),
    shippingDiscounts: values.includes("shippingDiscounts"),
  };
}

function readProductSelection(form: FormValues, report: Report): ProductSelection | null {
  if (form.appliesTo === "all") return "allProducts";
  if (form.appliesTo !== "selected") {
    report("appliesTo", "Choose whether it applies to all products or to the products or collections you pick");
    return null;
  }
  const { productIds, collectionIds } = form;
  let ok = true;
  if (!productIds.every((id) => PRODUCT_GID.test(id))) {
    report("productIds", "A chosen product is not a Shopify product: pick the products again");
    ok = false;
  } else if (productIds.length > MAX_PRODUCT_IDS) {
    report("productIds", `Pick at most ${MAX_PRODUCT_IDS} products, or choose All products`);
    ok = false;
  }
  if (!collectionIds.every((id) => COLLECTION_GID.test(id))) {
    report("collectionIds", "A chosen collection is not a Shopify collection: pick the collections again");
    ok = false;
  } else if (collectionIds.length > MAX_COLLECTION_IDS) {
    report("collectionIds", `Pick at most ${MAX_COLLECTION_IDS} collections`);
    ok = false;
  }
  if (ok && productIds.length + collectionIds.length === 0) {
    report("productIds", "Pick at least one product or collection, or choose All products");
    ok = false;
  }
  return ok ? { productIds, collectionIds } : null;
}

const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?$/;

/**
 * A wall-clock time typed in the shop's zone, with seconds (`YYYY-MM-DDTHH:MM:SS`), and the
 * instant it names.
 */
function readLocalTime(text: string, timeZone: string, blank: string): Read<{ local: string; utc: string }> {
  if (text === "") return { ok: false, message: blank };
  const match = LOCAL_INPUT.exec(text);
  const local = match ? `${match[1]}T${match[2]}${match[3] ?? ":00"}` : "";
  let utc: string | null;
  try {
    utc = utcOfLocalDateTime(local, timeZone);
  } catch {
    return { ok: false, message: "Enter a date and time, such as 2026-06-01 14:00" };
  }
  if (utc === null) {
    const shown = `${local.slice(0, 10)} ${local.slice(11, 16)}`;
    return {
      ok: false,
      message: `${shown} does not exist in ${timeZone}: the clocks skip it that night. Pick a time after the change`,
    };
  }
  return { ok: true, value: { local, utc } };
}

function readTimeTiers(rows: Row[], timeZone: string, report: Report): TimeTier[] | null {
  const tiers: (TimeTier | null)[] = rows.map((row, i) => {
    const field = (column: string) => `tiers.${i}.${column}`;
    const start = readLocalTime(row.startsAt, timeZone, "Pick when this tier starts");
    if (!start.ok) report(field("startsAt"), start.message);
    const end = readLocalTime(row.endsAt, timeZone, "Pick when this tier ends");
    if (!end.ok) report(field("endsAt"), end.message);
    else if (start.ok && end.value.local <= start.value.local) report(field("endsAt"), "End the tier after it starts");
    const percentage = readPercentage(row.value);
    if (!percentage.ok) report(field("value"), percentage.message);
    const message = readMessage(row.message, field("message"), report);
    if (!start.ok || !end.ok || end.value.local <= start.value.local || !percentage.ok || message === null) return null;
    return { startsAt: start.value.local, endsAt: end.value.local, percentage: percentage.value, message };
  });
  let inOrder = true;
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (tier && previous && tier.startsAt < previous.endsAt) {
      inOrder = false;
      const previousEnd = previous.endsAt.slice(0, 16).replace("T", " ");
      report(`tiers.${i}.startsAt`, `Start at or after ${previousEnd}, when tier ${i} ends: tiers can't overlap`);
    }
  });
  return inOrder ? everyTier(tiers) : null;
}

function readQuantityTiers(rows: Row[], currency: string, report: Report): QuantityTier[] | null {
  const tiers = rows.map((row, i): QuantityTier | null => {
    const field = (column: string) => `tiers.${i}.${column}`;
    const minimum = readWholeNumber(
      row.minimum,
      1,
      MAX_MINIMUM_QUANTITY,
      "Enter how many items this tier starts at",
      `The minimum is a whole number of items, 1–${MAX_MINIMUM_QUANTITY}`,
    );
    if (!minimum.ok) report(field("minimum"), minimum.message);
    const value = readTierValue(row, currency, field("value"), report);
    const message = readMessage(row.message, field("message"), report);
    if (!minimum.ok || !value || message === null) return null;
    const productValue: ProductDiscountValue =
      "amount" in value ? { amountOffEachItem: value.amount } : { percentage: value.percentage };
    return { minimumQuantity: minimum.value, value: productValue, message };
  });
  let inOrder = true;
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (tier && previous && tier.minimumQuantity <= previous.minimumQuantity) {
      inOrder = false;
      report(`tiers.${i}.minimum`, `Set more than ${previous.minimumQuantity}, tier ${i}'s minimum: tiers must rise`);
    }
  });
  return inOrder ? everyTier(tiers) : null;
}

function readSpendTiers(rows: Row[], currency: string, report: Report): SpendTier[] | null {
  const tiers = rows.map((row, i): SpendTier | null => {
    const field = (column: string) => `tiers.${i}.${column}`;
    const minimum = readAmount(row.minimum, currency, "Enter the order subtotal this tier starts at");
    if (!minimum.ok) report(field("minimum"), minimum.message);
    const value = readTierValue(row, currency, field("value"), report);
    const message = readMessage(row.message, field("message"), report);
    if (!minimum.ok || !value || message === null) return null;
    const orderValue: OrderDiscountValue =
      "amount" in value ? { amountOffOrder: value.amount } : { percentage: value.percentage };
    return { minimumSubtotal: minimum.value, value: orderValue, message };
  });
  let inOrder = true;
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (tier && previous && Number(tier.minimumSubtotal) <= Number(previous.minimumSubtotal)) {
      inOrder = false;
      report(
        `tiers.${i}.minimum`,
        `Set more than ${previous.minimumSubtotal} ${currency}, tier ${i}'s minimum: tiers must rise`,
      );
    }
  });
  return inOrder ? everyTier(tiers) : null;
}

function readTierValue(
  row: Row,
  currency: string,
  field: string,
  report: Report,
): { percentage: number } | { amount: string } | null {
  if (row.valueType === "percentage") {
    const percentage = readPercentage(row.value);
    if (percentage.ok) return { percentage: percentage.value };
    report(field, percentage.message);
    return null;
  }
  if (row.valueType === "amount") {
    const amount = readAmount(row.value, currency, "Enter the amount off");
    if (amount.ok) return { amount: amount.value };
    report(field, amount.message);
    return null;
  }
  report(field, "Choose a percentage or an amount off");
  return null;
}

function readMessage(text: string, field: string, report: Report): string | null {
  if (text === "") report(field, "Enter the message buyers see at checkout, such as “Launch hour: 50 % off”");
  else if (text.length > MAX_MESSAGE_LENGTH)
    report(field, `Keep the message to ${MAX_MESSAGE_LENGTH} characters or fewer`);
  else return text;
  return null;
}

function everyTier<Tier>(tiers: (Tier | null)[]): Tier[] | null {
  return tiers.length > 0 && tiers.every((tier) => tier !== null) ? (tiers as Tier[]) : null;
}

function readDiscountWindow(
  form: FormValues,
  timeZone: string,
  report: Report,
): { startsAt: string | null; endsAt: string | null } | null {
  const start = readLocalTime(form.startsAt, timeZone, "Pick when the discount starts");
  if (!start.ok) report("startsAt", start.message);
  if (form.endsAt === "") return start.ok ? { startsAt: start.value.utc, endsAt: null } : null;
  const end = readLocalTime(form.endsAt, timeZone, "");
  if (!end.ok) report("endsAt", end.message);
  else if (start.ok && end.value.utc <= start.value.utc) report("endsAt", "End the discount after it starts");
  if (!start.ok || !end.ok || end.value.utc <= start.value.utc) return null;
  return { startsAt: start.value.utc, endsAt: end.value.utc };
}
