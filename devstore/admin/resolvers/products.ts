import { groupsOfProduct } from "../../state/selling-plans";
import { gid, idFromGid } from "../../state/store";
import type { DevImage, DevProduct, DevStoreState } from "../../state/types";
import { customIdNeedsDefinition, notImplemented } from "../errors/dev-store-error";
import type { AdminContext } from "../request-context";
import { typed, type Args, type ResolverMap, type TypeResolvers } from "../resolver-map";
import { connectionFrom, countOf } from "../support/connection";
import { searchableRootFields } from "../support/sorted-connection";
import { moneyV2, toMicros } from "../support/money";
import {
  containsText,
  matchesAnyTag,
  matchesDate,
  matchesNumber,
  matchesText,
  searchRecords,
  type SearchFields,
} from "../support/search-query";
import type { SortKeys } from "../support/sort";
import { metafieldOwnerResolvers } from "./metafields";
import type { MediaImageSource } from "./nodes";
import { isProcessed, processedImages } from "./product-media";

/** Products: the root queries, the Product type, its options and media. */

export function findProduct(state: DevStoreState, productId: string): DevProduct | null {
  return state.products.find((product) => product.id === productId) ?? null;
}

function ownGroupCount(state: DevStoreState, product: DevProduct): number {
  return state.sellingPlanGroups.filter((group) => group.productIds.includes(product.id)).length;
}

export function totalInventory(product: DevProduct): number {
  return product.variants.reduce((total, variant) => total + variant.inventoryQuantity, 0);
}

const PRODUCT_SORT_KEYS: SortKeys<DevProduct> = {
  ID: (product) => Number(product.id),
  RELEVANCE: (product) => Number(product.id),
  TITLE: (product) => product.title.toLowerCase(),
  PRODUCT_TYPE: (product) => product.productType.toLowerCase(),
  VENDOR: (product) => product.vendor.toLowerCase(),
  INVENTORY_TOTAL: (product) => totalInventory(product),
  CREATED_AT: (product) => product.createdAt,
  UPDATED_AT: (product) => product.updatedAt,
  PUBLISHED_AT: (product) => product.publishedAt,
};

const PRODUCT_SEARCH: SearchFields<DevProduct> = {
  text: (product, term) =>
    [product.title, product.vendor, product.productType, ...product.tags, ...product.variants.map((v) => v.sku)].some(
      (text) => containsText(text, term),
    ),
  id: (product, term) => matchesNumber(product.id, term),
  title: (product, term) => (term.prefix ? matchesText(product.title, term) : containsText(product.title, term)),
  handle: (product, term) => matchesText(product.handle, term),
  vendor: (product, term) => matchesText(product.vendor, term),
  product_type: (product, term) => matchesText(product.productType, term),
  tag: (product, term) => matchesAnyTag(product.tags, term),
  tag_not: (product, term) => !matchesAnyTag(product.tags, term),
  status: (product, term) => term.value.split(",").some((status) => status.toUpperCase() === product.status),
  sku: (product, term) => product.variants.some((variant) => matchesText(variant.sku, term)),
  created_at: (product, term) => matchesDate(product.createdAt, term),
  updated_at: (product, term) => matchesDate(product.updatedAt, term),
  published_at: (product, term) => matchesDate(product.publishedAt, term),
  inventory_total: (product, term) => matchesNumber(totalInventory(product), term),
  published_status: (product, term) => {
    const published = product.publishedAt !== null;
    if (term.value === "published") return published;
    if (term.value === "unpublished") return !published;
    return true;
  },
};

function searchProducts(context: AdminContext, args: Args, path: (string | number)[]): DevProduct[] {
  if (args.savedSearchId != null) throw notImplemented(`${String(path[path.length - 1])}(savedSearchId)`);
  const { products } = context.store.state;
  return searchRecords(products, args.query as string | null, PRODUCT_SEARCH, { path, reports: context.searchReports });
}

function storeUrl(state: DevStoreState, path: string) {
  return `https://${state.shop.myshopifyDomain}${path}`;
}

