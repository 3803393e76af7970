import type { DevProduct } from "../state/types";
import { CATALOGUE, variantSku } from "./catalogue";
import { PRODUCT_IMAGE_SIZE } from "./images";
import type { Random } from "./random";

const DAY = 86_400_000;

/** The catalogue as products, added to the shop over the past year (the draft one recently). */
export function seedProducts(random: Random, now: Date, nextId: () => string): DevProduct[] {
  const ages = CATALOGUE.map((entry) => (entry.status === "DRAFT" ? 12 : random.int(120, 420))).sort((a, b) => b - a);
  return CATALOGUE.map((entry, i): DevProduct => {
    const createdAt = new Date(now.getTime() - ages[i] * DAY + random.int(0, 43_199) * 1000).toISOString();
    const updatedAt = new Date(Date.parse(createdAt) + random.int(1, Math.min(ages[i] - 1, 60)) * DAY).toISOString();
    const id = nextId();
    return {
      id,
      title: entry.title,
      handle: entry.handle,
      descriptionHtml: entry.descriptionHtml,
      vendor: entry.vendor,
      productType: entry.productType,
      // Copies: the store mutates its state, and the catalogue must stay as written for the next seed.
      tags: [...entry.tags],
      status: entry.status,
      options: entry.options.map((option) => ({ name: option.name, values: [...option.values] })),
      images: [
        {
          id: nextId(),
          url: `/images/products/${entry.handle}.svg`,
          altText: entry.title,
          width: PRODUCT_IMAGE_SIZE,
          height: PRODUCT_IMAGE_SIZE,
        },
      ],
      variants: entry.variants.map((variant, position) => ({
        id: nextId(),
        productId: id,
        title: variant.values.join(" / "),
        sku: variantSku(entry, variant.values),
        price: variant.price,
        compareAtPrice: variant.compareAtPrice ?? null,
        inventoryQuantity: variant.inventory,
        selectedOptions: entry.options.map((option, j) => ({ name: option.name, value: variant.values[j] })),
        position: position + 1,
        createdAt,
        updatedAt,
      })),
      createdAt,
      updatedAt,
      publishedAt: entry.status === "ACTIVE" ? new Date(Date.parse(createdAt) + DAY).toISOString() : null,
    };
  });
}
