import { formatAmount } from "./currency-amount";
import type { PaymentPlan, PreorderTestDraft } from "./preorder-test-draft";
import { formatPercent, paymentOptionText, sellingPlanName } from "./preorder-wording";
import type {
  SellingPlanFixedBillingPolicyInput,
  SellingPlanGroupInput,
  SellingPlanGroupResourceInput,
  SellingPlanInput,
  SellingPlanPricingPolicyInput,
} from "./selling-plan-types";
import { endOfLocalDay, isTimeZone, startOfLocalDay } from "../shop-time/shop-time-zone";

/**
 * A preorder test as Shopify's selling plan group: one group, one PRE_ORDER plan. What Shopify
 * insists on, from the captures (shared/fixtures/shopify/admin-graphql/selling-plans/): a
 * non-blank group name, 1–3 group options, at least one plan, each with a billing and a delivery
 * policy of the same kind (fixed here). From the schema's SellingPlanGroupUserErrorCode: as many
 * plan options as group options, NO_REMAINING_BALANCE exactly when 100 % is charged at checkout,
 * an exact time exactly when the trigger is EXACT_TIME.
 *
 * Dates become instants at the start of their day in the shop's time zone.
 */

export interface SellingPlanGroupOptions {
  /** The shop's IANA time zone (Shop.ianaTimezone). */
  timeZone: string;
  /** Exposed in Liquid (selling_plan_group.app_id) so the theme block finds the app's groups. */
  appId?: string;
}

/** The `input` of sellingPlanGroupCreate. */
export function sellingPlanGroupInput(
  draft: PreorderTestDraft,
  options: SellingPlanGroupOptions,
): SellingPlanGroupInput {
  if (!isTimeZone(options.timeZone)) throw new RangeError(`Unknown time zone: ${options.timeZone}`);
  const { name, merchantCode, description, options: groupOptions } = groupFields(draft);
  return {
    name,
    ...(options.appId ? { appId: options.appId } : {}),
    merchantCode,
    description,
    options: groupOptions,
    sellingPlansToCreate: [preorderPlan(draft, options.timeZone)],
  };
}

/** The `resources` of sellingPlanGroupCreate: the chosen variants, not the whole product. */
export function sellingPlanGroupResources(draft: PreorderTestDraft): SellingPlanGroupResourceInput {
  return { productVariantIds: [...draft.variantIds] };
}

/**
 * The `input` of sellingPlanGroupUpdate after an edit, or null when Shopify's side does not
 * change. The plan is updated in place (its id is what orders carry and what the app counts),
 * so only names, options, descriptions and policies change; variants are added and removed
 * with their own mutations (variantMembershipChanges).
 */
export function sellingPlanGroupUpdateInput(
  previous: PreorderTestDraft,
  next: PreorderTestDraft,
  options: { sellingPlanId: string; timeZone: string },
): SellingPlanGroupInput | null {
  if (previous.productId !== next.productId) {
    throw new Error("A preorder test's product can't change: end the test and start a new one");
  }
  if (!isTimeZone(options.timeZone)) throw new RangeError(`Unknown time zone: ${options.timeZone}`);
  const groupBefore = groupFields(previous);
  const groupAfter = groupFields(next);
  const update: SellingPlanGroupInput = {};
  for (const field of ["name", "merchantCode", "description", "options"] as const) {
    if (!sameJson(groupBefore[field], groupAfter[field])) Object.assign(update, { [field]: groupAfter[field] });
  }

  const planBefore = preorderPlan(previous, options.timeZone);
  const planAfter = preorderPlan(next, options.timeZone);
  const planUpdate: SellingPlanInput = { id: options.sellingPlanId };
  for (const field of ["name", "description", "options", "billingPolicy", "deliveryPolicy"] as const) {
    if (!sameJson(planBefore[field], planAfter[field])) Object.assign(planUpdate, { [field]: planAfter[field] });
  }
  const pricingChanged = !sameJson(planBefore.pricingPolicies ?? [], planAfter.pricingPolicies ?? []);
  if (Object.keys(planUpdate).length > 1 || pricingChanged) {
    // Captured (selling-plan-group-lifecycle.json): an update that leaves pricingPolicies out
    // deletes the plan's pricing policies. So they always go along, [] when there is no discount.
    planUpdate.pricingPolicies = planAfter.pricingPolicies ?? [];
    if (
      planUpdate.billingPolicy &&
      planBefore.billingPolicy.fixed.remainingBalanceChargeExactTime &&
      !planAfter.billingPolicy.fixed.remainingBalanceChargeExactTime
    ) {
      // Not captured: whether an update merges into the stored policy. An explicit null clears an
      // exact time the new trigger forbids (as appId: null clears the app id in the captures).
      planUpdate.billingPolicy = { fixed: { ...planAfter.billingPolicy.fixed, remainingBalanceChargeExactTime: null } };
    }
    update.sellingPlansToUpdate = [planUpdate];
  }
  return Object.keys(update).length > 0 ? update : null;
}

