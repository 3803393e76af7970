import type { DevSellingPlan } from "../../state/types";
import { durationDays } from "./iso-duration";

/**
 * SellingPlanGroupInput as graphql-js coerces it (a field the request left out is absent, an
 * explicit null is null), and the checks Shopify runs on it before touching the shop. The
 * messages, codes and field paths are the ones Shopify answered in the captures
 * (tests/fixtures/shopify/admin-graphql/selling-plans); the fixed billing and delivery
 * rules, which no capture shows, say what SellingPlanGroupUserErrorCode documents.
 */

export interface SellingPlanGroupUserError {
  field: string[] | null;
  message: string;
  code: string | null;
}

export interface AnchorInput {
  type?: "WEEKDAY" | "MONTHDAY" | "YEARDAY" | null;
  day?: number | null;
  month?: number | null;
  cutoffDay?: number | null;
}

interface RecurringInput {
  interval?: "DAY" | "WEEK" | "MONTH" | "YEAR" | null;
  intervalCount?: number | null;
  anchors?: AnchorInput[] | null;
}

export interface BillingPolicyInput {
  fixed?: {
    checkoutCharge?: {
      type?: "PERCENTAGE" | "PRICE" | null;
      value?: { percentage?: number | null; fixedValue?: string | null } | null;
    } | null;
    remainingBalanceChargeTrigger?:
      "NO_REMAINING_BALANCE" | "EXACT_TIME" | "TIME_AFTER_CHECKOUT" | "ON_FULFILLMENT" | null;
    remainingBalanceChargeExactTime?: string | null;
    remainingBalanceChargeTimeAfterCheckout?: string | null;
  } | null;
  recurring?: (RecurringInput & { minCycles?: number | null; maxCycles?: number | null }) | null;
}

export interface DeliveryPolicyInput {
  fixed?: {
    anchors?: AnchorInput[] | null;
    fulfillmentTrigger?: "ANCHOR" | "ASAP" | "EXACT_TIME" | "UNKNOWN" | null;
    fulfillmentExactTime?: string | null;
    cutoff?: number | null;
    intent?: "FULFILLMENT_BEGIN" | null;
    preAnchorBehavior?: "ASAP" | "NEXT" | null;
  } | null;
  recurring?:
    | (RecurringInput & {
        cutoff?: number | null;
        intent?: "FULFILLMENT_BEGIN" | null;
        preAnchorBehavior?: "ASAP" | "NEXT" | null;
      })
    | null;
}

export interface PricingPolicyValueInput {
  adjustmentType?: "PERCENTAGE" | "FIXED_AMOUNT" | "PRICE" | null;
  adjustmentValue?: { percentage?: number | null; fixedValue?: string | null } | null;
}

export interface PricingPolicyInput {
  fixed?: PricingPolicyValueInput | null;
  recurring?: (PricingPolicyValueInput & { afterCycle: number }) | null;
}

export interface SellingPlanInput {
  id?: string | null;
  name?: string | null;
  description?: string | null;
  billingPolicy?: BillingPolicyInput | null;
  deliveryPolicy?: DeliveryPolicyInput | null;
  inventoryPolicy?: { reserve?: "ON_FULFILLMENT" | "ON_SALE" | null } | null;
  metafields?: unknown[] | null;
  pricingPolicies?: PricingPolicyInput[] | null;
  options?: string[] | null;
  position?: number | null;
  category?: DevSellingPlan["category"];
}

export interface SellingPlanGroupInput {
  name?: string | null;
  appId?: string | null;
  merchantCode?: string | null;
  description?: string | null;
  sellingPlansToCreate?: SellingPlanInput[] | null;
  sellingPlansToUpdate?: SellingPlanInput[] | null;
  sellingPlansToDelete?: string[] | null;
  options?: string[] | null;
  position?: number | null;
}

const MAX_OPTIONS = 3;
export const MAX_SELLING_PLANS = 31;
const MAX_PRICING_POLICIES = 2;
const INT_MAX = "2,147,483,647";

type PlanList = "sellingPlansToCreate" | "sellingPlansToUpdate";

const LABELS: Record<PlanList, string> = {
  sellingPlansToCreate: "Selling plans to create",
  sellingPlansToUpdate: "Selling plans to update",
};