/** An image as the Image type shows it; the dev store serves the file itself. */
export function imageOf(image: DevImage, origin: string) {
  const url = /^https?:/.test(image.url) ? image.url : `${origin}${image.url}`;
  return {
    id: gid("ProductImage", image.id),
    url,
    altText: image.altText,
    width: image.width,
    height: image.height,
    thumbhash: null,
  };
}

function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6]|\/tr)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

function truncate(text: string, length: number | null | undefined): string {
  if (length == null || text.length <= length) return text;
  return `${text.slice(0, Math.max(0, length - 1)).trimEnd()}…`;
}

function priceRange(product: DevProduct, currencyCode: string, priceOf: (index: number) => string | null) {
  const prices = product.variants
    .map((_variant, index) => priceOf(index))
    .filter((price): price is string => price !== null);
  const sorted = [...prices].sort((a, b) => toMicros(a) - toMicros(b));
  const min = sorted[0] ?? "0";
  const max = sorted[sorted.length - 1] ?? "0";
  return { minVariantPrice: moneyV2(min, currencyCode), maxVariantPrice: moneyV2(max, currencyCode) };
}

function optionsOf(product: DevProduct) {
  return product.options.map((option, index) => ({
    id: gid("ProductOption", `${product.id}${index + 1}`),
    name: option.name,
    position: index + 1,
    values: option.values,
    optionValues: option.values.map((value, valueIndex) => ({
      id: gid("ProductOptionValue", `${product.id}${index + 1}${valueIndex + 1}`),
      name: value,
      hasVariants: product.variants.some((variant) => variant.selectedOptions[index]?.value === value),
    })),
  }));
}

function mediaOf(product: DevProduct) {
  return product.images.map((_image, imageIndex) =>
    typed("MediaImage", { product, imageIndex } satisfies MediaImageSource),
  );
}

const productFields: TypeResolvers<DevProduct> = {
  id: (product) => gid("Product", product.id),
  legacyResourceId: (product) => product.id,
  title: (product) => product.title,
  handle: (product) => product.handle,
  descriptionHtml: (product) => product.descriptionHtml,
  description: (product, args) => truncate(plainText(product.descriptionHtml), args.truncateAt as number | null),
  vendor: (product) => product.vendor,
  productType: (product) => product.productType,
  tags: (product) => [...product.tags].sort((a, b) => a.localeCompare(b)),
  status: (product) => product.status,
  createdAt: (product) => product.createdAt,
  updatedAt: (product) => product.updatedAt,
  publishedAt: (product) => product.publishedAt,
  onlineStoreUrl: (product, _args, { store }) =>
    product.status === "ACTIVE" && product.publishedAt ? storeUrl(store.state, `/products/${product.handle}`) : null,
  onlineStorePreviewUrl: (product, _args, { store }) => storeUrl(store.state, `/products/${product.handle}`),
  // The dev store has no theme templates and no SEO overrides: Shopify shows these as unset.
  templateSuffix: () => null,
  seo: () => ({ title: null, description: null }),
  isGiftCard: () => false,
  requiresSellingPlan: (product) => product.requiresSellingPlan ?? false,
  // Dev store products are not filed in Shopify's product taxonomy.
  category: () => null,
  // Groups applied to the product or to any of its variants; the count is of the product's own.
  sellingPlanGroups: (product, args, { store }) =>
    connectionFrom(groupsOfProduct(store.state, product), args, (group) => ({ id: group.id, value: Number(group.id) })),
  sellingPlanGroupsCount: (product, _args, { store }) => countOf(ownGroupCount(store.state, product), null),
  sellingPlanGroupCount: (product, _args, { store }) => ownGroupCount(store.state, product),
  options: (product, args) => optionsOf(product).slice(0, (args.first as number | null) ?? undefined),
  variants: (product, args) => {
    const byId = args.sortKey === "ID";
    if (!byId && args.sortKey !== "POSITION")
      throw notImplemented(`Product.variants(sortKey: ${String(args.sortKey)})`);
    const variants = [...product.variants].sort((a, b) =>
      byId ? Number(a.id) - Number(b.id) : a.position - b.position,
    );
    return connectionFrom(variants, args, (variant) => ({ id: variant.id, value: variant.position }));
  },
  variantsCount: (product) => countOf(product.variants.length, null),
  totalVariants: (product) => product.variants.length,
  totalInventory: (product) => totalInventory(product),
  tracksInventory: () => true,
  hasOnlyDefaultVariant: (product) => product.variants.length === 1 && product.variants[0].title === "Default Title",
  hasOutOfStockVariants: (product) => product.variants.some((variant) => variant.inventoryQuantity <= 0),
  priceRangeV2: (product, _args, { store }) =>
    priceRange(product, store.state.shop.currencyCode, (index) => product.variants[index].price),
  compareAtPriceRange: (product, _args, { store }) =>
    priceRange(product, store.state.shop.currencyCode, (index) => product.variants[index].compareAtPrice),
  featuredMedia: (product, _args, context) => {
    const [first] = processedImages(context, product);
    return first ? mediaOf(product)[product.images.indexOf(first)] : null;
  },
  featuredImage: (product, _args, context) => {
    const [first] = processedImages(context, product);
    return first ? imageOf(first, context.origin) : null;
  },
  media: (product, args) => {
    if (args.query != null) throw notImplemented("Product.media(query)");
    return connectionFrom(mediaOf(product), args, (media) => ({
      id: product.images[media.imageIndex].id,
      value: media.imageIndex + 1,
    }));
  },
  mediaCount: (product) => countOf(product.images.length, null),
  images: (product, args, context) =>
    connectionFrom(
      processedImages(context, product).map((image) => imageOf(image, context.origin)),
      args,
      (image) => ({ id: idFromGid(image.id, "ProductImage") ?? "", value: image.id }),
    ),
  ...metafieldOwnerResolvers<DevProduct>((product) => gid("Product", product.id)),
};

