import { findMetafield, jsonValueOf } from "../../../admin/resolvers/metafields";
import { isOtherAppNamespace, resolveAppNamespace } from "../../../admin/support/app-namespace";
import { formatDecimal, fromCents } from "../../../admin/support/money";
import { collectionsOfProduct } from "../../../state/collections";
import { gid } from "../../../state/store";
import type { DevAutomaticAppDiscount, DevProduct, DevStoreState } from "../../../state/types";
import { toCents } from "../../money";
import type { PricedLine } from "../priced-cart";
import { localTimeFields, shopLocalDateTime } from "./local-time";

/**
 * The Discount Function API's `Input` for one discount and one cart, as resolvers: the
 * extension's input query runs against them, so the Function gets exactly the fields it asks
 * for. Fields not listed here are not served (see run-discount-function.ts). The dev store
 * sells in one currency: the presentment rate is 1. Collection membership is the manual
 * collections' product lists.
 */

/** A cart line as the Function sees it; prices in cents, before any discount. */
export type FunctionCartLine = Pick<
  PricedLine,
  "line" | "product" | "variant" | "allocation" | "unitPrice" | "linePrice"
> & {
  /** gid://shopify/CartLine/<position>, the id the Function's targets name. */
  id: string;
};

export interface FunctionInputContext {
  state: DevStoreState;
  discount: DevAutomaticAppDiscount;
  lines: FunctionCartLine[];
  attributes: Record<string, string>;
  now: Date;
}

type Args = Record<string, unknown>;

/** A selling plan line compares with the variant's own price; any other with the variant's compare-at price. */
function compareAtPrice({ allocation, variant }: FunctionCartLine): number | null {
  if (allocation) return allocation.compareAtPrice;
  return variant.compareAtPrice === null ? null : toCents(variant.compareAtPrice);
}

export function cartLineId(position: number): string {
  return gid("CartLine", String(position));
}

export function functionInputRoot({ state, discount, lines, attributes, now }: FunctionInputContext) {
  const { shop } = state;
  const money = (cents: number) => ({ amount: formatDecimal(fromCents(cents)), currencyCode: shop.currencyCode });
  const metafieldOf =
    (ownerId: string) =>
    ({ namespace, key }: Args) => {
      const resolved = resolveAppNamespace(namespace as string | null, state.app.appId);
      if (isOtherAppNamespace(resolved, state.app.appId)) return null;
      const metafield = findMetafield(state, ownerId, resolved, key as string);
      return metafield && { type: metafield.type, value: metafield.value, jsonValue: jsonValueOf(metafield) };
    };
  const attribute =
    (values: Record<string, string>) =>
    ({ key }: Args) =>
      typeof key === "string" && key in values ? { key, value: values[key] } : null;

  const product = (record: DevProduct) => {
    const memberOf = new Set(
      collectionsOfProduct(state, record.id).map((collection) => gid("Collection", collection.id)),
    );
    return {
      id: gid("Product", record.id),
      handle: record.handle,
      title: record.title,
      vendor: record.vendor || null,
      productType: record.productType || null,
      // The dev store sells no gift cards.
      isGiftCard: false,
      hasAnyTag: ({ tags }: Args) => (tags as string[]).some((tag) => record.tags.includes(tag)),
      hasTags: ({ tags }: Args) => (tags as string[]).map((tag) => ({ tag, hasTag: record.tags.includes(tag) })),
      inAnyCollection: ({ ids }: Args) => (ids as string[]).some((id) => memberOf.has(id)),
      inCollections: ({ ids }: Args) =>
        (ids as string[]).map((collectionId) => ({ collectionId, isMember: memberOf.has(collectionId) })),
      metafield: metafieldOf(gid("Product", record.id)),
    };
  };

  const cartLine = (line: FunctionCartLine) => ({
    id: line.id,
    quantity: line.line.quantity,
    attribute: attribute(line.line.properties),
    cost: {
      amountPerQuantity: money(line.unitPrice),
      compareAtAmountPerQuantity: compareAtPrice(line) === null ? null : money(compareAtPrice(line) as number),
      subtotalAmount: money(line.linePrice),
      totalAmount: money(line.linePrice),
    },
    merchandise: {
      __typename: "ProductVariant",
      id: gid("ProductVariant", line.variant.id),
      title: line.variant.title,
      sku: line.variant.sku || null,
      requiresShipping: true,
      metafield: metafieldOf(gid("ProductVariant", line.variant.id)),
      product: product(line.product),
    },
    sellingPlanAllocation: line.allocation && {
      sellingPlan: {
        id: gid("SellingPlan", line.allocation.plan.id),
        name: line.allocation.plan.name,
        description: line.allocation.plan.description,
        recurringDeliveries: line.allocation.plan.deliveryPolicy.kind === "recurring",
      },
    },
  });

  const subtotal = lines.reduce((sum, line) => sum + line.linePrice, 0);
  return {
    cart: {
      lines: lines.map(cartLine),
      attribute: attribute(attributes),
      // A cart has no buyer before checkout: the storefront keeps no customer accounts.
      buyerIdentity: null,
      cost: { subtotalAmount: money(subtotal), totalAmount: money(subtotal) },
    },
    discount: {
      discountClasses: discount.discountClasses,
      metafield: metafieldOf(gid("DiscountAutomaticNode", discount.id)),
    },
    localization: {
      country: { isoCode: shop.countryCode },
      language: { isoCode: shop.primaryLocale.toUpperCase() },
    },
    presentmentCurrencyRate: "1.0",
    shop: {
      localTime: localTimeFields(shopLocalDateTime(now, shop.ianaTimezone)),
      metafield: metafieldOf(gid("Shop", shop.id)),
    },
    triggeringDiscountCode: null,
  };
}
