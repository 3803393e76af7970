import type { DevCollection, DevProduct } from "../state/types";

const DAY = 86_400_000;

/** The demo shop's manual collections, by product handle; some products are in two, some in none. */
const COLLECTIONS: { handle: string; title: string; descriptionHtml: string; productHandles: string[] }[] = [
  {
    handle: "home-storage",
    title: "Home storage",
    descriptionHtml: "<p>Boxes, bags and baskets that put things away out of sight.</p>",
    productHandles: [
      "folding-storage-ottoman",
      "collapsible-laundry-basket",
      "under-bed-storage-bags",
      "stackable-shoe-boxes",
      "vacuum-storage-bags",
      "linen-closet-baskets",
    ],
  },
  {
    handle: "kitchen",
    title: "Kitchen",
    descriptionHtml: "<p>Organisers for drawers, counters and spices.</p>",
    productHandles: ["bamboo-drawer-organisers", "rolling-kitchen-cart", "magnetic-spice-jars"],
  },
  {
    handle: "small-spaces",
    title: "Small spaces",
    descriptionHtml: "<p>Furniture that folds away or hangs on a wall.</p>",
    productHandles: [
      "wall-mounted-folding-desk",
      "over-door-hanging-organiser",
      "modular-wall-shelf-system",
      "folding-storage-ottoman",
    ],
  },
];

export function seedCollections(products: DevProduct[], now: Date, nextId: () => string): DevCollection[] {
  const idOf = (handle: string) => {
    const product = products.find((candidate) => candidate.handle === handle);
    if (!product) throw new Error(`Collection seed names an unknown product: ${handle}`);
    return product.id;
  };
  return COLLECTIONS.map((collection, i) => ({
    id: nextId(),
    title: collection.title,
    handle: collection.handle,
    descriptionHtml: collection.descriptionHtml,
    productIds: collection.productHandles.map(idOf),
    updatedAt: new Date(now.getTime() - (30 - i) * DAY).toISOString(),
  }));
}
