import { discountStatus } from "../../state/discount-status";
import { gid } from "../../state/store";
import type { DevAutomaticAppDiscount, DevDiscountClass, DevStoreState } from "../../state/types";
import { functionIdOf } from "../../storefront/cart/discounts/function-extensions";
import type { ResolverMap, TypeResolvers } from "../resolver-map";
import { discountFunctionByHandle } from "./discount-function-lookup";

/** DiscountAutomaticApp: an automatic discount given by one of the app's Discount Functions. */

/** How many orders got the discount (Shopify counts asynchronously; the dev store counts at once). */
export function usageCount(state: DevStoreState, discount: DevAutomaticAppDiscount): number {
  return state.orders.filter((order) =>
    (order.discountApplications ?? []).some((application) => application.discountId === discount.id),
  ).length;
}

/** The classes a Discount Function can give: product and order discounts on cart lines, shipping on delivery options. */
function supportedClasses(targets: string[]): DevDiscountClass[] {
  const classes: DevDiscountClass[] = [];
  if (targets.some((target) => target.startsWith("cart.lines."))) classes.push("PRODUCT", "ORDER");
  if (targets.some((target) => target.startsWith("cart.delivery-options."))) classes.push("SHIPPING");
  return classes;
}

function appDiscountType(state: DevStoreState, discount: DevAutomaticAppDiscount) {
  const extension = discountFunctionByHandle(discount.functionHandle);
  const discountClasses = extension
    ? supportedClasses(extension.targets.map(({ target }) => target))
    : discount.discountClasses;
  return {
    app: state.app,
    appKey: state.app.apiKey,
    functionId: functionIdOf(state.app.apiKey, discount.functionHandle),
    title: extension?.title ?? discount.functionHandle,
    description: extension?.description ?? null,
    discountClasses,
    discountClass: discountClasses[0] ?? "PRODUCT",
    targetType: "LINE_ITEM",
  };
}

const discountAutomaticAppFields: TypeResolvers<DevAutomaticAppDiscount> = {
  discountId: (discount) => gid("DiscountAutomaticNode", discount.id),
  title: (discount) => discount.title,
  status: (discount, _args, { now }) => discountStatus(discount, now()),
  startsAt: (discount) => discount.startsAt,
  endsAt: (discount) => discount.endsAt,
  createdAt: (discount) => discount.createdAt,
  updatedAt: (discount) => discount.updatedAt,
  discountClasses: (discount) => discount.discountClasses,
  discountClass: (discount) => discount.discountClasses[0],
  combinesWith: (discount) => ({ ...discount.combinesWith, productDiscountsWithTagsOnSameCartLine: null }),
  context: () => ({ __typename: "DiscountBuyerSelectionAll", all: "ALL" }),
  appDiscountType: (discount, _args, { store }) => appDiscountType(store.state, discount),
  appliesOnOneTimePurchase: (discount) => discount.appliesOnOneTimePurchase,
  appliesOnSubscription: (discount) => discount.appliesOnSubscription,
  recurringCycleLimit: (discount) => discount.recurringCycleLimit,
  tags: (discount) => discount.tags,
  asyncUsageCount: (discount, _args, { store }) => usageCount(store.state, discount),
  // The dev store's Functions run in-process; failures go to the console, not to an error history.
  errorHistory: () => null,
};

export const discountAutomaticAppResolvers: ResolverMap = {
  DiscountAutomaticApp: discountAutomaticAppFields,
};
