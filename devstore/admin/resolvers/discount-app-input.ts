import type { DevAutomaticAppDiscount, DevDiscountClass } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import type { DiscountMetafieldInput } from "./discount-metafields";
import { discountUserError, type DiscountUserError } from "./discount-user-error";

/**
 * DiscountAutomaticAppInput, checked as Shopify checks it on create and on update (where a
 * field left out keeps its value). The captured userErrors: blank title, missing startsAt,
 * empty discountClasses (discounts/app-discount-input-validator.json, discount-code-app-title.json)
 * and endsAt not after startsAt (discount-validation-branches.json, on a basic discount).
 * The title's length limit is Shopify's 255 characters; its message is not captured.
 */

export interface DiscountAutomaticAppInput {
  title?: string | null;
  functionHandle?: string | null;
  functionId?: string | null;
  discountClasses?: DevDiscountClass[] | null;
  startsAt?: string | null;
  endsAt?: string | null;
  combinesWith?: {
    productDiscounts?: boolean | null;
    orderDiscounts?: boolean | null;
    shippingDiscounts?: boolean | null;
    productDiscountsWithTagsOnSameCartLine?: unknown;
  } | null;
  context?: { all?: string | null; customers?: unknown; customerSegments?: unknown } | null;
  tags?: string[] | null;
  metafields?: DiscountMetafieldInput[] | null;
  appliesOnSubscription?: boolean | null;
  appliesOnOneTimePurchase?: boolean | null;
  recurringCycleLimit?: number | null;
}

export type AppDiscountFields = Omit<DevAutomaticAppDiscount, "id" | "functionHandle" | "createdAt" | "updatedAt">;

const TITLE_LIMIT = 255;

function refuseUnsupported(mutation: string, argument: string, input: DiscountAutomaticAppInput) {
  if (input.combinesWith?.productDiscountsWithTagsOnSameCartLine != null) {
    throw notImplemented(`${mutation}(${argument}.combinesWith.productDiscountsWithTagsOnSameCartLine)`);
  }
  const context = input.context;
  if (context && (context.customers != null || context.customerSegments != null)) {
    throw notImplemented(`${mutation}(${argument}.context: customers or segments)`);
  }
}

/** `existing` null: a create. */
export function checkAppDiscountInput(
  input: DiscountAutomaticAppInput,
  existing: DevAutomaticAppDiscount | null,
  mutation: string,
  argument: string,
): { fields: AppDiscountFields } | { errors: DiscountUserError[] } {
  refuseUnsupported(mutation, argument, input);
  const errors: DiscountUserError[] = [];
  const invalid = (field: string, message: string) =>
    errors.push(discountUserError([argument, field], message, "INVALID"));

  const title = input.title === undefined && existing ? existing.title : (input.title ?? "");
  if (title.trim() === "") invalid("title", "Title can't be blank.");
  else if (title.length > TITLE_LIMIT) invalid("title", `Title is too long (maximum is ${TITLE_LIMIT} characters).`);

  const startsAt = input.startsAt ?? existing?.startsAt ?? null;
  if (startsAt === null) invalid("startsAt", "Starts at can't be blank.");

  const discountClasses = input.discountClasses ?? existing?.discountClasses ?? [];
  if (discountClasses.length === 0) invalid("discountClasses", "Discount classes can't be empty.");

  const endsAt = input.endsAt === undefined && existing ? existing.endsAt : (input.endsAt ?? null);
  if (startsAt !== null && endsAt !== null && Date.parse(endsAt) <= Date.parse(startsAt)) {
    invalid("endsAt", "Ends at needs to be after starts_at");
  }
  if (errors.length || startsAt === null) return { errors };

  const combinesWith = input.combinesWith
    ? {
        productDiscounts: input.combinesWith.productDiscounts ?? false,
        orderDiscounts: input.combinesWith.orderDiscounts ?? false,
        shippingDiscounts: input.combinesWith.shippingDiscounts ?? false,
      }
    : (existing?.combinesWith ?? { productDiscounts: false, orderDiscounts: false, shippingDiscounts: false });
  return {
    fields: {
      title,
      discountClasses: [...new Set(discountClasses)],
      combinesWith,
      startsAt,
      endsAt,
      appliesOnOneTimePurchase: input.appliesOnOneTimePurchase ?? existing?.appliesOnOneTimePurchase ?? true,
      appliesOnSubscription: input.appliesOnSubscription ?? existing?.appliesOnSubscription ?? true,
      recurringCycleLimit: input.recurringCycleLimit ?? existing?.recurringCycleLimit ?? 1,
      tags: input.tags ?? existing?.tags ?? [],
    },
  };
}
