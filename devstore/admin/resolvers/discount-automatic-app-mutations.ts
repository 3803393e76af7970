import { gid } from "../../state/store";
import type { DevAutomaticAppDiscount } from "../../state/types";
import type { ResolverMap } from "../resolver-map";
import { requireAccessScope } from "../support/access-scopes";
import { checkAppDiscountInput, type DiscountAutomaticAppInput } from "./discount-app-input";
import { discountFunction } from "./discount-function-lookup";
import { checkDiscountMetafields, writeDiscountMetafields } from "./discount-metafields";
import { findAutomaticDiscount } from "./discount-nodes";
import { discountUserError, type DiscountUserError } from "./discount-user-error";

/**
 * `discountAutomaticAppCreate`, `discountAutomaticAppUpdate` and `discountAutomaticDelete`:
 * an automatic discount whose Function (named by its handle) checkout runs while the
 * discount is active, configured through the discount's metafields. Nothing is written
 * unless the whole input is valid. Errors as captured (see discount-app-input.ts and
 * discount-function-lookup.ts; unknown ids: discounts/discount-delete-unknown-id.json and
 * discount-validation-branches.json).
 */

const ARGUMENT = "automaticAppDiscount";

function failed(userErrors: DiscountUserError[]) {
  return { automaticAppDiscount: null, userErrors };
}

export const discountAutomaticAppMutationResolvers: ResolverMap = {
  Mutation: {
    discountAutomaticAppCreate: (_source, args, { store, now }) => {
      requireAccessScope(store.state, "discountAutomaticAppCreate", "write_discounts");
      const input = args.automaticAppDiscount as DiscountAutomaticAppInput;
      const found = discountFunction(store.state, input, ARGUMENT);
      if ("error" in found) return failed([found.error]);
      const checked = checkAppDiscountInput(input, null, "discountAutomaticAppCreate", ARGUMENT);
      const metafields = checkDiscountMetafields(
        store.state,
        null,
        input.metafields ?? [],
        ARGUMENT,
        "discountAutomaticAppCreate",
      );
      const userErrors = [...("errors" in checked ? checked.errors : []), ...metafields.errors];
      if (userErrors.length || !("fields" in checked)) return failed(userErrors);

      const time = now().toISOString();
      const discount = store.change((state) => {
        const created: DevAutomaticAppDiscount = {
          id: store.nextId(),
          functionHandle: found.extension.handle,
          ...checked.fields,
          createdAt: time,
          updatedAt: time,
        };
        (state.automaticDiscounts ??= []).push(created);
        writeDiscountMetafields(state, created.id, metafields.writes, time, () => store.nextId());
        return created;
      });
      return { automaticAppDiscount: discount, userErrors: [] };
    },

    discountAutomaticAppUpdate: (_source, args, context) => {
      const { store, now } = context;
      requireAccessScope(store.state, "discountAutomaticAppUpdate", "write_discounts");
      const existing = findAutomaticDiscount(context, args.id);
      if (!existing) return failed([discountUserError(["id"], "Discount does not exist", null)]);
      const input = args.automaticAppDiscount as DiscountAutomaticAppInput;
      let functionHandle = existing.functionHandle;
      if (input.functionHandle != null || input.functionId != null) {
        const found = discountFunction(store.state, input, ARGUMENT);
        if ("error" in found) return failed([found.error]);
        functionHandle = found.extension.handle;
      }
      const checked = checkAppDiscountInput(input, existing, "discountAutomaticAppUpdate", ARGUMENT);
      const metafields = checkDiscountMetafields(
        store.state,
        existing.id,
        input.metafields ?? [],
        ARGUMENT,
        "discountAutomaticAppUpdate",
      );
      const userErrors = [...("errors" in checked ? checked.errors : []), ...metafields.errors];
      if (userErrors.length || !("fields" in checked)) return failed(userErrors);

      const time = now().toISOString();
      const discount = store.change((state) => {
        Object.assign(existing, checked.fields, { functionHandle, updatedAt: time });
        writeDiscountMetafields(state, existing.id, metafields.writes, time, () => store.nextId());
        return existing;
      });
      return { automaticAppDiscount: discount, userErrors: [] };
    },

    discountAutomaticDelete: (_source, args, context) => {
      const { store } = context;
      requireAccessScope(store.state, "discountAutomaticDelete", "write_discounts");
      const existing = findAutomaticDiscount(context, args.id);
      if (!existing || !String(args.id).startsWith("gid://shopify/DiscountAutomaticNode/")) {
        const error = discountUserError(["id"], "Automatic discount does not exist.", "INVALID");
        return { deletedAutomaticDiscountId: null, userErrors: [error] };
      }
      const ownerId = gid("DiscountAutomaticNode", existing.id);
      store.change((state) => {
        state.automaticDiscounts = (state.automaticDiscounts ?? []).filter((discount) => discount !== existing);
        state.metafields = state.metafields.filter((metafield) => metafield.ownerId !== ownerId);
      });
      store.events.emit("discounts/delete", ownerId, context.now().toISOString());
      return { deletedAutomaticDiscountId: ownerId, userErrors: [] };
    },
  },
};
