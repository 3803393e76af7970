import { gid, idFromGid } from "../../state/store";
import type { DevSellingPlanGroup, DevStoreState } from "../../state/types";
import type { AdminContext } from "../request-context";
import type { Args, ResolverMap } from "../resolver-map";
import {
  createErrors,
  groupDoesNotExist,
  inputErrors,
  MAX_SELLING_PLANS,
  newPlanErrors,
  tooManyPlans,
  userError,
  type SellingPlanGroupInput,
  type SellingPlanGroupUserError,
} from "../support/selling-plan-input";
import { newSellingPlan, updateSellingPlan } from "../support/selling-plan-records";
import { sellingPlanGroupSummary } from "../support/selling-plan-summary";
import { resourceErrors, type ResourceInput } from "./selling-plan-group-resources";
import { groupByGid } from "./selling-plan-groups";

/** `sellingPlanGroupCreate`, `sellingPlanGroupUpdate` and `sellingPlanGroupDelete`. */

function summarize(state: DevStoreState, group: DevSellingPlanGroup) {
  group.summary = sellingPlanGroupSummary(group.sellingPlans, state.shop.moneyFormat);
}

function createGroup(context: AdminContext, args: Args) {
  const input = args.input as SellingPlanGroupInput;
  const resources = (args.resources ?? {}) as ResourceInput;
  const { store, now } = context;
  const failed = (userErrors: SellingPlanGroupUserError[]) => ({ sellingPlanGroup: null, userErrors });
  const invalid = inputErrors(input);
  if (invalid.length) return failed(invalid);
  const model = [...createErrors(input), ...resourceErrors(context, resources, null, ["resources"])];
  if (model.length) return failed(model);

  const time = now().toISOString();
  const group = store.change((state) => {
    const name = input.name?.trim() ?? "";
    const created: DevSellingPlanGroup = {
      id: store.nextId(),
      name,
      merchantCode: input.merchantCode ?? name,
      description: input.description ?? null,
      options: input.options ?? [],
      position: input.position ?? null,
      appId: input.appId ?? null,
      summary: "",
      sellingPlans: (input.sellingPlansToCreate ?? []).map((plan) => newSellingPlan(plan, store.nextId(), time)),
      productIds: (resources.productIds ?? []).map((id) => idFromGid(id, "Product") as string),
      variantIds: (resources.productVariantIds ?? []).map((id) => idFromGid(id, "ProductVariant") as string),
      createdAt: time,
      updatedAt: time,
    };
    summarize(state, created);
    state.sellingPlanGroups.push(created);
    return created;
  });
  return { sellingPlanGroup: group, userErrors: [] };
}

function planIdsOf(group: DevSellingPlanGroup, ids: string[]): (string | null)[] {
  return ids.map((id) => {
    const planId = idFromGid(id, "SellingPlan");
    return planId && group.sellingPlans.some((plan) => plan.id === planId) ? planId : null;
  });
}

function updateGroup(context: AdminContext, args: Args) {
  const input = args.input as SellingPlanGroupInput;
  const { store, now } = context;
  const failed = (userErrors: SellingPlanGroupUserError[]) => ({
    deletedSellingPlanIds: null,
    sellingPlanGroup: null,
    userErrors,
  });
  const group = groupByGid(context, args.id as string);
  if (!group) return failed([groupDoesNotExist()]);

  const planOf = (planId: string) => group.sellingPlans.find((plan) => gid("SellingPlan", plan.id) === planId);
  const invalid = inputErrors(input, (planId) => {
    const plan = planOf(planId);
    return plan ? { billing: plan.billingPolicy.kind, delivery: plan.deliveryPolicy.kind } : null;
  });
  if (invalid.length) return failed(invalid);

  const errors: SellingPlanGroupUserError[] = [];
  if (input.name != null && !input.name.trim())
    errors.push(userError(["input", "name"], "Name can't be blank", "BLANK"));
  (input.sellingPlansToUpdate ?? []).forEach((plan, index) => {
    if (!planOf(plan.id as string)) {
      errors.push(
        userError(
          ["input", "sellingPlansToUpdate", String(index), "id"],
          "Selling plan does not exist.",
          "PLAN_DOES_NOT_EXIST",
        ),
      );
    }
  });
  const toDelete = planIdsOf(group, input.sellingPlansToDelete ?? []);
  if (toDelete.includes(null)) {
    errors.push(
      userError(
        ["input", "sellingPlansToDelete"],
        "The selling plan list provided contains 1 or more invalid IDs.",
        "RESOURCE_LIST_CONTAINS_INVALID_IDS",
      ),
    );
  }
  const toCreate = input.sellingPlansToCreate ?? [];
  errors.push(...newPlanErrors(toCreate));
  const remaining = group.sellingPlans.length - new Set(toDelete).size + toCreate.length;
  if (remaining === 0) {
    errors.push(
      userError(
        ["input", "sellingPlansToDelete"],
        "Selling plans to delete can't result in a selling plan group with no selling plan.",
        "SELLING_PLAN_COUNT_LOWER_BOUND",
      ),
    );
  } else if (remaining > MAX_SELLING_PLANS) {
    errors.push(tooManyPlans());
  }
  if (errors.length) return failed(errors);

  const time = now().toISOString();
  const deleted = store.change((state) => {
    if (input.name != null) group.name = input.name.trim();
    if (input.merchantCode != null) group.merchantCode = input.merchantCode;
    if (input.description !== undefined) group.description = input.description;
    if (input.options != null) group.options = input.options;
    if (input.position !== undefined) group.position = input.position;
    if (input.appId !== undefined) group.appId = input.appId;
    for (const planInput of input.sellingPlansToUpdate ?? []) {
      updateSellingPlan(planOf(planInput.id as string)!, planInput, time);
    }
    const deletedIds = new Set(toDelete as string[]);
    group.sellingPlans = group.sellingPlans.filter((plan) => !deletedIds.has(plan.id));
    group.sellingPlans.push(...toCreate.map((plan) => newSellingPlan(plan, store.nextId(), time)));
    group.updatedAt = time;
    summarize(state, group);
    return [...deletedIds];
  });
  return {
    deletedSellingPlanIds: deleted.map((id) => gid("SellingPlan", id)),
    sellingPlanGroup: group,
    userErrors: [],
  };
}

export const sellingPlanGroupMutationResolvers: ResolverMap = {
  Mutation: {
    sellingPlanGroupCreate: (_source, args, context) => createGroup(context, args),
    sellingPlanGroupUpdate: (_source, args, context) => updateGroup(context, args),
    sellingPlanGroupDelete: (_source, args, context) => {
      const group = groupByGid(context, args.id as string);
      if (!group) return { deletedSellingPlanGroupId: null, userErrors: [groupDoesNotExist()] };
      context.store.change((state) => {
        state.sellingPlanGroups = state.sellingPlanGroups.filter((candidate) => candidate.id !== group.id);
      });
      return { deletedSellingPlanGroupId: gid("SellingPlanGroup", group.id), userErrors: [] };
    },
  },
};