export function userError(field: string[] | null, message: string, code: string | null): SellingPlanGroupUserError {
  return { field, message, code };
}

export function groupDoesNotExist(): SellingPlanGroupUserError {
  return userError(["id"], "Selling plan group does not exist.", "GROUP_DOES_NOT_EXIST");
}

/** The policy kinds a plan ends up with: those given, else (on update) those it has. */
export interface PolicyKinds {
  billing: "fixed" | "recurring" | null;
  delivery: "fixed" | "recurring" | null;
}

function kindOf(policy: BillingPolicyInput | DeliveryPolicyInput | null | undefined): "fixed" | "recurring" | null {
  if (policy?.fixed) return "fixed";
  if (policy?.recurring) return "recurring";
  return null;
}

/**
 * Shopify's input validation: shapes and ranges that need no look at the shop. Any error
 * here stops the mutation before the model checks (a group with too many options and no
 * plans reports only the options).
 */
export function inputErrors(
  input: SellingPlanGroupInput,
  existingKinds: (planId: string) => PolicyKinds | null = () => null,
): SellingPlanGroupUserError[] {
  const errors: SellingPlanGroupUserError[] = [];
  if ((input.options?.length ?? 0) > MAX_OPTIONS) {
    errors.push(
      userError(
        ["input", "options"],
        `Too many selling plan group options (maximum ${MAX_OPTIONS} options)`,
        "TOO_LONG",
      ),
    );
  }
  for (const list of ["sellingPlansToCreate", "sellingPlansToUpdate"] as const) {
    (input[list] ?? []).forEach((plan, index) => {
      const existing = list === "sellingPlansToUpdate" && plan.id ? existingKinds(plan.id) : null;
      errors.push(...planInputErrors(plan, list, index, existing));
    });
  }
  return errors;
}