const MIME_TYPES: Record<string, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
};

function ready({ product, imageIndex }: MediaImageSource, context: AdminContext) {
  return isProcessed(context, product.images[imageIndex]);
}

const mediaImageFields: TypeResolvers<MediaImageSource> = {
  id: ({ product, imageIndex }) => gid("MediaImage", product.images[imageIndex].id),
  alt: ({ product, imageIndex }) => product.images[imageIndex].altText,
  mediaContentType: () => "IMAGE",
  status: (source, _args, context) => (ready(source, context) ? "READY" : "UPLOADED"),
  fileStatus: (source, _args, context) => (ready(source, context) ? "READY" : "UPLOADED"),
  image: (source, _args, context) =>
    ready(source, context) ? imageOf(source.product.images[source.imageIndex], context.origin) : null,
  preview: (source, _args, context) =>
    ready(source, context)
      ? { image: imageOf(source.product.images[source.imageIndex], context.origin), status: "READY" }
      : { image: null, status: "UPLOADED" },
  mimeType: ({ product, imageIndex }) => MIME_TYPES[product.images[imageIndex].url.split(".").pop() ?? ""] ?? null,
  mediaErrors: () => [],
  mediaWarnings: () => [],
  fileErrors: () => [],
  createdAt: ({ product }) => product.createdAt,
  updatedAt: ({ product }) => product.updatedAt,
};

export const productResolvers: ResolverMap = {
  QueryRoot: {
    product: (_source, args, { store }) => {
      const id = idFromGid(args.id as string, "Product");
      return id ? findProduct(store.state, id) : null;
    },
    productByHandle: (_source, args, { store }) =>
      store.state.products.find((product) => product.handle === args.handle) ?? null,
    productByIdentifier: (_source, args, { store }) => {
      const identifier = args.identifier as { id?: string; handle?: string; customId?: unknown };
      if (identifier.customId != null) throw customIdNeedsDefinition();
      if (identifier.id != null) {
        const id = idFromGid(identifier.id, "Product");
        return id ? findProduct(store.state, id) : null;
      }
      return store.state.products.find((product) => product.handle === identifier.handle) ?? null;
    },
    ...searchableRootFields("products", searchProducts, PRODUCT_SORT_KEYS),
  },
  Product: productFields,
  MediaImage: mediaImageFields,
};
