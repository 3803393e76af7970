import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DevStore } from "../../../devstore/state/store";
import { adminClient, type AdminClient } from "./admin-client";
import { adminTestState } from "./state-fixture";

/**
 * Selling plan groups as the app's preorder capability uses them: a PRE_ORDER group with a
 * deposit plan (fixed billing and delivery policies) on a product, read back through every
 * place it shows, updated, validated, and kept in the state file. The captured exchanges
 * are replayed in selling-plan-conformance.test.ts; these check the values.
 */

const CREATE = `mutation Create($input: SellingPlanGroupInput!, $resources: SellingPlanGroupResourceInput) {
  sellingPlanGroupCreate(input: $input, resources: $resources) {
    sellingPlanGroup { id sellingPlans(first: 5) { nodes { id } } }
    userErrors { field message code }
  }
}`;

const PLAN_FIELDS = `
  id name description options position category
  billingPolicy {
    __typename
    ... on SellingPlanFixedBillingPolicy {
      checkoutCharge {
        type
        value { __typename ... on SellingPlanCheckoutChargePercentageValue { percentage } ... on MoneyV2 { amount currencyCode } }
      }
      remainingBalanceChargeTrigger remainingBalanceChargeExactTime remainingBalanceChargeTimeAfterCheckout
    }
  }
  deliveryPolicy {
    __typename
    ... on SellingPlanFixedDeliveryPolicy { fulfillmentTrigger fulfillmentExactTime cutoff intent preAnchorBehavior anchors { day } }
  }
  inventoryPolicy { reserve }
  pricingPolicies {
    __typename
    ... on SellingPlanFixedPricingPolicy {
      adjustmentType
      adjustmentValue { __typename ... on SellingPlanPricingPolicyPercentageValue { percentage } ... on MoneyV2 { amount } }
    }
  }`;

const SHIPS = "2026-09-01T00:00:00Z";
const BALANCE_DUE = "2026-08-15T00:00:00Z";

/** The deposit plan the preorder capability creates: 20% at checkout, the rest on a date, ships on a date. */
function depositPlan(fields: Record<string, unknown> = {}) {
  return {
    name: "Pre-order, 20% deposit",
    options: ["20% deposit"],
    category: "PRE_ORDER",
    billingPolicy: {
      fixed: {
        checkoutCharge: { type: "PERCENTAGE", value: { percentage: 20 } },
        remainingBalanceChargeTrigger: "EXACT_TIME",
        remainingBalanceChargeExactTime: BALANCE_DUE,
      },
    },
    deliveryPolicy: { fixed: { fulfillmentTrigger: "EXACT_TIME", fulfillmentExactTime: SHIPS } },
    inventoryPolicy: { reserve: "ON_FULFILLMENT" },
    pricingPolicies: [{ fixed: { adjustmentType: "PERCENTAGE", adjustmentValue: { percentage: 0 } } }],
    ...fields,
  };
}

function preorderGroup(plans: object[] = [depositPlan()]) {
  return {
    name: "Pre-order",
    merchantCode: "fieldtest-preorder-7",
    appId: "fieldtest-preorder",
    options: ["Pre-order"],
    sellingPlansToCreate: plans,
  };
}

