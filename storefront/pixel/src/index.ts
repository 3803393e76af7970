import { register } from "@shopify/web-pixels-extension";
import { pixelSettings, productView } from "./product-view";

register(({ analytics, init, settings, customerPrivacy }) => {
  const config = pixelSettings(settings);
  if (!config) return;
  // Shopify loads the pixel only with analytics consent; a visitor can still withdraw it later.
  let allowed = init.customerPrivacy.analyticsProcessingAllowed;
  customerPrivacy.subscribe("visitorConsentCollected", (event) => {
    allowed = event.customerPrivacy.analyticsProcessingAllowed;
  });

  analytics.subscribe("product_viewed", (event) => {
    const view = allowed ? productView(event, config.shopDomain) : null;
    if (!view) return;
    // A text/plain body needs no CORS preflight; keepalive lets it outlive the page.
    fetch(config.endpoint, { method: "POST", body: JSON.stringify(view), keepalive: true }).catch(() => {});
  });
});
