import { gid } from "../../state/store";
import type { DevStoreState } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import { resolveAppNamespace } from "../support/app-namespace";
import { discountUserError, type DiscountUserError } from "./discount-user-error";
import { findMetafield } from "./metafields";
import { checkMetafieldInput, writeMetafield, type PlannedWrite } from "./metafield-writes";

/**
 * The `metafields` of an app discount's input (MetafieldInput: namespace, key, type, value):
 * checked with metafieldsSet's rules before anything is written, then stored on the
 * discount (owner gid://shopify/DiscountAutomaticNode/<id>), `$app:` namespaces in their
 * reserved form. A Function's configuration is such a metafield, of type json.
 */

export interface DiscountMetafieldInput {
  id?: string | null;
  namespace?: string | null;
  key?: string | null;
  value?: string | null;
  type?: string | null;
}

/** The codes of metafieldsSet that DiscountErrorCode also has; the rest become INVALID. */
const SHARED_CODES = new Set(["BLANK", "TOO_SHORT", "TOO_LONG", "PRESENT", "TAKEN", "INVALID"]);

export function checkDiscountMetafields(
  state: DevStoreState,
  discountId: string | null,
  inputs: DiscountMetafieldInput[],
  argument: string,
  mutation: string,
): { errors: DiscountUserError[]; writes: PlannedWrite[] } {
  const errors: DiscountUserError[] = [];
  const writes: PlannedWrite[] = [];
  inputs.forEach((input, index) => {
    if (input.id != null) throw notImplemented(`${mutation}(${argument}.metafields.id)`);
    const ownerId = gid("DiscountAutomaticNode", discountId ?? "0");
    const namespace = resolveAppNamespace(input.namespace, state.app.appId);
    const existing = discountId ? findMetafield(state, ownerId, namespace, input.key ?? "") : null;
    const checked = checkMetafieldInput(
      state,
      {
        // The owner is checked here, not as a metafieldsSet owner: it is this discount.
        ownerId: "gid://shopify/Product/0",
        namespace: input.namespace,
        key: input.key ?? "",
        value: input.value ?? "",
        type: input.type ?? existing?.type ?? null,
      },
      index,
      false,
    );
    for (const error of checked.errors) {
      const code = error.code && SHARED_CODES.has(error.code) ? error.code : "INVALID";
      errors.push(discountUserError([argument, ...(error.field ?? [])], error.message, code));
    }
    if (checked.write) writes.push({ ...checked.write, input: { ...checked.write.input, ownerId } });
  });
  return { errors, writes };
}

/** Writes checked metafields onto the discount `discountId` (known only once it is created). */
export function writeDiscountMetafields(
  state: DevStoreState,
  discountId: string,
  writes: PlannedWrite[],
  now: string,
  nextId: () => string,
) {
  const ownerId = gid("DiscountAutomaticNode", discountId);
  for (const write of writes) writeMetafield(state, { ...write, input: { ...write.input, ownerId } }, now, nextId);
}