async function createGroup(client: AdminClient, input: object, resources: object = {}) {
  const { body } = await client.request(CREATE, { input, resources });
  expect(body.errors).toBeUndefined();
  return body.data?.sellingPlanGroupCreate as {
    sellingPlanGroup: { id: string; sellingPlans: { nodes: { id: string }[] } } | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
}

describe("a preorder selling plan group", () => {
  it("is created on a product and reads back with its fixed policies as Shopify's unions", async () => {
    const client = adminClient();
    const created = await createGroup(client, preorderGroup(), { productIds: ["gid://shopify/Product/101"] });
    expect(created.userErrors).toEqual([]);
    const groupId = created.sellingPlanGroup!.id;
    const planId = created.sellingPlanGroup!.sellingPlans.nodes[0].id;
    expect(groupId).toMatch(/^gid:\/\/shopify\/SellingPlanGroup\/\d+$/);
    expect(planId).toMatch(/^gid:\/\/shopify\/SellingPlan\/\d+$/);

    const { body } = await client.request(
      `query Read($id: ID!) {
        sellingPlanGroup(id: $id) {
          id name merchantCode appId description options position summary createdAt
          appliesToProduct(productId: "gid://shopify/Product/101")
          appliesToProductVariant(productVariantId: "gid://shopify/ProductVariant/201")
          productsCount { count } productVariantsCount { count }
          products(first: 5) { nodes { id } }
          sellingPlans(first: 5) { nodes { ${PLAN_FIELDS} } }
        }
      }`,
      { id: groupId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.sellingPlanGroup).toEqual({
      id: groupId,
      name: "Pre-order",
      merchantCode: "fieldtest-preorder-7",
      appId: "fieldtest-preorder",
      description: null,
      options: ["Pre-order"],
      position: null,
      summary: "1 delivery frequency, 0% discount",
      createdAt: "2026-06-01T12:00:00Z",
      appliesToProduct: true,
      appliesToProductVariant: false,
      productsCount: { count: 1 },
      productVariantsCount: { count: 0 },
      products: { nodes: [{ id: "gid://shopify/Product/101" }] },
      sellingPlans: {
        nodes: [
          {
            id: planId,
            name: "Pre-order, 20% deposit",
            description: null,
            options: ["20% deposit"],
            position: null,
            category: "PRE_ORDER",
            billingPolicy: {
              __typename: "SellingPlanFixedBillingPolicy",
              checkoutCharge: {
                type: "PERCENTAGE",
                value: { __typename: "SellingPlanCheckoutChargePercentageValue", percentage: 20 },
              },
              remainingBalanceChargeTrigger: "EXACT_TIME",
              remainingBalanceChargeExactTime: BALANCE_DUE,
              remainingBalanceChargeTimeAfterCheckout: null,
            },
            deliveryPolicy: {
              __typename: "SellingPlanFixedDeliveryPolicy",
              fulfillmentTrigger: "EXACT_TIME",
              fulfillmentExactTime: SHIPS,
              cutoff: null,
              intent: "FULFILLMENT_BEGIN",
              preAnchorBehavior: "ASAP",
              anchors: [],
            },
            inventoryPolicy: { reserve: "ON_FULFILLMENT" },
            pricingPolicies: [
              {
                __typename: "SellingPlanFixedPricingPolicy",
                adjustmentType: "PERCENTAGE",
                adjustmentValue: { __typename: "SellingPlanPricingPolicyPercentageValue", percentage: 0 },
              },
            ],
          },
        ],
      },
    });
  });

  it("shows on the product and its variants, and node(id) finds the group and the plan", async () => {
    const client = adminClient();
    const created = await createGroup(client, preorderGroup(), {
      productVariantIds: ["gid://shopify/ProductVariant/202"],
    });
    const groupId = created.sellingPlanGroup!.id;
    const planId = created.sellingPlanGroup!.sellingPlans.nodes[0].id;

    const { body } = await client.request(
      `query Memberships($group: ID!, $plan: ID!) {
        product(id: "gid://shopify/Product/101") {
          sellingPlanGroupsCount { count }
          sellingPlanGroups(first: 5) { nodes { id } }
          variants(first: 5) { nodes { id sellingPlanGroupsCount { count } sellingPlanGroups(first: 5) { nodes { name } } } }
        }
        other: product(id: "gid://shopify/Product/102") { sellingPlanGroups(first: 5) { nodes { id } } }
        nodes(ids: [$group, $plan]) { __typename id }
      }`,
      { group: groupId, plan: planId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      // Through a variant: listed on the product, but not counted as the product's own.
      product: {
        sellingPlanGroupsCount: { count: 0 },
        sellingPlanGroups: { nodes: [{ id: groupId }] },
        variants: {
          nodes: [
            {
              id: "gid://shopify/ProductVariant/201",
              sellingPlanGroupsCount: { count: 0 },
              sellingPlanGroups: { nodes: [] },
            },
            {
              id: "gid://shopify/ProductVariant/202",
              sellingPlanGroupsCount: { count: 1 },
              sellingPlanGroups: { nodes: [{ name: "Pre-order" }] },
            },
          ],
        },
      },
      other: { sellingPlanGroups: { nodes: [] } },
      nodes: [
        { __typename: "SellingPlanGroup", id: groupId },
        { __typename: "SellingPlan", id: planId },
      ],
    });
  });

  it("takes a fixed-amount deposit, shown as MoneyV2 in the shop currency", async () => {
    const client = adminClient();
    const plan = depositPlan({
      billingPolicy: {
        fixed: {
          checkoutCharge: { type: "PRICE", value: { fixedValue: "15.00" } },
          remainingBalanceChargeTrigger: "TIME_AFTER_CHECKOUT",
          remainingBalanceChargeTimeAfterCheckout: "P30D",
        },
      },
    });
    const created = await createGroup(client, preorderGroup([plan]));
    expect(created.userErrors).toEqual([]);
    const { body } = await client.request(
      `query($id: ID!) { sellingPlan: node(id: $id) { ... on SellingPlan { ${PLAN_FIELDS} } } }`,
      { id: created.sellingPlanGroup!.sellingPlans.nodes[0].id },
    );
    expect(body.data?.sellingPlan).toMatchObject({
      billingPolicy: {
        checkoutCharge: { type: "PRICE", value: { __typename: "MoneyV2", amount: "15.0", currencyCode: "CAD" } },
        remainingBalanceChargeTrigger: "TIME_AFTER_CHECKOUT",
        remainingBalanceChargeExactTime: null,
        remainingBalanceChargeTimeAfterCheckout: "P30D",
      },
    });
  });

  it("adds and removes products and variants, and joins and leaves from the product's side", async () => {
    const client = adminClient();
    const groupId = (await createGroup(client, preorderGroup())).sellingPlanGroup!.id;
    const membership = async () =>
      (
        await client.request(
          `query($id: ID!) { sellingPlanGroup(id: $id) { products(first: 5) { nodes { id } } productVariants(first: 5) { nodes { id } } } }`,
          { id: groupId },
        )
      ).body.data?.sellingPlanGroup;

    await client.request(
      `mutation($id: ID!) {
        a: sellingPlanGroupAddProducts(id: $id, productIds: ["gid://shopify/Product/101"]) { userErrors { code } }
        b: sellingPlanGroupAddProductVariants(id: $id, productVariantIds: ["gid://shopify/ProductVariant/203"]) { userErrors { code } }
      }`,
      { id: groupId },
    );
    expect(await membership()).toEqual({
      products: { nodes: [{ id: "gid://shopify/Product/101" }] },
      productVariants: { nodes: [{ id: "gid://shopify/ProductVariant/203" }] },
    });

    const { body } = await client.request(
      `mutation($id: ID!) {
        removed: sellingPlanGroupRemoveProducts(id: $id, productIds: ["gid://shopify/Product/101", "gid://shopify/Product/102"]) { removedProductIds }
        left: productLeaveSellingPlanGroups(id: "gid://shopify/Product/102", sellingPlanGroupIds: [$id]) { product { id } userErrors { code } }
        joined: productJoinSellingPlanGroups(id: "gid://shopify/Product/102", sellingPlanGroupIds: [$id]) {
          product { sellingPlanGroupsCount { count } } userErrors { code }
        }
      }`,
      { id: groupId },
    );
    expect(body.data).toEqual({
      removed: { removedProductIds: ["gid://shopify/Product/101"] },
      left: { product: { id: "gid://shopify/Product/102" }, userErrors: [] },
      joined: { product: { sellingPlanGroupsCount: { count: 1 } }, userErrors: [] },
    });
    expect(await membership()).toEqual({
      products: { nodes: [{ id: "gid://shopify/Product/102" }] },
      productVariants: { nodes: [{ id: "gid://shopify/ProductVariant/203" }] },
    });
  });

  it("updates the group and its plans: fields given change, deleted plans are listed, the summary follows", async () => {
    const client = adminClient();
    const created = await createGroup(client, preorderGroup());
    const groupId = created.sellingPlanGroup!.id;
    const planId = created.sellingPlanGroup!.sellingPlans.nodes[0].id;

    const { body } = await client.request(
      `mutation($id: ID!, $input: SellingPlanGroupInput!) {
        sellingPlanGroupUpdate(id: $id, input: $input) {
          deletedSellingPlanIds
          sellingPlanGroup { name appId summary sellingPlans(first: 5) { nodes { name options billingPolicy { ... on SellingPlanFixedBillingPolicy { checkoutCharge { value { ... on SellingPlanCheckoutChargePercentageValue { percentage } } } } } } } }
          userErrors { field message code }
        }
      }`,
      {
        id: groupId,
        input: {
          name: "Pre-order (autumn)",
          appId: null,
          sellingPlansToDelete: [planId],
          sellingPlansToCreate: [
            depositPlan({
              name: "Pre-order, pay in full",
              options: ["Pay in full"],
              billingPolicy: {
                fixed: {
                  checkoutCharge: { type: "PERCENTAGE", value: { percentage: 100 } },
                  remainingBalanceChargeTrigger: "NO_REMAINING_BALANCE",
                },
              },
              pricingPolicies: [{ fixed: { adjustmentType: "PERCENTAGE", adjustmentValue: { percentage: 10 } } }],
            }),
          ],
        },
      },
    );
    expect(body.data?.sellingPlanGroupUpdate).toEqual({
      deletedSellingPlanIds: [planId],
      sellingPlanGroup: {
        name: "Pre-order (autumn)",
        appId: null,
        summary: "1 delivery frequency, 10% discount",
        sellingPlans: {
          nodes: [
            {
              name: "Pre-order, pay in full",
              options: ["Pay in full"],
              billingPolicy: { checkoutCharge: { value: { percentage: 100 } } },
            },
          ],
        },
      },
      userErrors: [],
    });
  });

  it("is deleted, and so gone from the product", async () => {
    const client = adminClient();
    const groupId = (await createGroup(client, preorderGroup(), { productIds: ["gid://shopify/Product/101"] }))
      .sellingPlanGroup!.id;
    const { body } = await client.request(
      `mutation($id: ID!) { sellingPlanGroupDelete(id: $id) { deletedSellingPlanGroupId userErrors { code } } }`,
      { id: groupId },
    );
    expect(body.data?.sellingPlanGroupDelete).toEqual({ deletedSellingPlanGroupId: groupId, userErrors: [] });
    const read = await client.request(
      `query($id: ID!) { sellingPlanGroup(id: $id) { id } product(id: "gid://shopify/Product/101") { sellingPlanGroups(first: 5) { nodes { id } } } }`,
      { id: groupId },
    );
    expect(read.body.data).toEqual({ sellingPlanGroup: null, product: { sellingPlanGroups: { nodes: [] } } });
  });
});

describe("selling plan group validation", () => {
  it("computes the summary Shopify showed for percentage and fixed-amount discounts", async () => {
    const client = adminClient();
    const plan = (name: string, adjustmentType: string, value: object) => ({
      name,
      options: [name],
      category: "SUBSCRIPTION",
      billingPolicy: { recurring: { interval: "MONTH", intervalCount: 1 } },
      deliveryPolicy: { recurring: { interval: "MONTH", intervalCount: 1 } },
      pricingPolicies: [{ fixed: { adjustmentType, adjustmentValue: value } }],
    });
    const created = await createGroup(client, {
      name: "Summary",
      options: ["Delivery frequency"],
      sellingPlansToCreate: [
        plan("Monthly 10%", "PERCENTAGE", { percentage: 10 }),
        plan("Monthly 20%", "PERCENTAGE", { percentage: 20 }),
        plan("Monthly $5 off", "FIXED_AMOUNT", { fixedValue: "5.0" }),
        plan("Monthly $7.50 off", "FIXED_AMOUNT", { fixedValue: "7.5" }),
      ],
    });
    const noDiscount = await createGroup(client, {
      name: "No discount",
      sellingPlansToCreate: [{ ...plan("Monthly", "PERCENTAGE", {}), pricingPolicies: [] }],
    });
    const { body } = await client.request(
      `query($a: ID!, $b: ID!) { a: sellingPlanGroup(id: $a) { summary } b: sellingPlanGroup(id: $b) { summary } }`,
      { a: created.sellingPlanGroup!.id, b: noDiscount.sellingPlanGroup!.id },
    );
    expect(body.data).toEqual({
      a: { summary: "4 delivery frequencies, 10-20%·$5-$8 discount" },
      b: { summary: "1 delivery frequency,  discount" },
    });
  });

  it("refuses a deferred payment whose checkout charge and balance trigger disagree", async () => {
    const client = adminClient();
    const fixed = (fields: object) => depositPlan({ billingPolicy: { fixed: fields } });
    const { userErrors } = await createGroup(
      client,
      preorderGroup([
        fixed({
          checkoutCharge: { type: "PERCENTAGE", value: { percentage: 20 } },
          remainingBalanceChargeTrigger: "NO_REMAINING_BALANCE",
        }),
        fixed({
          checkoutCharge: { type: "PERCENTAGE", value: { percentage: 20 } },
          remainingBalanceChargeTrigger: "EXACT_TIME",
        }),
        fixed({
          checkoutCharge: { type: "PRICE", value: { percentage: 20 } },
          remainingBalanceChargeTrigger: "ON_FULFILLMENT",
        }),
      ]),
    );
    expect(userErrors.map(({ field, code }) => ({ field: field.join("."), code }))).toEqual([
      {
        field: "input.sellingPlansToCreate.0.billingPolicy.fixed.remainingBalanceChargeTrigger",
        code: "REMAINING_BALANCE_CHARGE_TRIGGER_NO_REMAINING_BALANCE_ON_PARTIAL_PERCENTAGE_CHECKOUT_CHARGE",
      },
      {
        field: "input.sellingPlansToCreate.1.billingPolicy.fixed.remainingBalanceChargeExactTime",
        code: "REMAINING_BALANCE_CHARGE_EXACT_TIME_REQUIRED",
      },
      {
        field: "input.sellingPlansToCreate.2.billingPolicy.fixed.checkoutCharge",
        code: "CHECKOUT_CHARGE_VALUE_AND_TYPE_MUST_MATCH",
      },
    ]);
  });

  it("reports a blank name and missing policies together, with Shopify's messages", async () => {
    const { userErrors } = await createGroup(adminClient(), {
      name: " ",
      sellingPlansToCreate: [{ name: "Pre-order", options: ["Pre-order"], category: "PRE_ORDER" }],
    });
    expect(userErrors).toEqual([
      { field: ["input", "name"], message: "Name can't be blank", code: "BLANK" },
      {
        field: ["input", "sellingPlansToCreate", "0", "billingPolicy"],
        message: "Selling plans to create billing policy must be present.",
        code: "SELLING_PLAN_BILLING_POLICY_MISSING",
      },
      {
        field: ["input", "sellingPlansToCreate", "0", "deliveryPolicy"],
        message: "Selling plans to create delivery policy must be present.",
        code: "SELLING_PLAN_DELIVERY_POLICY_MISSING",
      },
    ]);
  });

  it("finds groups by category and percentage off, and none for a field it cannot search", async () => {
    const client = adminClient();
    await createGroup(client, preorderGroup());
    const { body } = await client.request(`{
      preorders: sellingPlanGroups(first: 5, query: "category:PRE_ORDER") { nodes { name } }
      subscriptions: sellingPlanGroups(first: 5, query: "category:SUBSCRIPTION") { nodes { name } }
      free: sellingPlanGroups(first: 5, query: "percentage_off:0") { nodes { name } }
      unknown: sellingPlanGroups(first: 5, query: "colour:red") { nodes { name } }
    }`);
    expect(body.data).toEqual({
      preorders: { nodes: [{ name: "Pre-order" }] },
      subscriptions: { nodes: [] },
      free: { nodes: [{ name: "Pre-order" }] },
      unknown: { nodes: [] },
    });
    expect(body.extensions?.search).toEqual([
      expect.objectContaining({ path: ["unknown"], warnings: [expect.objectContaining({ field: "colour" })] }),
    ]);
  });
});

describe("selling plan groups in the state file", () => {
  it("persist with the rest of the shop, and an older file without them loads with none", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "devstore-selling-plans-"));
    try {
      const file = path.join(dir, "state.json");
      const store = DevStore.open(file, adminTestState);
      await createGroup(adminClient(store), preorderGroup(), { productIds: ["gid://shopify/Product/101"] });
      const saved = JSON.parse(readFileSync(file, "utf8")) as {
        sellingPlanGroups: { name: string; productIds: string[] }[];
      };
      expect(saved.sellingPlanGroups).toEqual([expect.objectContaining({ name: "Pre-order", productIds: ["101"] })]);
      expect(DevStore.open(file, adminTestState).state.sellingPlanGroups).toHaveLength(1);

      const { sellingPlanGroups: _dropped, ...older } = adminTestState();
      writeFileSync(file, JSON.stringify(older));
      expect(DevStore.open(file, adminTestState).state.sellingPlanGroups).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
