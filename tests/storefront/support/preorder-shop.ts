import { DevStore } from "../../../devstore/state/store";
import type { DevMetafield, DevProduct, DevStoreState, DevVariant } from "../../../devstore/state/types";
import { priceCart } from "../../../devstore/storefront/cart/priced-cart";
import type { ProductDrop } from "../../../devstore/storefront/drops/product-drop";
import { StorefrontRenderer } from "../../../devstore/storefront/storefront-renderer";
import { APP_ID, stateFixture } from "../../devstore/storefront/state-fixture";

export { APP_ID };

/** The preorder product: Sand and Slate go on preorder (Slate has no stock left), Olive does not. */
export const PRODUCT = { id: "800", handle: "trail-pack-30l", title: "Trail Pack 30L" };
export const VARIANTS = {
  sand: { id: "801", title: "Sand", price: "100.00" },
  slate: { id: "802", title: "Slate", price: "120.00" },
  olive: { id: "803", title: "Olive", price: "110.00" },
} as const;

const CREATED = "2026-10-01T10:00:00.000Z";

/** `$app:preorder.config` as the app writes it. */
export interface PreorderConfig {
  testId: string;
  status: "live" | "closed";
  sellingPlanId: string;
  shipDate: string;
  paymentModel: "full" | "deposit" | "charge-later";
  depositPercent: number | null;
  goal: { kind: "units" | "revenue"; value: number };
  deadline: string;
  cap: number | null;
  wording: { label: string; button: string; note: string };
}

/** `$app:preorder.progress` as the app writes it (and, plus `goal`, as the app proxy answers). */
export interface PreorderProgress {
  units: number;
  revenue: number;
  percent: number;
  state: "open" | "sold-out" | "closed";
  updatedAt: string;
}

export function preorderConfig(overrides: Partial<PreorderConfig> = {}): PreorderConfig {
  return {
    testId: "pt_123",
    status: "live",
    sellingPlanId: "gid://shopify/SellingPlan/7",
    shipDate: "2027-02-15",
    paymentModel: "deposit",
    depositPercent: 20,
    goal: { kind: "units", value: 100 },
    deadline: "2027-01-31T23:59:59Z",
    cap: 150,
    wording: { label: "Early bird preorder", button: "Preorder now", note: "Ships mid-February" },
    ...overrides,
  };
}

export function preorderProgress(overrides: Partial<PreorderProgress> = {}): PreorderProgress {
  return { units: 12, revenue: 1240, percent: 12, state: "open", updatedAt: "2026-11-26T09:00:00Z", ...overrides };
}

function variant(id: string, position: number, title: string, price: string, inventoryQuantity: number): DevVariant {
  return {
    id,
    productId: PRODUCT.id,
    title,
    sku: `PACK-${title.toUpperCase()}`,
    price,
    compareAtPrice: null,
    inventoryQuantity,
    selectedOptions: [{ name: "Colour", value: title }],
    position,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

const TRAIL_PACK: DevProduct = {
  id: PRODUCT.id,
  title: PRODUCT.title,
  handle: PRODUCT.handle,
  descriptionHtml: "<p>A 30-litre pack, on preorder.</p>",
  vendor: "Northwind Outdoor",
  productType: "Bags",
  tags: [],
  status: "ACTIVE",
  options: [{ name: "Colour", values: ["Sand", "Slate", "Olive"] }],
  // A picture the dev store serves (it draws its seed catalogue's products only).
  images: [
    { id: "8001", url: "/images/products/folding-storage-ottoman.svg", altText: "Trail Pack", width: 800, height: 800 },
  ],
  variants: [
    variant(VARIANTS.sand.id, 1, VARIANTS.sand.title, VARIANTS.sand.price, 20),
    variant(VARIANTS.slate.id, 2, VARIANTS.slate.title, VARIANTS.slate.price, 0),
    variant(VARIANTS.olive.id, 3, VARIANTS.olive.title, VARIANTS.olive.price, 4),
  ],
  createdAt: CREATED,
  updatedAt: CREATED,
  publishedAt: CREATED,
};

/**
 * The storefront tests' shop (EUR, "€{{amount_with_comma_separator}}", Europe/Amsterdam) plus
 * the trail pack, optionally with its preorder metafields already in the state, stored as
 * Shopify stores `$app:preorder` (app--<appId>--preorder).
 */
export function preorderShopState(
  metafields: { config?: unknown; progress?: unknown } = {},
  shop: Partial<DevStoreState["shop"]> = {},
): DevStoreState {
  const base = stateFixture();
  const state: DevStoreState = {
    ...base,
    shop: { ...base.shop, ...shop },
    products: [...base.products, structuredClone(TRAIL_PACK)],
    nextId: 5000,
  };
  for (const [key, value] of Object.entries(metafields)) {
    if (value !== undefined) state.metafields.push(preorderMetafield(key, value));
  }
  return state;
}

function preorderMetafield(key: string, value: unknown): DevMetafield {
  return {
    id: key === "config" ? "901" : "902",
    ownerId: `gid://shopify/Product/${PRODUCT.id}`,
    namespace: `app--${APP_ID}--preorder`,
    key,
    type: "json",
    value: JSON.stringify(value),
    compareDigest: `digest-preorder-${key}`,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

export function openShop(state: DevStoreState): DevStore {
  return DevStore.open(null, () => state);
}

/** Renders the theme's product page for `product` the way GET /products/<handle> does. */
export async function renderProductPage(store: DevStore, product: ProductDrop, url?: string): Promise<string> {
  const renderer = new StorefrontRenderer(store);
  const cart = priceCart(store.state, { token: "", lines: [], attributes: {}, note: "" });
  return renderer.render({
    request: new Request(url ?? `http://shop.test/products/${PRODUCT.handle}`),
    cart,
    pageType: "product",
    objects: { product, page_title: product.title },
  });
}

/** What the block printed inside Shopify's app block wrapper (empty when it printed nothing). */
export function preorderBlock(html: string): string {
  const start = '<div id="shopify-block-preorder_preorder" class="shopify-app-block">';
  const from = html.indexOf(start);
  if (from < 0) throw new Error("the preorder app block is not on the page");
  const end = html.indexOf('<div class="product__description', from);
  return html
    .slice(from + start.length, end)
    .trim()
    .replace(/<\/div>$/, "")
    .trim();
}