/**
 * For sellingPlanGroupAddProductVariants / sellingPlanGroupRemoveProductVariants. Only the
 * differences: adding a variant that is already in the group fails with TAKEN (captured).
 */
export function variantMembershipChanges(
  previous: Pick<PreorderTestDraft, "variantIds">,
  next: Pick<PreorderTestDraft, "variantIds">,
): { productVariantIdsToAdd: string[]; productVariantIdsToRemove: string[] } {
  return {
    productVariantIdsToAdd: next.variantIds.filter((id) => !previous.variantIds.includes(id)),
    productVariantIdsToRemove: previous.variantIds.filter((id) => !next.variantIds.includes(id)),
  };
}

/** The group's own fields; the label doubles as the option name (one option, one value per plan). */
function groupFields(draft: PreorderTestDraft) {
  return {
    name: draft.wording.label,
    merchantCode: merchantCode(draft),
    description: merchantDescription(draft),
    options: [draft.wording.label],
  };
}

type PreorderPlanInput = SellingPlanInput &
  Required<Pick<SellingPlanInput, "name" | "description" | "options" | "billingPolicy" | "deliveryPolicy">>;

function preorderPlan(draft: PreorderTestDraft, timeZone: string): PreorderPlanInput {
  return {
    name: sellingPlanName({ payment: draft.payment, shipDate: draft.shipDate, label: draft.wording.label }),
    description: draft.wording.note,
    options: [paymentOptionText(draft.payment)],
    category: "PRE_ORDER",
    billingPolicy: { fixed: billingPolicy(draft, timeZone) },
    deliveryPolicy: {
      fixed: { fulfillmentTrigger: "EXACT_TIME", fulfillmentExactTime: startOfLocalDay(draft.shipDate, timeZone) },
    },
    // Reserve when the order is fulfilled, not at sale: the units don't exist yet, and a test
    // that ends in no-go must not have held back stock the shop sells in the meantime. The cap,
    // not inventory, limits how many sell (the app enforces it).
    inventoryPolicy: { reserve: "ON_FULFILLMENT" },
    ...(draft.discountPercent > 0 ? { pricingPolicies: [preorderDiscount(draft.discountPercent)] } : {}),
  };
}

/**
 * Shopify records the terms and vaults the buyer's card; it does not collect the balance by itself:
 * "The app is responsible for capturing the remaining balance amount" (shared/research/shopify.md,
 * §3 "Charging the remaining balance", orderCreateMandatePayment).
 */
function billingPolicy(draft: PreorderTestDraft, timeZone: string): SellingPlanFixedBillingPolicyInput {
  const payment = draft.payment;
  switch (payment.model) {
    case "full":
      return { checkoutCharge: percentageCharge(100), remainingBalanceChargeTrigger: "NO_REMAINING_BALANCE" };
    case "deposit":
      return payment.balance.trigger === "exact-date"
        ? {
            checkoutCharge: percentageCharge(payment.depositPercent),
            remainingBalanceChargeTrigger: "EXACT_TIME",
            remainingBalanceChargeExactTime: startOfLocalDay(payment.balance.dueDate, timeZone),
          }
        : { checkoutCharge: percentageCharge(payment.depositPercent), remainingBalanceChargeTrigger: "ON_FULFILLMENT" };
    case "charge-later":
      // All or nothing: the payment terms fall due when the test ends, but the app charges the
      // whole price only on "go" and cancels the orders on "no-go".
      return {
        checkoutCharge: percentageCharge(0),
        remainingBalanceChargeTrigger: "EXACT_TIME",
        remainingBalanceChargeExactTime: endOfLocalDay(draft.deadline, timeZone),
      };
  }
}

function percentageCharge(percentage: number) {
  return { type: "PERCENTAGE" as const, value: { percentage } };
}

function preorderDiscount(percentage: number): SellingPlanPricingPolicyInput {
  return { fixed: { adjustmentType: "PERCENTAGE", adjustmentValue: { percentage } } };
}

/** Merchant-facing, on the product's purchase options in the Shopify admin. */
function merchantCode(draft: PreorderTestDraft): string {
  const goal =
    draft.goal.kind === "units" ? `${draft.goal.value} units` : formatAmount(draft.goal.value, draft.currency);
  return `Preorder test: ${goal} by ${draft.deadline}`;
}

function merchantDescription(draft: PreorderTestDraft): string {
  return `${paymentTerms(draft.payment, draft.deadline)} Ships ${draft.shipDate}.`;
}

function paymentTerms(payment: PaymentPlan, deadline: string): string {
  switch (payment.model) {
    case "full":
      return "Buyers pay in full at checkout.";
    case "deposit":
      return payment.balance.trigger === "exact-date"
        ? `Buyers pay ${formatPercent(payment.depositPercent)} at checkout and the balance on ${payment.balance.dueDate}.`
        : `Buyers pay ${formatPercent(payment.depositPercent)} at checkout and the balance when the order is fulfilled.`;
    case "charge-later":
      return `Buyers pay nothing at checkout; the full price is charged after ${deadline} only if the test passes.`;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
