import { readFunctionConfiguration } from "../../storefront/tiered-discount/src/read-function-configuration";
import type { TieredDiscountConfig } from "../../storefront/tiered-discount/src/tiered-discount-config";
import type { CombinesWith } from "./tiered-discount-draft";

/** Shopify's status of a discount: from its start and end, or EXPIRED once deactivated. */
export type ShopifyDiscountStatus = "ACTIVE" | "EXPIRED" | "SCHEDULED";

/**
 * One of the app's tiered discounts as Shopify holds it. Fieldtest keeps no copy: the config
 * is read back from the discount's function-configuration metafield.
 */
export interface SavedTieredDiscount {
  /** gid://shopify/DiscountAutomaticNode/… */
  id: string;
  title: string;
  status: ShopifyDiscountStatus;
  startsAt: string;
  endsAt: string | null;
  combinesWith: CombinesWith;
  /** null when the metafield is missing or holds a config the Function would refuse. */
  config: TieredDiscountConfig | null;
}

/** A discount node as the Admin API documents ask for it (tiered-discount-admin-api.server.ts). */
export interface TieredDiscountNode {
  id: string;
  discount: {
    __typename: string;
    title?: string;
    status?: ShopifyDiscountStatus;
    startsAt?: string;
    endsAt?: string | null;
    combinesWith?: CombinesWith;
  };
  metafield: { jsonValue: unknown } | null;
}

/**
 * The node as a tiered discount, or null for any other discount (another app's, or one of
 * this app's without the tiered discount's metafield, which only this app can read).
 */
export function savedTieredDiscount(node: TieredDiscountNode): SavedTieredDiscount | null {
  const { discount } = node;
  if (discount.__typename !== "DiscountAutomaticApp" || !node.metafield) return null;
  return {
    id: node.id,
    title: discount.title ?? "",
    status: discount.status ?? "EXPIRED",
    startsAt: discount.startsAt ?? "",
    endsAt: discount.endsAt ?? null,
    combinesWith: {
      productDiscounts: discount.combinesWith?.productDiscounts ?? false,
      orderDiscounts: discount.combinesWith?.orderDiscounts ?? false,
      shippingDiscounts: discount.combinesWith?.shippingDiscounts ?? false,
    },
    config: readFunctionConfiguration(node.metafield.jsonValue),
  };
}

/** The number at the end of the node's gid: the id in the admin's URLs. */
export function discountUrlId(id: string): string {
  return id.slice(id.lastIndexOf("/") + 1);
}

export function discountNodeId(urlId: string): string | null {
  return /^[1-9]\d*$/.test(urlId) ? `gid://shopify/DiscountAutomaticNode/${urlId}` : null;
}
