import { gid, idFromGid } from "../../state/store";
import type { DevProduct, DevStoreState } from "../../state/types";
import { notImplemented, shopifyError } from "../errors/dev-store-error";
import type { Args, ResolverMap } from "../resolver-map";
import { handleize, uniqueHandle } from "../support/handle";
import { checkMetafieldInput, writeMetafield } from "./metafield-writes";
import { addMedia, mediaInputErrors, type CreateMediaInput } from "./product-media";
import { findProduct } from "./products";

/**
 * `productCreate` and `productUpdate` for the product fields the data model keeps, and
 * productCreate's images (product-media.ts). Input the dev store cannot store (SEO, templates,
 * options, other media…) is refused with an error rather than dropped.
 */

interface ProductFieldsInput {
  id?: string | null;
  title?: string | null;
  handle?: string | null;
  descriptionHtml?: string | null;
  vendor?: string | null;
  productType?: string | null;
  tags?: string[] | null;
  status?: DevProduct["status"] | null;
  requiresSellingPlan?: boolean | null;
  metafields?: { namespace?: string | null; key: string; value: string; type?: string | null }[] | null;
  [unsupported: string]: unknown;
}

const SUPPORTED_FIELDS = new Set([
  "id",
  "title",
  "handle",
  "descriptionHtml",
  "vendor",
  "productType",
  "tags",
  "status",
  "requiresSellingPlan",
  "metafields",
]);

/** Values that equal Shopify's default need no storage, so they are accepted. */
function isDefault(value: unknown): boolean {
  return value == null || value === false || (Array.isArray(value) && value.length === 0);
}

function refuseUnsupported(mutation: string, argument: string, input: ProductFieldsInput) {
  for (const [field, value] of Object.entries(input)) {
    if (!SUPPORTED_FIELDS.has(field) && !isDefault(value)) throw notImplemented(`${mutation}(${argument}.${field})`);
  }
}

/** The one argument of `input` (legacy ProductInput) and `product` that was given. */
function productArgument(mutation: string, args: Args): { name: string; input: ProductFieldsInput } {
  if ((args.input == null) === (args.product == null)) {
    throw shopifyError(
      `${mutation} must include exactly one of the following arguments: input, product.`,
      "INVALID_FIELD_ARGUMENTS",
    );
  }
  return args.product != null ? { name: "product", input: args.product } : { name: "input", input: args.input };
}

function handleTaken(state: DevStoreState, handle: string, except?: DevProduct) {
  return state.products.some((product) => product !== except && product.handle === handle);
}

/** A requested handle, normalized as Shopify does: blank means "from the title", nothing left means "product". */
function requestedHandle(handle: string | null | undefined): string | null {
  if (handle == null || handle.trim() === "") return null;
  return handleize(handle) || "product";
}

function handleInUse(handle: string) {
  return { field: ["input", "handle"], message: `Handle '${handle}' already in use. Please provide a new handle.` };
}

function uniqueTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}

export const productMutationResolvers: ResolverMap = {
  Mutation: {
    productCreate: (_source, args, context) => {
      const { store, now } = context;
      const { name, input } = productArgument("productCreate", args);
      refuseUnsupported("productCreate", name, input);
      const media = (args.media ?? []) as CreateMediaInput[];
      const { state } = store;
      const shop = state.shop;
      const title = input.title?.trim() ?? "";
      if (title === "")
        return { product: null, shop, userErrors: [{ field: ["title"], message: "Title can't be blank" }] };
      const explicitHandle = requestedHandle(input.handle);
      if (explicitHandle && handleTaken(state, explicitHandle)) {
        return { product: null, shop, userErrors: [handleInUse(explicitHandle)] };
      }
      const handle =
        explicitHandle ?? uniqueHandle(handleize(title) || "product", (candidate) => handleTaken(state, candidate));
      // The metafields are checked as metafieldsSet checks them, before anything is written.
      const metafields = (input.metafields ?? []).map((metafield, index) =>
        checkMetafieldInput(state, { ...metafield, ownerId: "gid://shopify/Product/0" }, index, false),
      );
      const metafieldErrors = metafields.flatMap((result) => result.errors);
      if (metafieldErrors.length) {
        return { product: null, shop, userErrors: metafieldErrors.map(({ field, message }) => ({ field, message })) };
      }
      const mediaErrors = mediaInputErrors("productCreate", media);
      if (mediaErrors.length) return { product: null, shop, userErrors: mediaErrors };
      const time = now().toISOString();
      const product = store.change((draft) => {
        const productId = store.nextId();
        const created: DevProduct = {
          id: productId,
          title,
          handle,
          descriptionHtml: input.descriptionHtml ?? "",
          vendor: input.vendor ?? shop.name,
          productType: input.productType ?? "",
          tags: uniqueTags(input.tags ?? []),
          status: input.status ?? "ACTIVE",
          options: [{ name: "Title", values: ["Default Title"] }],
          images: [],
          variants: [
            {
              id: store.nextId(),
              productId,
              title: "Default Title",
              sku: "",
              price: "0.00",
              compareAtPrice: null,
              inventoryQuantity: 0,
              selectedOptions: [{ name: "Title", value: "Default Title" }],
              position: 1,
              createdAt: time,
              updatedAt: time,
            },
          ],
          createdAt: time,
          updatedAt: time,
          publishedAt: null,
          ...(input.requiresSellingPlan ? { requiresSellingPlan: true } : {}),
        };
        draft.products.push(created);
        addMedia(context, created, media);
        for (const { write } of metafields) {
          if (write)
            writeMetafield(
              draft,
              { ...write, input: { ...write.input, ownerId: gid("Product", productId) } },
              time,
              () => store.nextId(),
            );
        }
        return created;
      });
      return { product, shop, userErrors: [] };
    },
    productUpdate: (_source, args, { store, now }) => {
      if (args.identifier != null) throw notImplemented("productUpdate(identifier)");
      if (args.media != null && (args.media as unknown[]).length > 0) throw notImplemented("productUpdate(media)");
      const { name, input } = productArgument("productUpdate", args);
      refuseUnsupported("productUpdate", name, input);
      const { state } = store;
      const id = input.id ? idFromGid(input.id, "Product") : null;
      const product = id ? findProduct(state, id) : null;
      if (!product) return { product: null, userErrors: [{ field: ["id"], message: "Product does not exist" }] };
      if (input.title != null && input.title.trim() === "") {
        return { product, userErrors: [{ field: ["title"], message: "Title can't be blank" }] };
      }
      const handle = requestedHandle(input.handle);
      if (handle && handleTaken(state, handle, product)) return { product, userErrors: [handleInUse(handle)] };
      store.change(() => {
        if (input.title != null) product.title = input.title.trim();
        if (handle) product.handle = handle;
        if (input.descriptionHtml != null) product.descriptionHtml = input.descriptionHtml;
        if (input.vendor != null) product.vendor = input.vendor;
        if (input.productType != null) product.productType = input.productType;
        if (input.tags != null) product.tags = uniqueTags(input.tags);
        if (input.status != null) product.status = input.status;
        if (input.requiresSellingPlan != null) product.requiresSellingPlan = input.requiresSellingPlan;
        product.updatedAt = now().toISOString();
      });
      return { product, userErrors: [] };
    },
  },
};
