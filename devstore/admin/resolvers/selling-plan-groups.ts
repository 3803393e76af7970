import { responsePathAsArray } from "graphql";
import { findSellingPlanGroup } from "../../state/selling-plans";
import { gid, idFromGid } from "../../state/store";
import type { DevProduct, DevSellingPlan, DevSellingPlanGroup, DevVariant } from "../../state/types";
import type { AdminContext } from "../request-context";
import type { Args, ResolverMap, TypeResolvers } from "../resolver-map";
import { connectionFrom, countOf } from "../support/connection";
import {
  containsText,
  matchesDate,
  matchesNumber,
  matchesText,
  searchRecords,
  type SearchFields,
} from "../support/search-query";
import { billingPolicyOutput, deliveryPolicyOutput, pricingPolicyOutput } from "../support/selling-plan-policies";
import type { SortKeys } from "../support/sort";
import { sortedConnection } from "../support/sorted-connection";
import { findVariant } from "./product-variants";
import { findProduct } from "./products";

/** Selling plan groups: `sellingPlanGroup(s)`, the SellingPlanGroup and SellingPlan types. */

export function groupByGid(context: AdminContext, id: string): DevSellingPlanGroup | null {
  const groupId = idFromGid(id, "SellingPlanGroup");
  return groupId ? findSellingPlanGroup(context.store.state, groupId) : null;
}

export function productsOf(context: AdminContext, group: DevSellingPlanGroup): DevProduct[] {
  return group.productIds
    .flatMap((id) => findProduct(context.store.state, id) ?? [])
    .sort((a, b) => Number(a.id) - Number(b.id));
}

function variantsOf(context: AdminContext, group: DevSellingPlanGroup, productId: string | null): DevVariant[] {
  return group.variantIds
    .flatMap((id) => findVariant(context.store.state, id) ?? [])
    .filter((variant) => productId === null || variant.productId === productId)
    .sort((a, b) => Number(a.id) - Number(b.id));
}

/** The `productId` argument of productVariants(Count): null when not given, "" when it is no product gid. */
function productFilter(args: Args): string | null {
  return args.productId == null ? null : (idFromGid(args.productId as string, "Product") ?? "");
}

const SORT_KEYS: SortKeys<DevSellingPlanGroup> = {
  ID: (group) => Number(group.id),
  NAME: (group) => group.name,
  CREATED_AT: (group) => group.createdAt,
  UPDATED_AT: (group) => group.updatedAt,
};

const plansOf = (group: DevSellingPlanGroup) => group.sellingPlans;
const pricingOf = (group: DevSellingPlanGroup) => plansOf(group).flatMap((plan) => plan.pricingPolicies);

function searchFields(appId: string): SearchFields<DevSellingPlanGroup> {
  return {
    text: (group, term) => containsText(group.name, term) || containsText(group.merchantCode, term),
    id: (group, term) => matchesNumber(group.id, term),
    name: (group, term) => matchesText(group.name, term),
    created_at: (group, term) => matchesDate(group.createdAt, term),
    // Every group in the dev store belongs to its one app.
    app_id: (_group, term) => ["CURRENT", "ALL", appId].includes(term.value.toUpperCase()),
    category: (group, term) =>
      term.value.split(",").some((category) => plansOf(group).some((plan) => plan.category === category.toUpperCase())),
    percentage_off: (group, term) =>
      pricingOf(group).some(
        (policy) => "percentage" in policy.adjustmentValue && matchesNumber(policy.adjustmentValue.percentage, term),
      ),
    delivery_frequency: (group, term) =>
      plansOf(group).some(
        (plan) => plan.deliveryPolicy.kind === "recurring" && plan.deliveryPolicy.interval === term.value.toUpperCase(),
      ),
  };
}

function searchGroups(context: AdminContext, args: Args, path: (string | number)[]): DevSellingPlanGroup[] {
  const { state } = context.store;
  // Shopify matches no group for a query term it cannot search.
  return searchRecords(
    state.sellingPlanGroups,
    args.query as string | null,
    searchFields(state.app.appId),
    { path, reports: context.searchReports },
    { unknownFieldsMatch: false },
  );
}

const groupFields: TypeResolvers<DevSellingPlanGroup> = {
  id: (group) => gid("SellingPlanGroup", group.id),
  appId: (group) => group.appId,
  name: (group) => group.name,
  merchantCode: (group) => group.merchantCode,
  description: (group) => group.description,
  options: (group) => group.options,
  position: (group) => group.position,
  summary: (group) => group.summary,
  createdAt: (group) => group.createdAt,
  appliesToProduct: (group, args) => group.productIds.includes(idFromGid(args.productId as string, "Product") ?? ""),
  appliesToProductVariant: (group, args) =>
    group.variantIds.includes(idFromGid(args.productVariantId as string, "ProductVariant") ?? ""),
  appliesToProductVariants: (group, args, context) =>
    variantsOf(context, group, idFromGid(args.productId as string, "Product") ?? "").length > 0,
  products: (group, args, context) =>
    connectionFrom(productsOf(context, group), args, (product) => ({ id: product.id, value: product.id })),
  productsCount: (group, _args, context) => countOf(productsOf(context, group).length, null),
  productVariants: (group, args, context) =>
    connectionFrom(variantsOf(context, group, productFilter(args)), args, (variant) => ({
      id: variant.id,
      value: variant.id,
    })),
  productVariantsCount: (group, args, context) => countOf(variantsOf(context, group, productFilter(args)).length, null),
  sellingPlans: (group, args) =>
    connectionFrom(
      [...group.sellingPlans].sort((a, b) => Number(a.id) - Number(b.id)),
      args,
      (plan) => ({ id: plan.id, value: plan.id }),
    ),
};

const planFields: TypeResolvers<DevSellingPlan> = {
  id: (plan) => gid("SellingPlan", plan.id),
  name: (plan) => plan.name,
  description: (plan) => plan.description,
  options: (plan) => plan.options,
  position: (plan) => plan.position,
  category: (plan) => plan.category,
  createdAt: (plan) => plan.createdAt,
  billingPolicy: (plan, _args, { store }) => billingPolicyOutput(plan.billingPolicy, store.state.shop.currencyCode),
  deliveryPolicy: (plan) => deliveryPolicyOutput(plan.deliveryPolicy),
  inventoryPolicy: (plan) => ({ reserve: plan.inventoryPolicy.reserve }),
  pricingPolicies: (plan, _args, { store }) =>
    plan.pricingPolicies.map((policy) => pricingPolicyOutput(policy, store.state.shop.currencyCode)),
};

export const sellingPlanGroupResolvers: ResolverMap = {
  QueryRoot: {
    sellingPlanGroup: (_source, args, context) => groupByGid(context, args.id as string),
    sellingPlanGroups: (_source, args, context, info) =>
      sortedConnection(
        searchGroups(context, args, responsePathAsArray(info.path)),
        args,
        SORT_KEYS,
        "sellingPlanGroups",
      ),
  },
  SellingPlanGroup: groupFields,
  SellingPlan: planFields,
};
