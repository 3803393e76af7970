import { findCollection } from "../../state/collections";
import { findSellingPlan, findSellingPlanGroup } from "../../state/selling-plans";
import type { DevOrder, DevOrderLine, DevProduct, DevStoreState } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import { typed, type ResolverMap, type Typed } from "../resolver-map";

/**
 * Global ids: `node(id)`, `nodes(ids)` and every place that turns a gid back into a
 * record (metafield owners, metafieldsSet). Each type's source is the record its resolvers
 * read; line items and images carry their parent along.
 */

export interface LineItemSource {
  order: DevOrder;
  line: DevOrderLine;
}

export interface MediaImageSource {
  product: DevProduct;
  imageIndex: number;
}

const GID = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(?:\?.*)?$/;

export function parseGid(value: string): { type: string; id: string } | null {
  const match = GID.exec(value);
  return match ? { type: match[1], id: match[2] } : null;
}

export function findNode(state: DevStoreState, id: string): Typed<object> | null {
  const parsed = parseGid(id);
  if (!parsed) return null;
  const found = findSource(state, parsed.type, parsed.id);
  return found ? typed(parsed.type, found) : null;
}

function findSource(state: DevStoreState, type: string, id: string): object | null {
  switch (type) {
    case "Product":
      return state.products.find((product) => product.id === id) ?? null;
    case "Collection":
      return findCollection(state, id);
    case "ProductVariant":
      return state.products.flatMap((product) => product.variants).find((variant) => variant.id === id) ?? null;
    case "MediaImage":
      for (const product of state.products) {
        const imageIndex = product.images.findIndex((image) => image.id === id);
        if (imageIndex !== -1) return { product, imageIndex } satisfies MediaImageSource;
      }
      return null;
    case "Customer":
      return state.customers.find((customer) => customer.id === id) ?? null;
    case "Order":
      return state.orders.find((order) => order.id === id) ?? null;
    case "LineItem":
      for (const order of state.orders) {
        const line = order.lines.find((candidate) => candidate.id === id);
        if (line) return { order, line } satisfies LineItemSource;
      }
      return null;
    case "Metafield":
      return state.metafields.find((metafield) => metafield.id === id) ?? null;
    case "SellingPlanGroup":
      return findSellingPlanGroup(state, id);
    case "SellingPlan":
      return findSellingPlan(state, id)?.plan ?? null;
    case "Shop":
      return state.shop.id === id ? state.shop : null;
    case "AppInstallation":
      return state.app.appId === id ? state.app : null;
    // One automatic discount answers to both ids, as on Shopify.
    case "DiscountAutomaticNode":
    case "DiscountNode":
      return (state.automaticDiscounts ?? []).find((discount) => discount.id === id) ?? null;
    // The dev store gives only automatic discounts: no code discount exists.
    case "DiscountCodeNode":
      return null;
    default:
      return null;
  }
}

const NODE_TYPES = new Set([
  "Product",
  "Collection",
  "ProductVariant",
  "MediaImage",
  "Customer",
  "Order",
  "LineItem",
  "Metafield",
  "SellingPlanGroup",
  "SellingPlan",
  "Shop",
  "AppInstallation",
  "DiscountAutomaticNode",
  "DiscountNode",
  "DiscountCodeNode",
]);

/** Ids of types the dev store keeps no records of are an error, not a silent null. */
function lookUpNode(state: DevStoreState, id: string) {
  const parsed = parseGid(id);
  if (parsed && !NODE_TYPES.has(parsed.type)) throw notImplemented(`node(id: "${id}") for ${parsed.type}`);
  return findNode(state, id);
}

export const nodeResolvers: ResolverMap = {
  QueryRoot: {
    node: (_source, args, { store }) => lookUpNode(store.state, args.id as string),
    nodes: (_source, args, { store }) => (args.ids as string[]).map((id) => lookUpNode(store.state, id)),
  },
};
