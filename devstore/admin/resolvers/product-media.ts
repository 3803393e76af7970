import { idFromGid } from "../../state/store";
import type { DevImage, DevProduct } from "../../state/types";
import { notImplemented } from "../errors/dev-store-error";
import type { AdminContext } from "../request-context";
import { typed, type ResolverMap } from "../resolver-map";
import type { MediaImageSource } from "./nodes";
import { findProduct } from "./products";

/**
 * Product media created from `CreateMediaInput` (productCreate's `media`, productCreateMedia):
 * images by URL. As captured (products/product-create-media-parity.json), the request that adds
 * an image answers it UPLOADED with no image yet and Product.images leaves it out; Shopify then
 * processes it for a few seconds (PROCESSING), the dev store by the next request (READY). The
 * file is not downloaded: its URL is the one given, its size unknown.
 */

export interface CreateMediaInput {
  originalSource: string;
  alt?: string | null;
  mediaContentType: string;
}

interface MediaUserError {
  field: string[];
  message: string;
}

/** Only images are kept; an originalSource that is no http(s) URL is refused (message not captured). */
export function mediaInputErrors(mutation: string, inputs: CreateMediaInput[]): MediaUserError[] {
  const errors: MediaUserError[] = [];
  inputs.forEach((input, index) => {
    if (input.mediaContentType !== "IMAGE") {
      throw notImplemented(`${mutation}(media.mediaContentType: ${input.mediaContentType})`);
    }
    if (!isWebUrl(input.originalSource)) {
      errors.push({ field: ["media", String(index), "originalSource"], message: "Image URL is invalid" });
    }
  });
  return errors;
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** Adds the images to the product (call inside store.change) and marks them as uploaded by this request. */
export function addMedia(context: AdminContext, product: DevProduct, inputs: CreateMediaInput[]): DevImage[] {
  return inputs.map((input) => {
    const image: DevImage = {
      id: context.store.nextId(),
      url: input.originalSource,
      altText: input.alt ?? "",
      width: null,
      height: null,
    };
    product.images.push(image);
    context.uploadedMedia.add(image.id);
    return image;
  });
}

/** Whether the image is processed (READY): any image not created by the current request. */
export function isProcessed(context: AdminContext, image: DevImage): boolean {
  return !context.uploadedMedia.has(image.id);
}

/** The product's images that Product.images, featuredImage and the variant's image show. */
export function processedImages(context: AdminContext, product: DevProduct): DevImage[] {
  return product.images.filter((image) => isProcessed(context, image));
}

export const productMediaResolvers: ResolverMap = {
  Mutation: {
    productCreateMedia: (_source, args, context) => {
      const inputs = args.media as CreateMediaInput[];
      const productId = idFromGid(args.productId as string, "Product");
      const product = productId ? findProduct(context.store.state, productId) : null;
      if (!product) {
        return {
          media: null,
          mediaUserErrors: [{ field: ["productId"], message: "Product does not exist" }],
          product: null,
        };
      }
      const errors = mediaInputErrors("productCreateMedia", inputs);
      if (errors.length) return { media: null, mediaUserErrors: errors, product };
      const images = context.store.change(() => {
        product.updatedAt = context.now().toISOString();
        return addMedia(context, product, inputs);
      });
      return {
        media: images.map((image) => mediaImage(product, image)),
        mediaUserErrors: [],
        product,
      };
    },
  },
};

/** The MediaImage source of one of the product's images. */
function mediaImage(product: DevProduct, image: DevImage) {
  return typed("MediaImage", { product, imageIndex: product.images.indexOf(image) } satisfies MediaImageSource);
}
