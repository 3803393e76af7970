import { createHash } from "node:crypto";
import type { DevMetafield, DevStoreState } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import { isOtherAppNamespace, resolveAppNamespace } from "../support/app-namespace";
import { isKnownMetafieldType, validateMetafieldValue } from "../support/metafield-values";
import { findMetafield, metafieldOwnerKey, ownerTypeOf } from "./metafields";
import { findNode, parseGid } from "./nodes";

/**
 * Checking and writing one metafield input, as metafieldsSet does; productCreate uses the
 * same rules for the metafields it creates with the product.
 */

export interface MetafieldsSetInput {
  ownerId: string;
  namespace?: string | null;
  key: string;
  value: string;
  type?: string | null;
  compareDigest?: string | null;
}

export interface MetafieldsSetUserError {
  field: string[] | null;
  message: string;
  code: string | null;
  elementIndex: number | null;
}

const RESERVED_NAMESPACES = new Set(["shopify_standard", "protected", "shopify-l10n-fields"]);
export const NOT_ALLOWED = "Access to this namespace and key on Metafields for this resource type is not allowed.";

export function compareDigestOf(metafield: Omit<DevMetafield, "compareDigest" | "id" | "createdAt">): string {
  const { ownerId, namespace, key, type, value, updatedAt } = metafield;
  return createHash("sha256")
    .update(JSON.stringify([ownerId, namespace, key, type, value, updatedAt]))
    .digest("hex");
}

export interface PlannedWrite {
  input: MetafieldsSetInput;
  namespace: string;
  type: string;
}

/** `ownerExists` false: the owner is being created in the same mutation. */
export function checkMetafieldInput(
  state: DevStoreState,
  input: MetafieldsSetInput,
  index: number,
  ownerExists = true,
): { errors: MetafieldsSetUserError[]; write: PlannedWrite | null } {
  const at = (...rest: string[]) => ["metafields", String(index), ...rest];
  const error = (field: string[], message: string, code: string | null, elementIndex: number | null = null) => ({
    field,
    message,
    code,
    elementIndex,
  });
  const { appId } = state.app;
  const owner = parseGid(input.ownerId);
  if (owner && !ownerTypeOf(input.ownerId)) throw notImplemented(`metafieldsSet for ${owner.type} owners`);
  if (ownerExists && (!owner || !findNode(state, input.ownerId))) {
    return { errors: [error(at("ownerId"), "Owner does not exist.", "INVALID")], write: null };
  }
  const namespace = resolveAppNamespace(input.namespace, appId);
  if (isOtherAppNamespace(namespace, appId))
    return { errors: [error(at(), NOT_ALLOWED, "APP_NOT_AUTHORIZED")], write: null };

  const errors: MetafieldsSetUserError[] = [];
  if (RESERVED_NAMESPACES.has(namespace)) {
    errors.push(error(at("namespace"), `Namespace ${namespace} is a reserved namespace`, null));
  } else if (namespace.length < 3) {
    errors.push(error(at("namespace"), "Namespace is too short (minimum is 3 characters)", "TOO_SHORT"));
  } else if (namespace.length > 255) {
    errors.push(error(at("namespace"), "Namespace is too long (maximum is 255 characters)", "TOO_LONG"));
  }
  if (input.key.length < 2) errors.push(error(at("key"), "Key is too short (minimum is 2 characters)", "TOO_SHORT"));
  if (input.key.length > 64) errors.push(error(at("key"), "Key is too long (maximum is 64 characters)", "TOO_LONG"));

  const existing = findMetafield(state, input.ownerId, namespace, input.key);
  const type = input.type ?? existing?.type ?? null;
  if (!type) {
    errors.push(error(at("type"), "Type can't be blank", "BLANK"));
  } else if (!isKnownMetafieldType(type)) {
    errors.push(error(at("type"), `Type '${type}' is not a valid metafield type.`, "INVALID_TYPE"));
  }
  if (input.compareDigest != null && input.compareDigest !== existing?.compareDigest) {
    errors.push(error(at(), "Invalid `compareDigest` value.", "INVALID_COMPARE_DIGEST"));
  }
  if (errors.length || !type) return { errors, write: null };

  const problem = validateMetafieldValue(type, input.value, {
    shopCurrency: state.shop.currencyCode,
    exists: (gid) => findNode(state, gid) !== null,
  });
  if (problem)
    return { errors: [error(at("value"), problem.message, "INVALID_VALUE", problem.elementIndex)], write: null };
  return { errors: [], write: { input, namespace, type } };
}

export function writeMetafield(
  state: DevStoreState,
  planned: PlannedWrite,
  now: string,
  nextId: () => string,
): DevMetafield {
  const { input, namespace, type } = planned;
  const existing = findMetafield(state, input.ownerId, namespace, input.key);
  const ownerId = metafieldOwnerKey(input.ownerId);
  const fields = { ownerId, namespace, key: input.key, type, value: input.value, updatedAt: now };
  if (existing) {
    Object.assign(existing, fields, { compareDigest: compareDigestOf(fields) });
    return existing;
  }
  const created: DevMetafield = { id: nextId(), ...fields, createdAt: now, compareDigest: compareDigestOf(fields) };
  state.metafields.push(created);
  return created;
}
