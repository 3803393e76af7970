import { gzipSync } from "node:zlib";
import type { ExtensionApi, PixelEventsProductViewed } from "@shopify/web-pixels-extension";
import { build } from "esbuild";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseProductViewEvent } from "../../app/pixel/product-view-event";

// storefront/pixel's code, run as Shopify runs it: register() hands its callback to the
// sandbox's shopify.extend, which calls it with the extension API. Here the API is a fake
// whose events the test publishes and whose fetch it records.

const SETTINGS = { endpoint: "https://fieldtest.example.com/pixel/events", shopDomain: "a.myshopify.com" };

let render: (api: ExtensionApi) => void;
const posted: { url: string; init: RequestInit }[] = [];

beforeAll(async () => {
  (globalThis as unknown as { shopify: unknown }).shopify = {
    extend: (point: string, extend: typeof render) => {
      expect(point).toBe("WebPixel::Render");
      render = extend;
    },
  };
  await import("../../storefront/pixel/src/index");
});

beforeEach(() => {
  posted.length = 0;
  vi.stubGlobal("fetch", (url: string, init: RequestInit) => {
    posted.push({ url, init });
    return Promise.resolve(new Response(null, { status: 200 }));
  });
});

function productViewed(overrides: Partial<PixelEventsProductViewed> = {}): PixelEventsProductViewed {
  return {
    id: "sh-1",
    name: "product_viewed",
    type: "standard" as PixelEventsProductViewed["type"],
    seq: 2,
    clientId: "client-1",
    timestamp: "2026-11-26T12:00:00.000Z",
    context: {} as PixelEventsProductViewed["context"],
    data: {
      productVariant: {
        id: "9001",
        price: { amount: 49, currencyCode: "USD" },
        product: { id: "8001", title: "Oak lamp", untranslatedTitle: "Oak lamp", vendor: "V", type: null, url: "/p" },
        image: null,
        sku: null,
        title: "Small",
        untranslatedTitle: "Small",
      },
    },
    ...overrides,
  };
}

/** Starts the pixel with these settings and consent; returns how to publish events and consent changes. */
function start(settings: Record<string, unknown> = SETTINGS, analyticsProcessingAllowed = true) {
  const subscribers = new Map<string, (event: unknown) => void>();
  const privacy = new Map<string, (event: unknown) => void>();
  render({
    settings,
    analytics: {
      subscribe: (name: string, callback: (event: unknown) => void) => (subscribers.set(name, callback), () => true),
    },
    browser: {} as ExtensionApi["browser"],
    init: {
      customerPrivacy: {
        analyticsProcessingAllowed,
        marketingAllowed: false,
        preferencesProcessingAllowed: false,
        saleOfDataAllowed: false,
      },
    } as ExtensionApi["init"],
    customerPrivacy: {
      subscribe: (name: string, callback: (event: unknown) => void) => (privacy.set(name, callback), () => true),
    },
    _pixelInfo: {},
  } as unknown as ExtensionApi);
  return {
    publish: (event: PixelEventsProductViewed) => subscribers.get(event.name)?.(event),
    consent: (analytics: boolean) =>
      privacy.get("visitorConsentCollected")?.({ customerPrivacy: { analyticsProcessingAllowed: analytics } }),
    subscriptions: [...subscribers.keys()],
  };
}

describe("the web pixel", () => {
  it("posts each product view as a text/plain keepalive request the app's endpoint accepts", async () => {
    const pixel = start();
    expect(pixel.subscriptions).toEqual(["product_viewed"]);
    pixel.publish(productViewed());

    expect(posted).toHaveLength(1);
    const [{ url, init }] = posted;
    expect(url).toBe(SETTINGS.endpoint);
    expect(init).toMatchObject({ method: "POST", keepalive: true });
    expect(init.headers).toBeUndefined();
    expect(JSON.parse(init.body as string)).toEqual({
      shop: "a.myshopify.com",
      productId: "8001",
      variantId: "9001",
      eventId: "sh-1",
      clientId: "client-1",
      timestamp: "2026-11-26T12:00:00.000Z",
    });
    expect(parseProductViewEvent(init.body as string).ok).toBe(true);
  });

  it("sends nothing without analytics consent, and stops when the visitor withdraws it", () => {
    start(SETTINGS, false).publish(productViewed());
    expect(posted).toEqual([]);

    const pixel = start();
    pixel.publish(productViewed({ id: "sh-2" }));
    pixel.consent(false);
    pixel.publish(productViewed({ id: "sh-3" }));
    pixel.consent(true);
    pixel.publish(productViewed({ id: "sh-4" }));
    expect(posted.map(({ init }) => JSON.parse(init.body as string).eventId)).toEqual(["sh-2", "sh-4"]);
  });

  it("does nothing without its settings, or for an event that names no product", () => {
    expect(start({ endpoint: SETTINGS.endpoint }).subscriptions).toEqual([]);
    start().publish(productViewed({ data: { productVariant: null } } as unknown as PixelEventsProductViewed));
    expect(posted).toEqual([]);
  });

  it("bundles, as Shopify CLI builds it, into a script of under 1 KB gzipped that touches no DOM", async () => {
    const result = await build({
      entryPoints: ["storefront/pixel/src/index.ts"],
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2020",
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0].text;
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`storefront/pixel bundle: ${code.length} bytes, ${gzip} bytes gzipped`);
    expect(gzip).toBeLessThan(1024);
    expect(code).not.toMatch(/\b(document|window|localStorage|navigator)\b/);
  });
});
