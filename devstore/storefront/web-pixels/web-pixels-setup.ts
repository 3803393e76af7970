import type { DevStoreState } from "../../state/types";
import { ProductDrop } from "../drops/product-drop";
import { escapeHtml } from "../liquid/escape-html";
import { findWebPixelExtension } from "./pixel-extension";

export const MANAGER_PATH = "/web-pixels-manager/manager.js";
export const sandboxPath = (extension: string) => `/web-pixels-manager/sandbox/${encodeURIComponent(extension)}`;

interface StandardEvent {
  name: string;
  data: Record<string, unknown>;
}

/**
 * What `content_for_header` adds for the web pixels manager: nothing until the app has created
 * its web pixel; then the pixel, the `init` data and the page's standard events as JSON, and
 * the manager script (async: it never holds up the page).
 */
export function webPixelsSetup(
  state: DevStoreState,
  page: { pageType: string; objects?: Record<string, unknown>; origin: string },
  extensionsDir: string,
): string {
  const pixel = state.webPixel;
  const extension = pixel ? findWebPixelExtension(extensionsDir) : null;
  if (!pixel || !extension) return "";
  const setup = {
    pixels: [
      {
        id: `gid://shopify/WebPixel/${pixel.id}`,
        sandbox: sandboxPath(extension.name),
        settings: JSON.parse(pixel.settings) as unknown,
        purposes: extension.purposes,
        runtimeContext: extension.runtimeContext,
      },
    ],
    init: {
      data: {
        customer: null,
        cart: null,
        purchasingCompany: null,
        shop: {
          name: state.shop.name,
          myshopifyDomain: state.shop.myshopifyDomain,
          countryCode: state.shop.countryCode,
          storefrontUrl: page.origin,
          paymentSettings: { currencyCode: state.shop.currencyCode },
        },
      },
    },
    events: standardEvents(state, page),
  };
  const json = JSON.stringify(setup).replace(/</g, "\\u003c");
  return [
    `<script type="application/json" id="web-pixels-manager-setup">${json}</script>`,
    `<script src="${escapeHtml(MANAGER_PATH)}" async></script>`,
  ].join("\n");
}

/** page_viewed on every page; product_viewed on a product page, for the variant it shows. */
function standardEvents(state: DevStoreState, page: { pageType: string; objects?: Record<string, unknown> }) {
  const events: StandardEvent[] = [{ name: "page_viewed", data: {} }];
  const drop = page.objects?.product;
  if (page.pageType === "product" && drop instanceof ProductDrop) {
    const productVariant = productVariantData(state, String(drop.id), drop.selected_or_first_available_variant?.id);
    if (productVariant) events.push({ name: "product_viewed", data: { productVariant } });
  }
  return events;
}

/** The web pixels API's ProductVariant: ids as numeric strings, the price as a number. */
function productVariantData(state: DevStoreState, productId: string, variantId: number | undefined) {
  const product = state.products.find((candidate) => candidate.id === productId);
  const variant = product?.variants.find((candidate) => candidate.id === String(variantId)) ?? product?.variants[0];
  if (!product || !variant) return null;
  const image = product.images[0];
  return {
    id: variant.id,
    title: variant.title,
    untranslatedTitle: variant.title,
    sku: variant.sku || null,
    price: { amount: Number(variant.price), currencyCode: state.shop.currencyCode },
    image: image ? { src: image.url } : null,
    product: {
      id: product.id,
      title: product.title,
      untranslatedTitle: product.title,
      vendor: product.vendor,
      type: product.productType || null,
      url: `/products/${product.handle}`,
    },
  };
}
