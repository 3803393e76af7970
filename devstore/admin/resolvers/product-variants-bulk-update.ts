import { idFromGid } from "../../state/store";
import type { DevProduct, DevVariant } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import type { ResolverMap } from "../resolver-map";
import { formatMoney, toMicros } from "../support/money";
import { findProduct } from "./products";

/**
 * `productVariantsBulkUpdate` for the prices the data model keeps (price, compareAtPrice). All
 * or nothing, as with Shopify's default allowPartialUpdates: false. Other variant fields and
 * media are refused with an error rather than dropped. No capture covers its userErrors: the
 * codes are the schema's ProductVariantsBulkUpdateUserErrorCode, the messages their descriptions.
 */

interface VariantInput {
  id?: string | null;
  price?: string | null;
  compareAtPrice?: string | null;
  [unsupported: string]: unknown;
}

interface BulkUpdateUserError {
  field: string[];
  message: string;
  code: string;
}

const SUPPORTED_FIELDS = new Set(["id", "price", "compareAtPrice"]);

function refuseUnsupported(inputs: VariantInput[]) {
  for (const input of inputs) {
    for (const [field, value] of Object.entries(input)) {
      if (!SUPPORTED_FIELDS.has(field) && value != null) {
        throw notImplemented(`productVariantsBulkUpdate(variants.${field})`);
      }
    }
  }
}

function variantErrors(product: DevProduct, inputs: VariantInput[]) {
  const errors: BulkUpdateUserError[] = [];
  const variants: DevVariant[] = [];
  inputs.forEach((input, index) => {
    const at = (field: string) => ["variants", String(index), field];
    if (input.id == null) {
      errors.push({
        field: at("id"),
        message: "Product variant is missing ID attribute.",
        code: "PRODUCT_VARIANT_ID_MISSING",
      });
      return;
    }
    const variantId = idFromGid(input.id, "ProductVariant");
    const variant = product.variants.find((candidate) => candidate.id === variantId);
    if (!variant) {
      errors.push({
        field: at("id"),
        message: "Product variant does not exist.",
        code: "PRODUCT_VARIANT_DOES_NOT_EXIST",
      });
      return;
    }
    for (const field of ["price", "compareAtPrice"] as const) {
      const amount = input[field];
      if (amount != null && toMicros(amount) < 0) {
        errors.push({ field: at(field), message: "Price cannot take a negative value.", code: "NEGATIVE_PRICE_VALUE" });
      }
    }
    variants.push(variant);
  });
  return { errors, variants };
}

export const productVariantsBulkUpdateResolvers: ResolverMap = {
  Mutation: {
    productVariantsBulkUpdate: (_source, args, { store, now }) => {
      if ((args.media as unknown[] | null)?.length) throw notImplemented("productVariantsBulkUpdate(media)");
      if (args.allowPartialUpdates === true)
        throw notImplemented("productVariantsBulkUpdate(allowPartialUpdates: true)");
      const inputs = args.variants as VariantInput[];
      refuseUnsupported(inputs);
      const productId = idFromGid(args.productId as string, "Product");
      const product = productId ? findProduct(store.state, productId) : null;
      if (!product) {
        return {
          product: null,
          productVariants: null,
          userErrors: [{ field: ["productId"], message: "Product does not exist.", code: "PRODUCT_DOES_NOT_EXIST" }],
        };
      }
      const { errors, variants } = variantErrors(product, inputs);
      if (errors.length) return { product, productVariants: null, userErrors: errors };
      store.change(() => {
        const time = now().toISOString();
        inputs.forEach((input, index) => {
          const variant = variants[index];
          if (input.price != null) variant.price = formatMoney(input.price);
          if (input.compareAtPrice !== undefined) {
            variant.compareAtPrice = input.compareAtPrice === null ? null : formatMoney(input.compareAtPrice);
          }
          variant.updatedAt = time;
        });
        product.updatedAt = time;
      });
      return { product, productVariants: variants, userErrors: [] };
    },
  },
};
