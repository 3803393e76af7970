import { gid, idFromGid } from "../../state/store";
import { notImplemented } from "../errors/dev-store-error";
import type { ResolverMap } from "../resolver-map";
import { findProduct } from "./products";

/**
 * `productDelete`, synchronous (the default): the product goes with its variants, images and
 * metafields, and leaves the selling plan groups it or its variants were in. Orders keep their
 * lines; their product and variant read null from then on, as on Shopify. Captured: the clean-up
 * deletes of the selling plan and metafield captures (deletedProductId, no userErrors).
 */
export const productDeleteResolvers: ResolverMap = {
  Mutation: {
    productDelete: (_source, args, { store }) => {
      if (args.synchronous === false) throw notImplemented("productDelete(synchronous: false)");
      const { state } = store;
      const productId = idFromGid((args.input as { id: string }).id, "Product");
      const product = productId ? findProduct(state, productId) : null;
      if (!product) {
        return {
          deletedProductId: null,
          productDeleteOperation: null,
          shop: state.shop,
          userErrors: [{ field: ["id"], message: "Product does not exist" }],
        };
      }
      store.change((draft) => {
        const variantIds = new Set(product.variants.map((variant) => variant.id));
        const owners = new Set([
          gid("Product", product.id),
          ...[...variantIds].map((variantId) => gid("ProductVariant", variantId)),
        ]);
        draft.products = draft.products.filter((candidate) => candidate !== product);
        draft.metafields = draft.metafields.filter((metafield) => !owners.has(metafield.ownerId));
        for (const group of draft.sellingPlanGroups) {
          group.productIds = group.productIds.filter((id) => id !== product.id);
          group.variantIds = group.variantIds.filter((id) => !variantIds.has(id));
        }
      });
      return {
        deletedProductId: gid("Product", product.id),
        productDeleteOperation: null,
        shop: state.shop,
        userErrors: [],
      };
    },
  },
};
