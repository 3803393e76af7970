import type { DevSellingPlan, DevSellingPlanGroup, DevStoreState } from "../../../devstore/state/types";
import { stateFixture } from "./state-fixture";

/**
 * The fixture shop with purchase options, as the preorder capability would create them: on
 * the ottoman (Oak €1.249,50, Walnut €1.299,00 and sold out) a "Pre-order" group with a
 * 20% deposit plan (balance on 1 April) and a pay-in-full plan at 10% off; on the basket
 * only, another app's subscription.
 */

export const PREORDER_APP_ID = "fieldtest-preorder";
export const DEPOSIT_PLAN = "800";
export const FULL_PLAN = "801";
export const SUBSCRIPTION_PLAN = "810";
export const BALANCE_DUE = "2026-04-01T00:00:00.000Z";

const CREATED = "2026-01-20T10:00:00.000Z";

function preorderPlan(id: string, fields: Partial<DevSellingPlan>): DevSellingPlan {
  return {
    id,
    name: "Pre-order",
    description: null,
    options: [],
    position: null,
    category: "PRE_ORDER",
    billingPolicy: {
      kind: "fixed",
      checkoutCharge: { type: "PERCENTAGE", percentage: 100 },
      remainingBalanceChargeTrigger: "NO_REMAINING_BALANCE",
      remainingBalanceChargeExactTime: null,
      remainingBalanceChargeTimeAfterCheckout: null,
    },
    deliveryPolicy: {
      kind: "fixed",
      fulfillmentTrigger: "EXACT_TIME",
      fulfillmentExactTime: "2026-04-15T00:00:00.000Z",
      cutoff: null,
      intent: "FULFILLMENT_BEGIN",
      preAnchorBehavior: "ASAP",
      anchors: [],
    },
    inventoryPolicy: { reserve: "ON_FULFILLMENT" },
    pricingPolicies: [],
    createdAt: CREATED,
    ...fields,
  };
}

function group(fields: Partial<DevSellingPlanGroup> & Pick<DevSellingPlanGroup, "id" | "name">): DevSellingPlanGroup {
  return {
    merchantCode: fields.name,
    description: null,
    options: [],
    position: null,
    appId: null,
    summary: "",
    sellingPlans: [],
    productIds: [],
    variantIds: [],
    createdAt: CREATED,
    updatedAt: CREATED,
    ...fields,
  };
}

export function preorderGroups(): DevSellingPlanGroup[] {
  return [
    group({
      id: "790",
      name: "Pre-order",
      appId: PREORDER_APP_ID,
      options: ["Payment"],
      productIds: ["200"],
      sellingPlans: [
        preorderPlan(DEPOSIT_PLAN, {
          name: "Pre-order, 20% deposit",
          options: ["20% deposit"],
          position: 1,
          billingPolicy: {
            kind: "fixed",
            checkoutCharge: { type: "PERCENTAGE", percentage: 20 },
            remainingBalanceChargeTrigger: "EXACT_TIME",
            remainingBalanceChargeExactTime: BALANCE_DUE,
            remainingBalanceChargeTimeAfterCheckout: null,
          },
        }),
        preorderPlan(FULL_PLAN, {
          name: "Pre-order, pay in full, 10% off",
          options: ["Pay in full"],
          position: 2,
          pricingPolicies: [
            {
              kind: "fixed",
              adjustmentType: "PERCENTAGE",
              adjustmentValue: { percentage: 10 },
              afterCycle: null,
              createdAt: CREATED,
            },
          ],
        }),
      ],
    }),
    group({
      id: "809",
      name: "Subscribe and save",
      appId: "another-app",
      options: ["Delivery"],
      variantIds: ["301"],
      sellingPlans: [
        {
          ...preorderPlan(SUBSCRIPTION_PLAN, { name: "Every month", options: ["Monthly"], category: "SUBSCRIPTION" }),
          billingPolicy: {
            kind: "recurring",
            interval: "MONTH",
            intervalCount: 1,
            minCycles: null,
            maxCycles: null,
            anchors: [],
            createdAt: CREATED,
          },
          deliveryPolicy: {
            kind: "recurring",
            interval: "MONTH",
            intervalCount: 1,
            cutoff: null,
            intent: "FULFILLMENT_BEGIN",
            preAnchorBehavior: "ASAP",
            anchors: [],
            createdAt: CREATED,
          },
        },
      ],
    }),
  ];
}

export function preorderState(): DevStoreState {
  return { ...stateFixture(), sellingPlanGroups: preorderGroups() };
}
