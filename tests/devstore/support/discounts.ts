import { functionConfigurationMetafieldValue } from "../../../storefront/tiered-discount/src/configuration-metafield";
import {
  FUNCTION_CONFIGURATION_METAFIELD,
  TIERED_DISCOUNT_FUNCTION_HANDLE,
} from "../../../storefront/tiered-discount/src/configuration-metafield";
import type { TieredDiscountConfig } from "../../../storefront/tiered-discount/src/tiered-discount-config";

/**
 * Creating Fieldtest's tiered discounts over a dev store's Admin API, as the app does:
 * discountAutomaticAppCreate with the function's handle and the config in its JSON
 * metafield (with the input query's variables beside it).
 *
 *   const id = await createTieredDiscount(admin.request, { title: "Launch day", config: launchDayFlashSale });
 */

export type AdminRequest = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ body: { data?: Record<string, unknown> | null; errors?: unknown } }>;

export const CREATE_DISCOUNT = `#graphql
  mutation CreateTieredDiscount($discount: DiscountAutomaticAppInput!) {
    discountAutomaticAppCreate(automaticAppDiscount: $discount) {
      automaticAppDiscount { discountId title status }
      userErrors { field message code extraInfo }
    }
  }
`;

export interface TieredDiscountOptions {
  title: string;
  config: TieredDiscountConfig;
  startsAt?: string;
  endsAt?: string | null;
  combinesWith?: { productDiscounts?: boolean; orderDiscounts?: boolean; shippingDiscounts?: boolean };
}

/** The input the app sends; spend tiers are order discounts, the others product discounts. */
export function tieredDiscountInput(options: TieredDiscountOptions) {
  return {
    title: options.title,
    functionHandle: TIERED_DISCOUNT_FUNCTION_HANDLE,
    discountClasses: [options.config.kind === "spend" ? "ORDER" : "PRODUCT"],
    startsAt: options.startsAt ?? "2026-01-01T00:00:00Z",
    endsAt: options.endsAt ?? null,
    combinesWith: options.combinesWith ?? {},
    metafields: [
      {
        namespace: FUNCTION_CONFIGURATION_METAFIELD.namespace,
        key: FUNCTION_CONFIGURATION_METAFIELD.key,
        type: FUNCTION_CONFIGURATION_METAFIELD.type,
        value: JSON.stringify(functionConfigurationMetafieldValue(options.config)),
      },
    ],
  };
}

/** Creates the discount; returns its DiscountAutomaticNode id, or throws with what the Admin API said. */
export async function createTieredDiscount(request: AdminRequest, options: TieredDiscountOptions): Promise<string> {
  const { body } = await request(CREATE_DISCOUNT, { discount: tieredDiscountInput(options) });
  const payload = (body.data?.discountAutomaticAppCreate ?? null) as {
    automaticAppDiscount: { discountId: string } | null;
    userErrors: unknown[];
  } | null;
  if (!payload?.automaticAppDiscount) throw new Error(`discountAutomaticAppCreate failed: ${JSON.stringify(body)}`);
  return payload.automaticAppDiscount.discountId;
}
