import { groupsOfVariant } from "../../state/selling-plans";
import { gid, idFromGid } from "../../state/store";
import type { DevStoreState, DevVariant } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import type { AdminContext } from "../request-context";
import type { Args, ResolverMap, TypeResolvers } from "../resolver-map";
import { connectionFrom, countOf } from "../support/connection";
import { searchableRootFields } from "../support/sorted-connection";
import {
  containsText,
  matchesDate,
  matchesNumber,
  matchesText,
  searchRecords,
  type SearchFields,
} from "../support/search-query";
import type { SortKeys } from "../support/sort";
import { metafieldOwnerResolvers } from "./metafields";
import { processedImages } from "./product-media";
import { findProduct, imageOf } from "./products";

/** Product variants: `productVariant(s)` and the ProductVariant type. */

export function findVariant(state: DevStoreState, variantId: string): DevVariant | null {
  for (const product of state.products) {
    const variant = product.variants.find((candidate) => candidate.id === variantId);
    if (variant) return variant;
  }
  return null;
}

function ownGroupCount(state: DevStoreState, variant: DevVariant): number {
  return state.sellingPlanGroups.filter((group) => group.variantIds.includes(variant.id)).length;
}

function productOf(state: DevStoreState, variant: DevVariant) {
  const product = findProduct(state, variant.productId);
  if (!product) throw new Error(`Variant ${variant.id} has no product ${variant.productId}`);
  return product;
}

const VARIANT_SORT_KEYS: SortKeys<DevVariant> = {
  ID: (variant) => Number(variant.id),
  RELEVANCE: (variant) => Number(variant.id),
  POSITION: (variant) => variant.position,
  SKU: (variant) => variant.sku,
  TITLE: (variant) => variant.title.toLowerCase(),
  INVENTORY_QUANTITY: (variant) => variant.inventoryQuantity,
};

const VARIANT_SEARCH: SearchFields<DevVariant> = {
  text: (variant, term) => containsText(variant.title, term) || containsText(variant.sku, term),
  id: (variant, term) => matchesNumber(variant.id, term),
  product_id: (variant, term) => matchesNumber(variant.productId, term),
  sku: (variant, term) => matchesText(variant.sku, term),
  title: (variant, term) => containsText(variant.title, term),
  inventory_quantity: (variant, term) => matchesNumber(variant.inventoryQuantity, term),
  created_at: (variant, term) => matchesDate(variant.createdAt, term),
  updated_at: (variant, term) => matchesDate(variant.updatedAt, term),
};

function searchVariants(context: AdminContext, args: Args, path: (string | number)[]) {
  if (args.savedSearchId != null) throw notImplemented(`${String(path[path.length - 1])}(savedSearchId)`);
  const variants = context.store.state.products.flatMap((product) => product.variants);
  return searchRecords(variants, args.query as string | null, VARIANT_SEARCH, { path, reports: context.searchReports });
}

const variantFields: TypeResolvers<DevVariant> = {
  id: (variant) => gid("ProductVariant", variant.id),
  legacyResourceId: (variant) => variant.id,
  title: (variant) => variant.title,
  displayName: (variant, _args, { store }) => `${productOf(store.state, variant).title} - ${variant.title}`,
  sku: (variant) => variant.sku,
  price: (variant) => variant.price,
  compareAtPrice: (variant) => variant.compareAtPrice,
  inventoryQuantity: (variant) => variant.inventoryQuantity,
  availableForSale: (variant) => variant.inventoryQuantity > 0,
  sellableOnlineQuantity: (variant) => Math.max(0, variant.inventoryQuantity),
  selectedOptions: (variant) => variant.selectedOptions.map((option) => ({ name: option.name, value: option.value })),
  position: (variant) => variant.position,
  product: (variant, _args, { store }) => productOf(store.state, variant),
  image: (variant, _args, context) => {
    const [image] = processedImages(context, productOf(context.store.state, variant));
    return image ? imageOf(image, context.origin) : null;
  },
  createdAt: (variant) => variant.createdAt,
  updatedAt: (variant) => variant.updatedAt,
  // Groups applied to the variant or to its product; the count is of the variant's own (as captured).
  sellingPlanGroups: (variant, args, { store }) =>
    connectionFrom(groupsOfVariant(store.state, variant), args, (group) => ({ id: group.id, value: group.id })),
  sellingPlanGroupsCount: (variant, _args, { store }) => countOf(ownGroupCount(store.state, variant), null),
  sellingPlanGroupCount: (variant, _args, { store }) => ownGroupCount(store.state, variant),
  ...metafieldOwnerResolvers<DevVariant>((variant) => gid("ProductVariant", variant.id)),
};

export const productVariantResolvers: ResolverMap = {
  QueryRoot: {
    productVariant: (_source, args, { store }) => {
      const id = idFromGid(args.id as string, "ProductVariant");
      return id ? findVariant(store.state, id) : null;
    },
    ...searchableRootFields("productVariants", searchVariants, VARIANT_SORT_KEYS),
  },
  ProductVariant: variantFields,
};
