import { z } from "zod";
import { readNewDraftProduct, type NewDraftProduct, type NewDraftProductField } from "./new-draft-product";
import { readPreorderForm, type PreorderForm, type PreorderFormContext, type PreorderFormField } from "./preorder-form";
import type { PreorderTestDraft } from "./preorder-test-draft";

/**
 * The create form: the preorder's settings (preorder-form.ts) on an existing product, or on a
 * new draft product made from a title, price and image (new-draft-product.ts). A new product's
 * ids exist only once Shopify has created it, so its settings are read without them and joined
 * to the product afterwards (withProduct).
 */

export const productSources = ["existing", "new"] as const;
export type ProductSource = (typeof productSources)[number];

export type CreatePreorderFormField = PreorderFormField | NewDraftProductField | "productSource";

/** A draft without the product it is for. */
export type PreorderSettings = Omit<PreorderTestDraft, "productId" | "variantIds">;

export type CreatePreorderFormResult =
  | { ok: true; source: "existing"; draft: PreorderTestDraft }
  | { ok: true; source: "new"; product: NewDraftProduct; settings: PreorderSettings }
  | { ok: false; errors: Partial<Record<CreatePreorderFormField, string>> };

/** Stand-ins that pass the product checks while the product does not exist yet; never stored. */
const pendingProduct = { productId: "gid://shopify/Product/0", variantIds: ["gid://shopify/ProductVariant/0"] };

const productSource = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim() || "existing")
  .pipe(z.enum(productSources, { error: "Choose an existing product or create a new one" }));

export function readCreatePreorderForm(form: PreorderForm, context: PreorderFormContext): CreatePreorderFormResult {
  const source = productSource.safeParse(form.productSource);
  if (!source.success) return { ok: false, errors: { productSource: source.error.issues[0].message } };
  if (source.data === "existing") {
    const read = readPreorderForm(form, context);
    return read.ok ? { ok: true, source: "existing", draft: read.draft } : read;
  }
  const settings = readPreorderForm({ ...form, ...pendingProduct }, context);
  const product = readNewDraftProduct(form, context.currency);
  if (!settings.ok || !product.ok) {
    return { ok: false, errors: { ...(settings.ok ? {} : settings.errors), ...(product.ok ? {} : product.errors) } };
  }
  const { productId: _productId, variantIds: _variantIds, ...rest } = settings.draft;
  return { ok: true, source: "new", product: product.product, settings: rest };
}

/** The settings on the product Shopify created for them. */
export function withProduct(settings: PreorderSettings, productId: string, variantIds: string[]): PreorderTestDraft {
  return { productId, variantIds: [...variantIds], ...settings };
}
