import { Drop } from "liquidjs";
import { ImageDrop } from "../drops/image-drop";
import { splitFilterArgs } from "./filter-args";

/**
 * What `image_url` returns: prints as the URL, and remembers the image so that
 * `image_tag` can fill in alt, width and height, as Shopify's does.
 */
export class ImageUrl extends Drop {
  constructor(
    readonly url: string,
    readonly image: ImageDrop | null,
    readonly width: number | null,
    readonly height: number | null,
  ) {
    super();
  }

  valueOf() {
    return this.url;
  }

  toString() {
    return this.url;
  }
}

/** `{{ product.featured_image | image_url: width: 600 }}` (also accepts a product, variant or URL). */
export function imageUrlFilter(input: unknown, ...args: unknown[]): ImageUrl | string {
  const image = imageOf(input);
  const src = image?.src ?? (typeof input === "string" ? input : null);
  if (!src) return "";
  const { named } = splitFilterArgs(args);
  const width = named.width ? Number(named.width) : null;
  const height = named.height ? Number(named.height) : null;
  return new ImageUrl(withSize(src, width, height), image, width, height);
}

export function withSize(src: string, width: number | null, height: number | null): string {
  const url = new URL(src, "http://devstore.invalid");
  if (width) url.searchParams.set("width", String(width));
  if (height) url.searchParams.set("height", String(height));
  return /^https?:/.test(src) ? url.toString() : url.pathname + url.search;
}

export function imageOf(input: unknown): ImageDrop | null {
  if (input instanceof ImageDrop) return input;
  if (input instanceof Drop && input.featured_image instanceof ImageDrop) return input.featured_image;
  return null;
}
