import { responsePathAsArray } from "graphql";
import { discountStatus } from "../../state/discount-status";
import { gid } from "../../state/store";
import type { DevAutomaticAppDiscount } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import type { AdminContext } from "../request-context";
import { typed, type Args, type ResolverMap, type TypeResolvers } from "../resolver-map";
import { requireAccessScope } from "../support/access-scopes";
import {
  containsText,
  matchesAnyTag,
  matchesDate,
  matchesNumber,
  matchesText,
  searchRecords,
  type SearchFields,
  type SearchTerm,
} from "../support/search-query";
import type { SortKeys } from "../support/sort";
import { sortedConnection } from "../support/sorted-connection";
import { usageCount } from "./discount-automatic-app";
import { metafieldOwnerResolvers } from "./metafields";
import { parseGid } from "./nodes";

/**
 * Reading discounts: `discountNode`, `discountNodes`, `discountNodesCount`, and the older
 * `automaticDiscountNode` / `automaticDiscountNodes`. The dev store's discounts are the app's
 * automatic app discounts; it keeps no code discounts, so a DiscountCodeNode id finds
 * nothing. Status searches use the status at the shop's clock.
 */

export function findAutomaticDiscount(context: AdminContext, id: unknown): DevAutomaticAppDiscount | null {
  const parsed = typeof id === "string" ? parseGid(id) : null;
  if (!parsed || (parsed.type !== "DiscountAutomaticNode" && parsed.type !== "DiscountNode")) return null;
  return (context.store.state.automaticDiscounts ?? []).find((discount) => discount.id === parsed.id) ?? null;
}

const COMBINES_WITH: Record<string, keyof DevAutomaticAppDiscount["combinesWith"]> = {
  product_discounts: "productDiscounts",
  order_discounts: "orderDiscounts",
  shipping_discounts: "shippingDiscounts",
};

/** A comma-separated list term ("status:active,scheduled") matches when any of its values does. */
function anyOf(term: SearchTerm, matches: (value: string) => boolean): boolean {
  return term.value
    .split(",")
    .map((value) => value.trim().toLowerCase())
    .some(matches);
}

function discountSearch(context: AdminContext): SearchFields<DevAutomaticAppDiscount> {
  const now = context.now();
  return {
    text: (discount, term) => containsText(discount.title, term),
    id: (discount, term) => matchesNumber(discount.id, term),
    title: (discount, term) => matchesText(discount.title, term),
    status: (discount, term) => anyOf(term, (value) => value === discountStatus(discount, now).toLowerCase()),
    type: (_discount, term) => anyOf(term, (value) => ["app", "all", "all_with_app"].includes(value)),
    discount_type: (_discount, term) => anyOf(term, (value) => value === "app"),
    method: (_discount, term) => anyOf(term, (value) => value === "automatic"),
    code: () => false,
    discount_class: (discount, term) =>
      anyOf(term, (value) => discount.discountClasses.some((discountClass) => discountClass.toLowerCase() === value)),
    combines_with: (discount, term) =>
      anyOf(term, (value) => value in COMBINES_WITH && discount.combinesWith[COMBINES_WITH[value]]),
    starts_at: (discount, term) => matchesDate(discount.startsAt, term),
    ends_at: (discount, term) => matchesDate(discount.endsAt, term),
    created_at: (discount, term) => matchesDate(discount.createdAt, term),
    updated_at: (discount, term) => matchesDate(discount.updatedAt, term),
    tag: (discount, term) => anyOf(term, (value) => matchesAnyTag(discount.tags, { ...term, value })),
    times_used: (discount, term) => matchesNumber(usageCount(context.store.state, discount), term),
  };
}

const DISCOUNT_SORT_KEYS: SortKeys<DevAutomaticAppDiscount> = {
  ID: (discount) => Number(discount.id),
  RELEVANCE: (discount) => Number(discount.id),
  CREATED_AT: (discount) => Date.parse(discount.createdAt),
  UPDATED_AT: (discount) => Date.parse(discount.updatedAt),
  STARTS_AT: (discount) => Date.parse(discount.startsAt),
  ENDS_AT: (discount) => (discount.endsAt === null ? null : Date.parse(discount.endsAt)),
  TITLE: (discount) => discount.title,
};

const AUTOMATIC_DISCOUNT_SORT_KEYS: SortKeys<DevAutomaticAppDiscount> = {
  ID: DISCOUNT_SORT_KEYS.ID,
  CREATED_AT: DISCOUNT_SORT_KEYS.CREATED_AT,
};

function searchDiscounts(context: AdminContext, args: Args, path: (string | number)[], field: string) {
  requireAccessScope(context.store.state, field, "read_discounts");
  if (args.savedSearchId != null) throw notImplemented(`${field}(savedSearchId)`);
  return searchRecords(
    context.store.state.automaticDiscounts ?? [],
    args.query as string | null,
    discountSearch(context),
    { path, reports: context.searchReports },
  );
}

/**
 * Shopify's Count of discounts: a count that reaches the limit is reported AT_LEAST, even when
 * it is exactly the limit (discounts/discount-app-count-only-read-after-create.json: 1 app
 * discount, limit 1 → {count: 1, precision: AT_LEAST}).
 */
function discountCount(total: number, limit: number | null) {
  if (limit != null && total >= limit) return { count: limit, precision: "AT_LEAST" };
  return { count: total, precision: "EXACT" };
}

const asDiscount = (discount: DevAutomaticAppDiscount) => typed("DiscountAutomaticApp", discount);
const ownerId = (discount: DevAutomaticAppDiscount) => gid("DiscountAutomaticNode", discount.id);

const discountNodeFields: TypeResolvers<DevAutomaticAppDiscount> = {
  id: ownerId,
  discount: asDiscount,
  ...metafieldOwnerResolvers<DevAutomaticAppDiscount>(ownerId),
};

const discountAutomaticNodeFields: TypeResolvers<DevAutomaticAppDiscount> = {
  id: ownerId,
  automaticDiscount: asDiscount,
  ...metafieldOwnerResolvers<DevAutomaticAppDiscount>(ownerId),
};

export const discountNodeResolvers: ResolverMap = {
  QueryRoot: {
    discountNode: (_source, args, context) => {
      requireAccessScope(context.store.state, "discountNode", "read_discounts");
      return findAutomaticDiscount(context, args.id);
    },
    automaticDiscountNode: (_source, args, context) => {
      requireAccessScope(context.store.state, "automaticDiscountNode", "read_discounts");
      const parsed = parseGid(args.id as string);
      return parsed?.type === "DiscountAutomaticNode" ? findAutomaticDiscount(context, args.id) : null;
    },
    discountNodes: (_source, args, context, info) =>
      sortedConnection(
        searchDiscounts(context, args, responsePathAsArray(info.path), "discountNodes"),
        args,
        DISCOUNT_SORT_KEYS,
        "discountNodes",
      ),
    automaticDiscountNodes: (_source, args, context, info) =>
      sortedConnection(
        searchDiscounts(context, args, responsePathAsArray(info.path), "automaticDiscountNodes"),
        args,
        AUTOMATIC_DISCOUNT_SORT_KEYS,
        "automaticDiscountNodes",
      ),
    discountNodesCount: (_source, args, context, info) =>
      discountCount(
        searchDiscounts(context, args, responsePathAsArray(info.path), "discountNodesCount").length,
        args.limit as number | null,
      ),
  },
  DiscountNode: discountNodeFields,
  DiscountAutomaticNode: discountAutomaticNodeFields,
};