function planInputErrors(
  plan: SellingPlanInput,
  list: PlanList,
  index: number,
  existing: PolicyKinds | null,
): SellingPlanGroupUserError[] {
  const at = (...path: string[]) => ["input", list, String(index), ...path];
  const label = LABELS[list];
  const errors: SellingPlanGroupUserError[] = [];
  if (list === "sellingPlansToUpdate" && !plan.id) {
    errors.push(
      userError(at("id"), "Id must be specificed to update a Selling Plan.", "PLAN_ID_MUST_BE_SPECIFIED_TO_UPDATE"),
    );
  }
  if ((plan.options?.length ?? 0) > MAX_OPTIONS) {
    errors.push(userError(at("options"), `Too many selling plan options (maximum ${MAX_OPTIONS} options)`, "TOO_LONG"));
  }
  const pricing = plan.pricingPolicies ?? [];
  if (pricing.length > MAX_PRICING_POLICIES) {
    errors.push(
      userError(
        at("pricingPolicies"),
        `${label} pricing policies can't have more than ${MAX_PRICING_POLICIES} pricing policies`,
        "SELLING_PLAN_PRICING_POLICIES_LIMIT",
      ),
    );
  } else if (pricing.length > 0 && !pricing.some((policy) => policy.fixed)) {
    errors.push(
      userError(
        at("pricingPolicies"),
        `${label} pricing policies must contain one fixed pricing policy`,
        "SELLING_PLAN_PRICING_POLICIES_MUST_CONTAIN_A_FIXED_PRICING_POLICY",
      ),
    );
  }
  pricing.forEach((policy, policyIndex) =>
    errors.push(...pricingPolicyErrors(policy, at("pricingPolicies", String(policyIndex)))),
  );

  const billing = plan.billingPolicy;
  const delivery = plan.deliveryPolicy;
  if (billing?.fixed && billing.recurring) {
    errors.push(
      userError(
        at(),
        "Only one of fixed or recurring billing policy is allowed",
        "ONLY_ONE_OF_FIXED_OR_RECURRING_BILLING",
      ),
    );
  }
  if (delivery?.fixed && delivery.recurring) {
    errors.push(
      userError(
        at(),
        "Only one of fixed or recurring delivery policy is allowed",
        "ONLY_ONE_OF_FIXED_OR_RECURRING_DELIVERY",
      ),
    );
  }
  const billingKind = kindOf(billing) ?? existing?.billing ?? null;
  const deliveryKind = kindOf(delivery) ?? existing?.delivery ?? null;
  if (billingKind && deliveryKind && billingKind !== deliveryKind) {
    errors.push(
      list === "sellingPlansToCreate"
        ? userError(
            at(),
            "billing and delivery policy types must be the same.",
            "BILLING_AND_DELIVERY_POLICY_TYPES_MUST_BE_THE_SAME",
          )
        : userError(
            at(),
            "Only one of fixed or recurring delivery policy is allowed",
            "ONLY_ONE_OF_FIXED_OR_RECURRING_DELIVERY",
          ),
    );
  }

  // Shopify checks the delivery policy's interval before the billing policy's.
  if (delivery?.recurring && (delivery.recurring.intervalCount ?? 1) <= 0) {
    errors.push(
      userError(
        at("deliveryPolicy", "recurring", "intervalCount"),
        "Interval count must be greater than 0",
        "GREATER_THAN",
      ),
    );
  }
  const recurringBilling = billing?.recurring;
  if (recurringBilling) {
    if ((recurringBilling.intervalCount ?? 1) <= 0) {
      errors.push(
        userError(
          at("billingPolicy", "recurring", "intervalCount"),
          "Interval count must be greater than 0",
          "GREATER_THAN",
        ),
      );
    }
    for (const cycles of ["minCycles", "maxCycles"] as const) {
      const value = recurringBilling[cycles];
      if (value != null && value < 1) {
        const name = cycles === "minCycles" ? "Min cycles" : "Max cycles";
        errors.push(
          userError(
            at("billingPolicy", "recurring", cycles),
            `${name} must be within the range of 1 to ${INT_MAX}`,
            "INVALID",
          ),
        );
      }
    }
  }
  for (const kind of ["fixed", "recurring"] as const) {
    const cutoff = delivery?.[kind]?.cutoff;
    if (cutoff != null && cutoff < 0) {
      errors.push(
        userError(
          at("deliveryPolicy", kind, "cutoff"),
          `Cutoff must be within the range of 0 to ${INT_MAX}`,
          "INVALID",
        ),
      );
    }
  }
  if (recurringBilling && delivery?.recurring && !sameAnchors(recurringBilling.anchors, delivery.recurring.anchors)) {
    errors.push(
      userError(
        at(),
        "Billing and delivery policy anchors must be the same",
        "SELLING_PLAN_BILLING_AND_DELIVERY_POLICY_ANCHORS_MUST_BE_EQUAL",
      ),
    );
  }
  if (billing?.fixed) errors.push(...fixedBillingErrors(billing.fixed, at("billingPolicy", "fixed")));
  if (delivery?.fixed) errors.push(...fixedDeliveryErrors(delivery.fixed, at("deliveryPolicy", "fixed")));
  return errors;
}

function pricingPolicyErrors(policy: PricingPolicyInput, at: string[]): SellingPlanGroupUserError[] {
  const kind = policy.fixed ? "fixed" : "recurring";
  const value = policy[kind];
  if (!value) return [];
  const { adjustmentType, adjustmentValue } = value;
  if (adjustmentValue?.percentage != null && adjustmentValue.fixedValue != null) {
    return [
      userError(
        [...at, kind, "adjustmentValue"],
        "Only one pricing policy adjustment value type can be defined.",
        "ONLY_NEED_ONE_PRICING_POLICY_VALUE",
      ),
    ];
  }
  const percentage = adjustmentType === "PERCENTAGE";
  if (adjustmentType && (percentage ? adjustmentValue?.percentage == null : adjustmentValue?.fixedValue == null)) {
    return [
      userError(
        [...at, kind, "adjustmentValue"],
        "Pricing policy's adjustment value and adjustment type must match.",
        "PRICING_POLICY_ADJUSTMENT_VALUE_AND_TYPE_MUST_MATCH",
      ),
    ];
  }
  return [];
}

