import { findSellingPlanGroup } from "../../state/selling-plans";
import { idFromGid } from "../../state/store";
import type { DevSellingPlanGroup } from "../../state/types";
import type { AdminContext } from "../request-context";
import type { Args, ResolverMap } from "../resolver-map";
import { groupDoesNotExist, userError, type SellingPlanGroupUserError } from "../support/selling-plan-input";
import { findVariant } from "./product-variants";
import { findProduct } from "./products";
import { groupByGid } from "./selling-plan-groups";

/**
 * Which products and variants a selling plan group applies to: the group's add/remove
 * mutations, and productJoinSellingPlanGroups / productLeaveSellingPlanGroups from the
 * product's side. Adding checks every id first and changes nothing when one fails.
 */

export interface ResourceInput {
  productIds?: string[] | null;
  productVariantIds?: string[] | null;
}

const RESOURCES = [
  { list: "productIds", member: "productIds", type: "Product", label: "Product" },
  { list: "productVariantIds", member: "variantIds", type: "ProductVariant", label: "Product variant" },
] as const;

/** Unknown products or variants (NOT_FOUND), and ones already in `group` (TAKEN), under `prefix`. */
export function resourceErrors(
  context: AdminContext,
  resources: ResourceInput,
  group: DevSellingPlanGroup | null,
  prefix: string[],
): SellingPlanGroupUserError[] {
  const { state } = context.store;
  const errors: SellingPlanGroupUserError[] = [];
  for (const { list, member, type, label } of RESOURCES) {
    let taken = false;
    for (const id of resources[list] ?? []) {
      const numeric = idFromGid(id, type);
      const exists =
        numeric !== null && (type === "Product" ? findProduct(state, numeric) : findVariant(state, numeric));
      if (!exists) errors.push(userError([...prefix, list], `${label} ${id} does not exist.`, "NOT_FOUND"));
      else if (group?.[member].includes(numeric)) taken = true;
    }
    if (taken) errors.push(userError([...prefix, list], "Resource has already been taken", "TAKEN"));
  }
  return errors;
}

function addResources(context: AdminContext, args: Args, list: "productIds" | "productVariantIds") {
  const group = groupByGid(context, args.id as string);
  if (!group) return { sellingPlanGroup: null, userErrors: [groupDoesNotExist()] };
  const resources: ResourceInput = { [list]: args[list] as string[] };
  const errors = resourceErrors(context, resources, group, []);
  if (errors.length) return { sellingPlanGroup: null, userErrors: errors };
  const { member, type } = RESOURCES.find((resource) => resource.list === list)!;
  context.store.change(() => {
    for (const id of resources[list] ?? []) {
      const numeric = idFromGid(id, type) as string;
      if (!group[member].includes(numeric)) group[member].push(numeric);
    }
    group.updatedAt = context.now().toISOString();
  });
  return { sellingPlanGroup: group, userErrors: [] };
}

/** Removes the members among `ids` and answers their ids; ids that are no member are ignored. */
function removeResources(context: AdminContext, args: Args, list: "productIds" | "productVariantIds") {
  const { member, type } = RESOURCES.find((resource) => resource.list === list)!;
  const group = groupByGid(context, args.id as string);
  if (!group) return { removed: null, userErrors: [groupDoesNotExist()] };
  const removed = (args[list] as string[]).filter((id) => group[member].includes(idFromGid(id, type) ?? ""));
  if (removed.length) {
    context.store.change(() => {
      const gone = new Set(removed.map((id) => idFromGid(id, type)));
      group[member] = group[member].filter((id) => !gone.has(id));
      group.updatedAt = context.now().toISOString();
    });
  }
  return { removed, userErrors: [] };
}

/** The groups of productJoin/LeaveSellingPlanGroups, or the errors: an unknown product or group. */
function productAndGroups(context: AdminContext, args: Args) {
  const { state } = context.store;
  const productId = idFromGid(args.id as string, "Product");
  const product = productId ? findProduct(state, productId) : null;
  if (!product) return { errors: [userError(["id"], "Product does not exist.", "PRODUCT_DOES_NOT_EXIST")] };
  const groups = (args.sellingPlanGroupIds as string[]).map((id) => {
    const groupId = idFromGid(id, "SellingPlanGroup");
    return groupId ? findSellingPlanGroup(state, groupId) : null;
  });
  if (groups.includes(null)) {
    return {
      errors: [userError(["sellingPlanGroupIds"], "Selling plan group does not exist.", "GROUP_DOES_NOT_EXIST")],
    };
  }
  return { product, groups: groups as DevSellingPlanGroup[], errors: [] };
}

export const sellingPlanGroupResourceResolvers: ResolverMap = {
  Mutation: {
    sellingPlanGroupAddProducts: (_source, args, context) => addResources(context, args, "productIds"),
    sellingPlanGroupAddProductVariants: (_source, args, context) => addResources(context, args, "productVariantIds"),
    sellingPlanGroupRemoveProducts: (_source, args, context) => {
      const { removed, userErrors } = removeResources(context, args, "productIds");
      return { removedProductIds: removed, userErrors };
    },
    sellingPlanGroupRemoveProductVariants: (_source, args, context) => {
      const { removed, userErrors } = removeResources(context, args, "productVariantIds");
      return { removedProductVariantIds: removed, userErrors };
    },
    productJoinSellingPlanGroups: (_source, args, context) => {
      const { product, groups, errors } = productAndGroups(context, args);
      if (!product || !groups) return { product: null, userErrors: errors };
      const taken = groups.some((group) => group.productIds.includes(product.id));
      if (taken) {
        return {
          product: null,
          userErrors: [userError(["sellingPlanGroupIds"], "Resource has already been taken", "TAKEN")],
        };
      }
      context.store.change(() => {
        for (const group of groups) {
          group.productIds.push(product.id);
          group.updatedAt = context.now().toISOString();
        }
      });
      return { product, userErrors: [] };
    },
    productLeaveSellingPlanGroups: (_source, args, context) => {
      const { product, groups, errors } = productAndGroups(context, args);
      if (!product || !groups) return { product: null, userErrors: errors };
      context.store.change(() => {
        for (const group of groups) {
          group.productIds = group.productIds.filter((id) => id !== product.id);
          group.updatedAt = context.now().toISOString();
        }
      });
      return { product, userErrors: [] };
    },
  },
};
