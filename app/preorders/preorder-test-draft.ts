import { z } from "zod";
import { isCalendarDate } from "../shop-time/calendar-date";

/**
 * A preorder test as the merchant set it up: what is sold, how buyers pay, when it ships, the
 * goal and the deadline, and the storefront wording. The form (preorder-form.ts) produces it;
 * this schema also checks it when it is read back from storage (PreorderTest.draft, JSON).
 * Dates are calendar dates in the shop's time zone; amounts are in `currency`.
 */

export const productGidPattern = /^gid:\/\/shopify\/Product\/\d+$/;
export const variantGidPattern = /^gid:\/\/shopify\/ProductVariant\/\d+$/;

/** Storefront room, not Shopify limits: a badge, a button and a line under it. */
export const wordingLimits = { label: 40, buttonText: 30, note: 250 } as const;

export const depositPercentRange = { min: 1, max: 99 } as const;
export const discountPercentRange = { min: 0, max: 90 } as const;

const calendarDate = z.string().refine(isCalendarDate, "must be a date as YYYY-MM-DD");

const balanceSchema = z.discriminatedUnion("trigger", [
  z.object({ trigger: z.literal("exact-date"), dueDate: calendarDate }),
  z.object({ trigger: z.literal("on-fulfillment") }),
]);

export const paymentPlanSchema = z.discriminatedUnion("model", [
  /** 100 % at checkout. */
  z.object({ model: z.literal("full") }),
  /** Part now, the balance on a date or when the order is fulfilled. */
  z.object({
    model: z.literal("deposit"),
    depositPercent: z.number().min(depositPercentRange.min).max(depositPercentRange.max),
    balance: balanceSchema,
  }),
  /** Nothing now; the whole price is charged after the deadline, and only if the test passes. */
  z.object({ model: z.literal("charge-later") }),
]);

export const preorderGoalSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("units"), value: z.number().int().positive() }),
  /** In the draft's currency. */
  z.object({ kind: z.literal("revenue"), value: z.number().positive() }),
]);

export const preorderTestDraftSchema = z.object({
  productId: z.string().regex(productGidPattern),
  variantIds: z.array(z.string().regex(variantGidPattern)).min(1),
  payment: paymentPlanSchema,
  /** Off the price for preorder buyers; 0 for none. */
  discountPercent: z.number().min(discountPercentRange.min).max(discountPercentRange.max),
  shipDate: calendarDate,
  /** The last day the preorder sells; the test ends when that day ends in the shop's time zone. */
  deadline: calendarDate,
  goal: preorderGoalSchema,
  /** Stop selling at this many units; null for no cap. */
  cap: z.number().int().positive().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  wording: z.object({
    label: z.string().min(1).max(wordingLimits.label),
    buttonText: z.string().min(1).max(wordingLimits.buttonText),
    note: z.string().min(1).max(wordingLimits.note),
  }),
});

export type PaymentPlan = z.infer<typeof paymentPlanSchema>;
export type PaymentModel = PaymentPlan["model"];
export type PreorderGoal = z.infer<typeof preorderGoalSchema>;
export type PreorderTestDraft = z.infer<typeof preorderTestDraftSchema>;

/** The share of the price charged at checkout: 100, the deposit, or 0. */
export function checkoutPercent(payment: PaymentPlan): number {
  switch (payment.model) {
    case "full":
      return 100;
    case "deposit":
      return payment.depositPercent;
    case "charge-later":
      return 0;
  }
}
