/**
 * The demo shop's catalogue: space-saving home goods sold across borders. Plain data; the
 * seed turns it into products with ids and dates, and images.ts draws each product.
 */

export type IllustrationKind =
  "ottoman" | "organiser" | "hanging" | "basket" | "bag" | "desk" | "boxes" | "cart" | "jars" | "shelf";

export interface CatalogueVariant {
  /** Values in the product's option order. */
  values: string[];
  price: string;
  compareAtPrice?: string;
  inventory: number;
}

export interface CatalogueProduct {
  handle: string;
  title: string;
  vendor: string;
  productType: string;
  tags: string[];
  descriptionHtml: string;
  status: "ACTIVE" | "DRAFT";
  options: { name: string; values: string[] }[];
  variants: CatalogueVariant[];
  skuPrefix: string;
  /** Shipping weight of one unit. */
  grams: number;
  /** How often it sells, relative to the others. */
  popularity: number;
  art: { kind: IllustrationKind; colour: string; accent: string; background: string };
}

const SINGLE = [{ name: "Title", values: ["Default Title"] }];

export const CATALOGUE: CatalogueProduct[] = [
  {
    handle: "folding-storage-ottoman",
    title: "Folding Storage Ottoman",
    vendor: "Nordhaus Living",
    productType: "Storage Furniture",
    tags: ["bestseller", "living-room", "foldable"],
    descriptionHtml:
      "<p>A padded seat with a hidden storage box underneath. Folds flat in seconds when guests leave.</p>" +
      "<ul><li>Holds up to 120 kg</li><li>Removable MDF lid</li><li>Linen-look fabric</li></ul>",
    status: "ACTIVE",
    options: [
      { name: "Color", values: ["Charcoal", "Oatmeal", "Navy"] },
      { name: "Size", values: ["Small", "Large"] },
    ],
    variants: [
      { values: ["Charcoal", "Small"], price: "49.00", compareAtPrice: "59.00", inventory: 34 },
      { values: ["Charcoal", "Large"], price: "69.00", compareAtPrice: "79.00", inventory: 21 },
      { values: ["Oatmeal", "Small"], price: "49.00", compareAtPrice: "59.00", inventory: 0 },
      { values: ["Oatmeal", "Large"], price: "69.00", compareAtPrice: "79.00", inventory: 12 },
      { values: ["Navy", "Small"], price: "49.00", inventory: 8 },
      { values: ["Navy", "Large"], price: "69.00", inventory: 5 },
    ],
    skuPrefix: "FSO",
    grams: 2600,
    popularity: 5,
    art: { kind: "ottoman", colour: "#4a5562", accent: "#c9a96e", background: "#eef1f4" },
  },
  {
    handle: "bamboo-drawer-organisers",
    title: "Bamboo Drawer Organisers",
    vendor: "Kinfolk Storage Co.",
    productType: "Drawer Organisers",
    tags: ["bamboo", "kitchen", "bedroom", "sustainable"],
    descriptionHtml:
      "<p>Interlocking bamboo trays that turn a cluttered drawer into tidy compartments.</p>" +
      "<ul><li>FSC-certified bamboo</li><li>Mix and match sizes</li><li>Wipe clean</li></ul>",
    status: "ACTIVE",
    options: [{ name: "Set", values: ["4-piece", "6-piece"] }],
    variants: [
      { values: ["4-piece"], price: "24.00", inventory: 60 },
      { values: ["6-piece"], price: "32.00", inventory: 44 },
    ],
    skuPrefix: "BDO",
    grams: 900,
    popularity: 8,
    art: { kind: "organiser", colour: "#c8a165", accent: "#8a6a3b", background: "#f6efe3" },
  },
  {
    handle: "collapsible-laundry-basket",
    title: "Collapsible Laundry Basket",
    vendor: "Kinfolk Storage Co.",
    productType: "Laundry",
    tags: ["laundry", "foldable", "silicone"],
    descriptionHtml:
      "<p>A sturdy 40-litre basket with silicone walls that collapse to 8 cm for storage.</p>" +
      "<ul><li>BPA-free silicone</li><li>Carry handles</li><li>Hangs on a hook when folded</li></ul>",
    status: "ACTIVE",
    options: [{ name: "Color", values: ["Sage", "Grey", "Blush"] }],
    variants: [
      { values: ["Sage"], price: "22.00", inventory: 40 },
      { values: ["Grey"], price: "22.00", inventory: 37 },
      { values: ["Blush"], price: "22.00", inventory: 0 },
    ],
    skuPrefix: "CLB",
    grams: 1100,
    popularity: 7,
    art: { kind: "basket", colour: "#8fa98a", accent: "#5d7559", background: "#eef4ec" },
  },
  {
    handle: "under-bed-storage-bags",
    title: "Under-Bed Storage Bags",
    vendor: "Nordhaus Living",
    productType: "Storage Bags",
    tags: ["bedroom", "seasonal", "2-pack"],
    descriptionHtml:
      "<p>Two breathable zip-top bags that slide under the bed for duvets and winter clothes.</p>" +
      "<ul><li>Clear window to see what is inside</li><li>Reinforced handles</li><li>Sold as a pair</li></ul>",
    status: "ACTIVE",
    options: [{ name: "Size", values: ["Standard", "Jumbo"] }],
    variants: [
      { values: ["Standard"], price: "29.00", inventory: 55 },
      { values: ["Jumbo"], price: "36.00", compareAtPrice: "42.00", inventory: 0 },
    ],
    skuPrefix: "UBS",
    grams: 1300,
    popularity: 6,
    art: { kind: "bag", colour: "#7a8fb0", accent: "#3e4f6e", background: "#eef1f8" },
  },
  {
    handle: "wall-mounted-folding-desk",
    title: "Wall-Mounted Folding Desk",
    vendor: "Atelier Compact",
    productType: "Furniture",
    tags: ["home-office", "foldable", "small-spaces"],
    descriptionHtml:
      "<p>A desk that folds up into a shallow wall cabinet, with shelves for a laptop and papers.</p>" +
      "<ul><li>Solid oak veneer or white lacquer</li><li>Soft-close hinge</li><li>Wall fixings included</li></ul>",
    status: "ACTIVE",
    options: [{ name: "Finish", values: ["Oak", "White"] }],
    variants: [
      { values: ["Oak"], price: "149.00", compareAtPrice: "179.00", inventory: 9 },
      { values: ["White"], price: "149.00", compareAtPrice: "179.00", inventory: 14 },
    ],
    skuPrefix: "WFD",
    grams: 14500,
    popularity: 2,
    art: { kind: "desk", colour: "#b98b5e", accent: "#6f4e2e", background: "#f5eee6" },
  },
  {
    handle: "stackable-shoe-boxes",
    title: "Stackable Shoe Boxes",
    vendor: "Kinfolk Storage Co.",
    productType: "Closet Storage",
    tags: ["closet", "stackable", "6-pack"],
    descriptionHtml:
      "<p>Six drop-front boxes that stack into a wall of shoes you can actually see.</p>" +
      "<ul><li>Magnetic drop-front door</li><li>Fits up to EU 46 / US 12</li><li>Clicks together</li></ul>",
    status: "ACTIVE",
    options: [{ name: "Color", values: ["Clear", "Frosted", "Black"] }],
    variants: [
      { values: ["Clear"], price: "34.00", inventory: 70 },
      { values: ["Frosted"], price: "34.00", inventory: 26 },
      { values: ["Black"], price: "36.00", inventory: 3 },
    ],
    skuPrefix: "SSB",
    grams: 3200,
    popularity: 6,
    art: { kind: "boxes", colour: "#9fb7c9", accent: "#56748a", background: "#edf3f7" },
  },
  {
    handle: "over-door-hanging-organiser",
    title: "Over-the-Door Hanging Organiser",
    vendor: "Nordhaus Living",
    productType: "Closet Storage",
    tags: ["closet", "bathroom", "no-drill"],
    descriptionHtml:
      "<p>Twelve deep pockets that hang over any door without screws or drilling.</p>" +
      "<ul><li>Fits doors up to 4.5 cm thick</li><li>Machine washable</li></ul>",
    status: "ACTIVE",
    options: SINGLE,
    variants: [{ values: ["Default Title"], price: "19.00", inventory: 88 }],
    skuPrefix: "ODH",
    grams: 600,
    popularity: 5,
    art: { kind: "hanging", colour: "#d9a6a0", accent: "#a0625b", background: "#fbf0ee" },
  },
  {
    handle: "vacuum-storage-bags",
    title: "Vacuum Storage Bags",
    vendor: "Atelier Compact",
    productType: "Storage Bags",
    tags: ["seasonal", "travel", "set-of-8"],
    descriptionHtml:
      "<p>Eight bags that shrink bulky bedding and coats to a third of their size; a hand pump is included.</p>" +
      "<ul><li>Double-zip seal</li><li>Works with any vacuum cleaner</li></ul>",
    status: "ACTIVE",
    options: [{ name: "Size", values: ["Mixed", "Large"] }],
    variants: [
      { values: ["Mixed"], price: "27.00", inventory: 52 },
      { values: ["Large"], price: "31.00", inventory: 18 },
    ],
    skuPrefix: "VSB",
    grams: 1400,
    popularity: 6,
    art: { kind: "bag", colour: "#6fa3a0", accent: "#376966", background: "#eaf5f4" },
  },
  {
    handle: "rolling-kitchen-cart",
    title: "Rolling Kitchen Cart",
    vendor: "Atelier Compact",
    productType: "Kitchen Storage",
    tags: ["kitchen", "3-tier", "small-spaces"],
    descriptionHtml:
      "<p>A slim three-tier cart on lockable wheels that slides between the fridge and the wall.</p>" +
      "<ul><li>Powder-coated steel</li><li>Only 13 cm wide</li><li>Tool-free assembly</li></ul>",
    status: "ACTIVE",
    options: [{ name: "Color", values: ["White", "Black", "Sage"] }],
    variants: [
      { values: ["White"], price: "59.00", compareAtPrice: "74.00", inventory: 23 },
      { values: ["Black"], price: "59.00", compareAtPrice: "74.00", inventory: 17 },
      { values: ["Sage"], price: "64.00", inventory: 0 },
    ],
    skuPrefix: "RKC",
    grams: 5200,
    popularity: 4,
    art: { kind: "cart", colour: "#5f6b6d", accent: "#a8b8a0", background: "#eff2f1" },
  },
  {
    handle: "linen-closet-baskets",
    title: "Linen Closet Baskets",
    vendor: "Nordhaus Living",
    productType: "Baskets",
    tags: ["woven", "bathroom", "set-of-3"],
    descriptionHtml:
      "<p>Three woven seagrass baskets with cotton liners for towels, linens and toys.</p>" +
      "<ul><li>Hand-woven seagrass</li><li>Removable, washable liners</li></ul>",
    status: "ACTIVE",
    options: [
      { name: "Color", values: ["Natural", "Grey"] },
      { name: "Size", values: ["Medium", "Large"] },
    ],
    variants: [
      { values: ["Natural", "Medium"], price: "39.00", inventory: 30 },
      { values: ["Natural", "Large"], price: "49.00", inventory: 22 },
      { values: ["Grey", "Medium"], price: "39.00", inventory: 11 },
      { values: ["Grey", "Large"], price: "49.00", inventory: 0 },
    ],
    skuPrefix: "LCB",
    grams: 2100,
    popularity: 4,
    art: { kind: "basket", colour: "#c9b28a", accent: "#8c7651", background: "#f7f2e8" },
  },
  {
    handle: "magnetic-spice-jars",
    title: "Magnetic Spice Jars",
    vendor: "Kinfolk Storage Co.",
    productType: "Kitchen Storage",
    tags: ["kitchen", "magnetic", "set-of-12"],
    descriptionHtml:
      "<p>Twelve glass-windowed tins that stick to the fridge or a steel board, with printed labels.</p>" +
      "<ul><li>Sifter and pour lids</li><li>140 pre-printed labels</li></ul>",
    status: "ACTIVE",
    options: SINGLE,
    variants: [{ values: ["Default Title"], price: "32.00", compareAtPrice: "38.00", inventory: 0 }],
    skuPrefix: "MSJ",
    grams: 1500,
    popularity: 5,
    art: { kind: "jars", colour: "#b0b7bd", accent: "#d4784a", background: "#f3f4f5" },
  },
  {
    handle: "modular-wall-shelf-system",
    title: "Modular Wall Shelf System",
    vendor: "Atelier Compact",
    productType: "Furniture",
    tags: ["coming-soon", "living-room", "modular"],
    descriptionHtml:
      "<p>Rails, brackets and shelves that reconfigure as your space changes. Launching soon.</p>" +
      "<ul><li>Solid hardwood shelves</li><li>Steel rails in three lengths</li></ul>",
    status: "DRAFT",
    options: [{ name: "Finish", values: ["Walnut", "Ash"] }],
    variants: [
      { values: ["Walnut"], price: "189.00", inventory: 0 },
      { values: ["Ash"], price: "169.00", inventory: 0 },
    ],
    skuPrefix: "MWS",
    grams: 9800,
    popularity: 0,
    art: { kind: "shelf", colour: "#7b5a43", accent: "#3f4a4f", background: "#f4efea" },
  },
];

export function catalogueProduct(handle: string): CatalogueProduct | undefined {
  return CATALOGUE.find((product) => product.handle === handle);
}

/** "FSO-CHA-S": the product's prefix and a short code per option value. */
export function variantSku(product: CatalogueProduct, values: string[]): string {
  if (values.length === 1 && values[0] === "Default Title") return product.skuPrefix;
  const codes = values.map((value) => {
    const letters = value.toUpperCase().replace(/[^A-Z0-9]/g, "");
    return /^\d/.test(letters) ? letters.slice(0, 2) : letters.slice(0, 3);
  });
  return [product.skuPrefix, ...codes].join("-");
}
