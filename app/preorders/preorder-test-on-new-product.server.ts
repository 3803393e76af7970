import type { Db } from "../db.server";
import type { AdminApi } from "../shopify/admin.server";
import { withProduct, type PreorderSettings } from "./create-preorder-form";
import { createDraftProduct, deleteProductAgain } from "./draft-product.server";
import type { NewDraftProduct } from "./new-draft-product";
import { createPreorderTest, type CreateResult } from "./preorder-tests.server";

/**
 * A preorder test on a product made for it: the draft product first, then the test on its one
 * variant (createPreorderTest, which undoes its own steps when one fails). If the test can't be
 * created, the product is deleted again, so a failure leaves nothing behind in Shopify or the
 * database; the message says so, or that the product must be deleted by hand.
 */
export async function createPreorderTestOnNewProduct(
  db: Db,
  admin: AdminApi,
  input: { shop: string; product: NewDraftProduct; settings: PreorderSettings; timeZone: string; now: Date },
): Promise<CreateResult> {
  const product = await createDraftProduct(admin, input.product);
  if (!product.ok) return { ok: false, errors: product.errors as Record<string, string> };

  let created: CreateResult;
  try {
    created = await createPreorderTest(db, admin, {
      shop: input.shop,
      draft: withProduct(input.settings, product.productId, [product.variantId]),
      productTitle: product.title,
      timeZone: input.timeZone,
      now: input.now,
    });
  } catch (error) {
    const deleted = await deleteProductAgain(admin, product);
    throw new Error(`${(error as Error).message}. ${deleted}`, { cause: error });
  }
  if (created.ok) return created;
  // The new product has no variant picker: whatever Shopify refused is said for the whole form.
  const refused = Object.values(created.errors).join(" ");
  return { ok: false, errors: { form: `${refused} ${await deleteProductAgain(admin, product)}` } };
}
