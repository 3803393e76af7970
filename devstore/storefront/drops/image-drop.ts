import { Drop } from "liquidjs";
import type { DevImage } from "../../state/types";

/** A product image, as Liquid's `image` object (and its media twin). */
export class ImageDrop extends Drop {
  readonly #image: DevImage;
  readonly #productId: string;
  readonly #position: number;

  constructor(image: DevImage, productId: string, position: number) {
    super();
    this.#image = image;
    this.#productId = productId;
    this.#position = position;
  }

  get id() {
    return Number(this.#image.id);
  }
  get src() {
    return this.#image.url;
  }
  get url() {
    return this.#image.url;
  }
  get alt() {
    return this.#image.altText;
  }
  get width() {
    return this.#image.width;
  }
  get height() {
    return this.#image.height;
  }
  get aspect_ratio() {
    return this.#image.width && this.#image.height ? this.#image.width / this.#image.height : 1;
  }
  get position() {
    return this.#position;
  }
  get product_id() {
    return Number(this.#productId);
  }
  get media_type() {
    return "image";
  }
  get preview_image() {
    return this;
  }

  toJSON() {
    return {
      id: this.id,
      alt: this.alt,
      position: this.position,
      product_id: this.product_id,
      src: this.src,
      width: this.width,
      height: this.height,
      aspect_ratio: this.aspect_ratio,
    };
  }
}
