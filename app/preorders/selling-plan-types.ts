/**
 * The Admin GraphQL (2026-04) input types of sellingPlanGroupCreate / sellingPlanGroupUpdate,
 * written by hand from devstore/admin/schema/admin-2026-04.schema.graphql: only the fields a
 * preorder plan uses. DateTime is an ISO 8601 string in UTC; ID a gid.
 */

export type SellingPlanCategory = "PRE_ORDER";
export type SellingPlanCheckoutChargeType = "PERCENTAGE";
export type SellingPlanRemainingBalanceChargeTrigger = "NO_REMAINING_BALANCE" | "EXACT_TIME" | "ON_FULFILLMENT";
export type SellingPlanFulfillmentTrigger = "EXACT_TIME";
export type SellingPlanReserve = "ON_FULFILLMENT" | "ON_SALE";
export type SellingPlanPricingPolicyAdjustmentType = "PERCENTAGE";

export interface SellingPlanCheckoutChargeInput {
  type: SellingPlanCheckoutChargeType;
  value: { percentage: number };
}

export interface SellingPlanFixedBillingPolicyInput {
  checkoutCharge: SellingPlanCheckoutChargeInput;
  remainingBalanceChargeTrigger: SellingPlanRemainingBalanceChargeTrigger;
  /** Only with EXACT_TIME (Shopify refuses it otherwise); null clears it on an update. */
  remainingBalanceChargeExactTime?: string | null;
}

export interface SellingPlanBillingPolicyInput {
  fixed: SellingPlanFixedBillingPolicyInput;
}

export interface SellingPlanFixedDeliveryPolicyInput {
  fulfillmentTrigger: SellingPlanFulfillmentTrigger;
  fulfillmentExactTime: string;
}

export interface SellingPlanDeliveryPolicyInput {
  fixed: SellingPlanFixedDeliveryPolicyInput;
}

export interface SellingPlanInventoryPolicyInput {
  reserve: SellingPlanReserve;
}

export interface SellingPlanFixedPricingPolicyInput {
  adjustmentType: SellingPlanPricingPolicyAdjustmentType;
  adjustmentValue: { percentage: number };
}

export interface SellingPlanPricingPolicyInput {
  fixed: SellingPlanFixedPricingPolicyInput;
}

export interface SellingPlanInput {
  /** Required in sellingPlansToUpdate, absent in sellingPlansToCreate. */
  id?: string;
  name?: string;
  description?: string;
  options?: string[];
  category?: SellingPlanCategory;
  billingPolicy?: SellingPlanBillingPolicyInput;
  deliveryPolicy?: SellingPlanDeliveryPolicyInput;
  inventoryPolicy?: SellingPlanInventoryPolicyInput;
  pricingPolicies?: SellingPlanPricingPolicyInput[];
}

export interface SellingPlanGroupInput {
  name?: string;
  appId?: string;
  merchantCode?: string;
  description?: string;
  options?: string[];
  sellingPlansToCreate?: SellingPlanInput[];
  sellingPlansToUpdate?: SellingPlanInput[];
}

export interface SellingPlanGroupResourceInput {
  productVariantIds: string[];
}
