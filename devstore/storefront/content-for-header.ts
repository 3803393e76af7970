import type { DevShop } from "../state/types";
import { escapeHtml } from "./liquid/escape-html";
import { jsonFilter } from "./liquid/json-filter";
import type { PageAssets } from "./liquid/page-assets";

/**
 * `{{ content_for_header }}`: the `window.Shopify` globals storefront scripts rely on, the
 * CSS and JavaScript the page's blocks brought along, and the web pixels manager's setup.
 */
export function contentForHeader(shop: DevShop, assets: PageAssets, webPixels = ""): string {
  const shopify = {
    shop: shop.myshopifyDomain,
    locale: shop.primaryLocale,
    currency: { active: shop.currencyCode, rate: "1.0" },
    country: shop.countryCode,
    routes: { root: "/" },
  };
  const lines = [
    // analytics.publish stands in for the pixel manager, so that extension scripts calling it do not throw.
    `<script>window.Shopify = Object.assign(window.Shopify || {}, ${jsonFilter(shopify)}, { analytics: { publish: function () {} } });</script>`,
    ...[...assets.stylesheetUrls].map((url) => `<link rel="stylesheet" href="${escapeHtml(url)}">`),
    ...[...assets.scriptUrls].map((url) => `<script src="${escapeHtml(url)}" defer></script>`),
    ...[...assets.inlineStyles].map((css) => `<style>${css}</style>`),
    ...(webPixels ? [webPixels] : []),
  ];
  return lines.join("\n");
}