/** The deferred-payment rules of a fixed billing policy (preorders, try before you buy). */
function fixedBillingErrors(
  fixed: NonNullable<BillingPolicyInput["fixed"]>,
  at: string[],
): SellingPlanGroupUserError[] {
  const errors: SellingPlanGroupUserError[] = [];
  const charge = fixed.checkoutCharge;
  const type = charge?.type ?? "PERCENTAGE";
  const value = charge?.value;
  if (value?.percentage != null && value.fixedValue != null) {
    errors.push(
      userError(
        [...at, "checkoutCharge", "value"],
        "A fixed billing policy's checkout charge can have at most one value.",
        "ONLY_NEED_ONE_CHECKOUT_CHARGE_VALUE",
      ),
    );
  } else if (value && (type === "PERCENTAGE" ? value.percentage == null : value.fixedValue == null)) {
    errors.push(
      userError(
        [...at, "checkoutCharge"],
        "A fixed billing policy's checkout charge value and type must match.",
        "CHECKOUT_CHARGE_VALUE_AND_TYPE_MUST_MATCH",
      ),
    );
  }
  const trigger = fixed.remainingBalanceChargeTrigger ?? "NO_REMAINING_BALANCE";
  const percentage = type === "PERCENTAGE" ? (value?.percentage ?? 100) : null;
  const field = [...at, "remainingBalanceChargeTrigger"];
  if (percentage === 100 && trigger !== "NO_REMAINING_BALANCE") {
    errors.push(
      userError(
        field,
        "A fixed billing policy's remaining_balance_charge_trigger must be NO_REMAINING_BALANCE when the checkout_charge_type is PERCENTAGE and checkout_charge_value is 100.",
        "REMAINING_BALANCE_CHARGE_TRIGGER_ON_FULL_CHECKOUT",
      ),
    );
  } else if (percentage !== null && percentage < 100 && trigger === "NO_REMAINING_BALANCE") {
    errors.push(
      userError(
        field,
        "A fixed billing policy's remaining_balance_charge_trigger can't be NO_REMAINING_BALANCE when the checkout_charge_type is PERCENTAGE and checkout_charge_value is less than 100.",
        "REMAINING_BALANCE_CHARGE_TRIGGER_NO_REMAINING_BALANCE_ON_PARTIAL_PERCENTAGE_CHECKOUT_CHARGE",
      ),
    );
  } else if (type === "PRICE" && trigger === "NO_REMAINING_BALANCE") {
    errors.push(
      userError(
        field,
        "A fixed billing policy's remaining_balance_charge_trigger can't be NO_REMAINING_BALANCE when the checkout_charge_type is PRICE.",
        "REMAINING_BALANCE_CHARGE_TRIGGER_NO_REMAINING_BALANCE_ON_PRICE_CHECKOUT_CHARGE",
      ),
    );
  }
  if (trigger === "EXACT_TIME" && !fixed.remainingBalanceChargeExactTime) {
    errors.push(
      userError(
        [...at, "remainingBalanceChargeExactTime"],
        "A fixed billing policy's remaining_balance_charge_exact_time can't be blank when the remaining_balance_charge_trigger is EXACT_TIME.",
        "REMAINING_BALANCE_CHARGE_EXACT_TIME_REQUIRED",
      ),
    );
  }
  if (trigger !== "EXACT_TIME" && fixed.remainingBalanceChargeExactTime) {
    errors.push(
      userError(
        [...at, "remainingBalanceChargeExactTime"],
        "A fixed billing policy's remaining_balance_charge_exact_time must not be present when the remaining_balance_charge_trigger isn't EXACT_TIME.",
        "REMAINING_BALANCE_CHARGE_EXACT_TIME_NOT_ALLOWED",
      ),
    );
  }
  if (trigger === "TIME_AFTER_CHECKOUT" && !(durationDays(fixed.remainingBalanceChargeTimeAfterCheckout) > 0)) {
    errors.push(
      userError(
        [...at, "remainingBalanceChargeTimeAfterCheckout"],
        "A fixed billing policy's remaining_balance_charge_time_after_checkout must be present and greater than zero when the remaining_balance_charge_trigger is TIME_AFTER_CHECKOUT.",
        "REMAINING_BALANCE_CHARGE_TIME_AFTER_CHECKOUT_MUST_BE_GREATER_THAN_ZERO",
      ),
    );
  }
  return errors;
}

