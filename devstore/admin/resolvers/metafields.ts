import { gid } from "../../state/store";
import type { DevMetafield, DevStoreState } from "../../state/types";
import type { Args, ResolverMap, TypeResolvers } from "../resolver-map";
import { isOtherAppNamespace, resolveAppNamespace } from "../support/app-namespace";
import { connectionFrom } from "../support/connection";
import { findNode, parseGid } from "./nodes";

/** Reading metafields: the Metafield type and `metafield`/`metafields` on every owner. */

const OWNER_TYPES: Record<string, string> = {
  Product: "PRODUCT",
  ProductVariant: "PRODUCTVARIANT",
  Customer: "CUSTOMER",
  Order: "ORDER",
  Shop: "SHOP",
  AppInstallation: "API_PERMISSION",
  DiscountAutomaticNode: "DISCOUNT",
  DiscountNode: "DISCOUNT",
  DiscountCodeNode: "DISCOUNT",
};

export function ownerTypeOf(ownerId: string): string | null {
  const parsed = parseGid(ownerId);
  return parsed ? (OWNER_TYPES[parsed.type] ?? null) : null;
}

/**
 * The owner id a metafield is kept under. A discount is both a DiscountNode and a
 * DiscountAutomaticNode with the same number; its metafields are kept under the latter,
 * whichever id names it.
 */
export function metafieldOwnerKey(ownerId: string): string {
  const parsed = parseGid(ownerId);
  return parsed?.type === "DiscountNode" ? gid("DiscountAutomaticNode", parsed.id) : ownerId;
}

/** The owner's metafields this app may see: everything but other apps' reserved namespaces. */
export function visibleMetafields(state: DevStoreState, ownerId: string): DevMetafield[] {
  const owner = metafieldOwnerKey(ownerId);
  return state.metafields
    .filter((metafield) => metafield.ownerId === owner && !isOtherAppNamespace(metafield.namespace, state.app.appId))
    .sort((a, b) => Number(a.id) - Number(b.id));
}

export function findMetafield(state: DevStoreState, ownerId: string, namespace: string, key: string) {
  const owner = metafieldOwnerKey(ownerId);
  return state.metafields.find((m) => m.ownerId === owner && m.namespace === namespace && m.key === key) ?? null;
}

const JSON_TYPES = /^(json|money|dimension|volume|weight|rating|link|list\..+)$/;

export function jsonValueOf(metafield: DevMetafield): unknown {
  if (JSON_TYPES.test(metafield.type)) return JSON.parse(metafield.value);
  if (metafield.type === "number_integer") return Number.parseInt(metafield.value, 10);
  if (metafield.type === "boolean") return metafield.value === "true";
  return metafield.value;
}

/** `metafield(namespace, key)` and `metafields(...)` for a type whose gid `ownerIdOf` gives. */
export function metafieldOwnerResolvers<TSource>(
  ownerIdOf: (source: TSource, state: DevStoreState) => string,
): TypeResolvers<TSource> {
  return {
    metafield: (source, args, { store }) => {
      const { state } = store;
      const namespace = resolveAppNamespace(args.namespace as string | null, state.app.appId);
      if (isOtherAppNamespace(namespace, state.app.appId)) return null;
      return findMetafield(state, ownerIdOf(source, state), namespace, args.key as string);
    },
    metafields: (source, args: Args, { store }) => {
      const { state } = store;
      let metafields = visibleMetafields(state, ownerIdOf(source, state));
      if (args.namespace != null) {
        const namespace = resolveAppNamespace(args.namespace as string, state.app.appId);
        metafields = metafields.filter((metafield) => metafield.namespace === namespace);
      }
      if (args.keys != null) {
        const keys = new Set((args.keys as string[]).map((key) => resolveQualifiedKey(key, state.app.appId)));
        metafields = metafields.filter((metafield) => keys.has(`${metafield.namespace}.${metafield.key}`));
      }
      return connectionFrom(metafields, args, (metafield) => ({ id: metafield.id, value: metafield.id }));
    },
  };
}

/** `keys` entries are "namespace.key"; the namespace part may be `$app:…`. */
function resolveQualifiedKey(qualified: string, appId: string): string {
  const dot = qualified.lastIndexOf(".");
  if (dot === -1) return qualified;
  return `${resolveAppNamespace(qualified.slice(0, dot), appId)}.${qualified.slice(dot + 1)}`;
}

const metafieldFields: TypeResolvers<DevMetafield> = {
  id: (metafield) => `gid://shopify/Metafield/${metafield.id}`,
  legacyResourceId: (metafield) => metafield.id,
  namespace: (metafield) => metafield.namespace,
  key: (metafield) => metafield.key,
  type: (metafield) => metafield.type,
  value: (metafield) => metafield.value,
  jsonValue: (metafield) => jsonValueOf(metafield),
  compareDigest: (metafield) => metafield.compareDigest,
  createdAt: (metafield) => metafield.createdAt,
  updatedAt: (metafield) => metafield.updatedAt,
  ownerType: (metafield) => ownerTypeOf(metafield.ownerId),
  owner: (metafield, _args, { store }) => findNode(store.state, metafield.ownerId),
  // The dev store keeps no metafield definitions, so no metafield has one.
  definition: () => null,
  description: () => null,
};

export const metafieldResolvers: ResolverMap = {
  Metafield: metafieldFields,
};
