import type { AdminApi } from "../shopify/admin.server";
import { adminQuery } from "../shopify/graphql.server";
import type { NewDraftProduct, NewDraftProductField } from "./new-draft-product";
import type { UserError } from "./preorder-admin-api.server";

/**
 * A new product for a preorder test, in Shopify: productCreate makes it a draft with its one
 * default variant ("Default Title"; ProductCreateInput has no variants, and one variant needs
 * no productOptions), and the image from its URL through `media`. Its price is the variant's,
 * set with productVariantsBulkUpdate. If that fails, the product is deleted again.
 */

const CREATE_DRAFT_PRODUCT = `#graphql
  mutation CreateDraftProduct($product: ProductCreateInput!, $media: [CreateMediaInput!]) {
    productCreate(product: $product, media: $media) {
      product {
        id
        title
        variants(first: 1) {
          nodes {
            id
          }
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`;

const SET_DRAFT_PRODUCT_PRICE = `#graphql
  mutation SetDraftProductPrice($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
    productVariantsBulkUpdate(productId: $productId, variants: $variants) {
      userErrors {
        field
        message
        code
      }
    }
  }
`;

const DELETE_PRODUCT = `#graphql
  mutation DeleteDraftProduct($id: ID!) {
    productDelete(input: { id: $id }) {
      deletedProductId
      userErrors {
        field
        message
      }
    }
  }
`;

export interface CreatedDraftProduct {
  productId: string;
  variantId: string;
  title: string;
}

export type DraftProductResult =
  ({ ok: true } & CreatedDraftProduct) | { ok: false; errors: Partial<Record<NewDraftProductField | "form", string>> };

/** Shopify's userErrors on the form's fields: the title, the image; anything else for the whole form. */
function fieldOf(error: UserError): NewDraftProductField | "form" {
  const [first] = error.field ?? [];
  if (first === "title") return "newProductTitle";
  if (first === "media") return "newProductImageUrl";
  return "form";
}

function errorsOf(userErrors: UserError[], prefix: string) {
  const errors: Partial<Record<NewDraftProductField | "form", string>> = {};
  for (const error of userErrors) {
    const field = fieldOf(error);
    errors[field] = errors[field] ? `${errors[field]}; ${error.message}` : `${prefix}${error.message}`;
  }
  return errors;
}

export async function createDraftProduct(admin: AdminApi, product: NewDraftProduct): Promise<DraftProductResult> {
  type Payload = {
    product: { id: string; title: string; variants: { nodes: { id: string }[] } } | null;
    userErrors: UserError[];
  };
  const { productCreate: created } = await adminQuery<{ productCreate: Payload }>(admin, CREATE_DRAFT_PRODUCT, {
    product: { title: product.title, status: "DRAFT" },
    media: product.imageUrl
      ? [{ mediaContentType: "IMAGE", originalSource: product.imageUrl, alt: product.title }]
      : null,
  });
  if (created.userErrors.length || !created.product) {
    return { ok: false, errors: errorsOf(created.userErrors, "Shopify did not create the product: ") };
  }
  const { id: productId, title } = created.product;
  const variantId = created.product.variants.nodes[0]?.id;
  let problem: string | null;
  try {
    problem = variantId
      ? await setPrice(admin, productId, variantId, product.price)
      : "Shopify created the product without a variant to sell.";
  } catch (error) {
    await deleteProduct(admin, productId).catch(() => undefined);
    throw error;
  }
  if (problem || !variantId) {
    return { ok: false, errors: { form: `${problem} ${await deleteProductAgain(admin, { productId, title })}` } };
  }
  return { ok: true, productId, variantId, title };
}

/** The default variant's price; the refusal in Shopify's words, or null. */
async function setPrice(admin: AdminApi, productId: string, variantId: string, price: string): Promise<string | null> {
  const { productVariantsBulkUpdate: priced } = await adminQuery<{
    productVariantsBulkUpdate: { userErrors: UserError[] };
  }>(admin, SET_DRAFT_PRODUCT_PRICE, { productId, variants: [{ id: variantId, price }] });
  if (priced.userErrors.length === 0) return null;
  return `Shopify did not accept the price: ${priced.userErrors.map((e) => e.message).join("; ")}.`;
}

export async function deleteProduct(admin: AdminApi, productId: string): Promise<UserError[]> {
  const data = await adminQuery<{ productDelete: { userErrors: UserError[] } }>(admin, DELETE_PRODUCT, {
    id: productId,
  });
  return data.productDelete.userErrors;
}

/**
 * Deletes a product made for a preorder that could not be set up, and says what happened for
 * the merchant: gone, or still there to delete by hand.
 */
export async function deleteProductAgain(
  admin: AdminApi,
  product: { productId: string; title: string },
): Promise<string> {
  let problem: string;
  try {
    const errors = await deleteProduct(admin, product.productId);
    if (errors.length === 0)
      return `The draft product “${product.title}” was deleted again: nothing was left half-created.`;
    problem = errors.map((e) => e.message).join("; ");
  } catch (error) {
    problem = (error as Error).message;
  }
  return `The draft product “${product.title}” could not be deleted again (${problem}): delete it in Shopify under Products.`;
}