function fixedDeliveryErrors(
  fixed: NonNullable<DeliveryPolicyInput["fixed"]>,
  at: string[],
): SellingPlanGroupUserError[] {
  const errors: SellingPlanGroupUserError[] = [];
  const trigger = fixed.fulfillmentTrigger;
  if (trigger === "EXACT_TIME" && !fixed.fulfillmentExactTime) {
    errors.push(
      userError(
        [...at, "fulfillmentExactTime"],
        "A fixed billing policy's fulfillment_exact_time can't be blank when the fulfillment_trigger is EXACT_TIME.",
        "FULFILLMENT_EXACT_TIME_REQUIRED",
      ),
    );
  }
  if (trigger !== "EXACT_TIME" && fixed.fulfillmentExactTime) {
    errors.push(
      userError(
        [...at, "fulfillmentExactTime"],
        "A fixed billing policy's fulfillment_exact_time must not be present when the fulfillment_trigger isn't EXACT_TIME.",
        "FULFILLMENT_EXACT_TIME_NOT_ALLOWED",
      ),
    );
  }
  const anchors = fixed.anchors?.length ?? 0;
  if (trigger === "ANCHOR" && anchors === 0) {
    errors.push(
      userError(
        [...at, "anchors"],
        "A fixed delivery policy's anchors must be present when the fulfillment_trigger is ANCHOR.",
        "SELLING_PLAN_ANCHORS_REQUIRED",
      ),
    );
  }
  if (trigger !== "ANCHOR" && anchors > 0) {
    errors.push(
      userError(
        [...at, "anchors"],
        "A fixed delivery policy's anchors must not be present when the fulfillment_trigger isn't ANCHOR.",
        "SELLING_PLAN_ANCHORS_NOT_ALLOWED",
      ),
    );
  }
  return errors;
}

/**
 * The model checks of sellingPlanGroupCreate, once the input is well formed: a name, 1 to
 * 31 plans, and a billing and a delivery policy on each plan.
 */
export function createErrors(input: SellingPlanGroupInput): SellingPlanGroupUserError[] {
  const errors: SellingPlanGroupUserError[] = [];
  if (!input.name?.trim()) errors.push(userError(["input", "name"], "Name can't be blank", "BLANK"));
  const plans = input.sellingPlansToCreate ?? [];
  if (plans.length === 0) {
    errors.push(
      userError(["input"], "Selling plan groups must have at least 1 selling plan.", "SELLING_PLAN_COUNT_LOWER_BOUND"),
    );
  } else if (plans.length > MAX_SELLING_PLANS) {
    errors.push(tooManyPlans());
  }
  errors.push(...newPlanErrors(plans));
  return errors;
}

export function tooManyPlans(): SellingPlanGroupUserError {
  return userError(
    ["input"],
    `Selling plan groups can't have more than ${MAX_SELLING_PLANS} selling plans.`,
    "SELLING_PLAN_COUNT_UPPER_BOUND",
  );
}

/** Each plan to create needs a name, a billing policy and a delivery policy. */
export function newPlanErrors(plans: SellingPlanInput[]): SellingPlanGroupUserError[] {
  return plans.flatMap((plan, index) => {
    const at = (field: string) => ["input", "sellingPlansToCreate", String(index), field];
    const errors: SellingPlanGroupUserError[] = [];
    if (!plan.name?.trim()) errors.push(userError(at("name"), "Selling plans to create name can't be blank", "BLANK"));
    if (!kindOf(plan.billingPolicy)) {
      errors.push(
        userError(
          at("billingPolicy"),
          "Selling plans to create billing policy must be present.",
          "SELLING_PLAN_BILLING_POLICY_MISSING",
        ),
      );
    }
    if (!kindOf(plan.deliveryPolicy)) {
      errors.push(
        userError(
          at("deliveryPolicy"),
          "Selling plans to create delivery policy must be present.",
          "SELLING_PLAN_DELIVERY_POLICY_MISSING",
        ),
      );
    }
    return errors;
  });
}

function sameAnchors(a: AnchorInput[] | null | undefined, b: AnchorInput[] | null | undefined): boolean {
  const key = (anchors: AnchorInput[] | null | undefined) =>
    JSON.stringify(
      (anchors ?? []).map((anchor) => [anchor.type, anchor.day, anchor.month ?? null, anchor.cutoffDay ?? null]),
    );
  return key(a) === key(b);
}
