import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Shopper, startStorefront, type RunningStorefront } from "./storefront-server";
import { TempExtensions } from "./temp-extension";

// The dev store's stand-in for Shopify's web pixels manager, over real HTTP: the page's setup
// (pixel, init, standard events) and the strict sandbox that runs storefront/pixel's code.
let storefront: RunningStorefront;
const SETTINGS = { endpoint: "http://127.0.0.1:9/pixel/events", shopDomain: "northwind-test.myshopify.com" };

interface Setup {
  pixels: { id: string; sandbox: string; settings: unknown; purposes: unknown; runtimeContext: string }[];
  init: { data: { shop: Record<string, unknown>; customer: null; cart: null } };
  events: { name: string; data: Record<string, unknown> }[];
}

function setupOf(html: string): Setup | null {
  const match = /<script type="application\/json" id="web-pixels-manager-setup">([\s\S]*?)<\/script>/.exec(html);
  return match ? (JSON.parse(match[1]) as Setup) : null;
}

beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(async () => {
  await storefront?.close();
});
beforeEach(() => {
  storefront.store.change((state) => delete state.webPixel);
});

const createPixel = () =>
  storefront.store.change((state) => (state.webPixel = { id: "77", settings: JSON.stringify(SETTINGS) }));

describe("the web pixels manager on storefront pages", () => {
  it("is not on the page until the app has created its web pixel", async () => {
    const html = await new Shopper(storefront.url).page("/products/folding-storage-ottoman");
    expect(setupOf(html)).toBeNull();
    expect(html).not.toContain("/web-pixels-manager/manager.js");
    expect((await fetch(`${storefront.url}/web-pixels-manager/sandbox/pixel`)).status).toBe(404);
  });

  it("publishes product_viewed with Shopify's ProductVariant shape on a product page", async () => {
    createPixel();
    const html = await new Shopper(storefront.url).page("/products/folding-storage-ottoman?variant=202");
    expect(html).toMatch(/<script src="\/web-pixels-manager\/manager\.js" async><\/script>/);
    const setup = setupOf(html)!;
    expect(setup.pixels).toEqual([
      {
        id: "gid://shopify/WebPixel/77",
        sandbox: "/web-pixels-manager/sandbox/pixel",
        settings: SETTINGS,
        purposes: { analytics: true, marketing: false, preferences: false, saleOfData: "disabled" },
        runtimeContext: "strict",
      },
    ]);
    expect(setup.init.data.shop).toEqual({
      name: expect.any(String),
      myshopifyDomain: "northwind-test.myshopify.com",
      countryCode: expect.any(String),
      storefrontUrl: storefront.url,
      paymentSettings: { currencyCode: "EUR" },
    });
    expect(setup.events).toEqual([
      { name: "page_viewed", data: {} },
      {
        name: "product_viewed",
        data: {
          productVariant: {
            id: "202",
            title: "Walnut",
            untranslatedTitle: "Walnut",
            sku: "SKU-202",
            price: { amount: 1299, currencyCode: "EUR" },
            image: { src: "/images/products/folding-storage-ottoman.svg" },
            product: {
              id: "200",
              title: "Folding Storage Ottoman",
              untranslatedTitle: "Folding Storage Ottoman",
              vendor: "Northwind Home",
              type: "Storage",
              url: "/products/folding-storage-ottoman",
            },
          },
        },
      },
    ]);
  });

  it("publishes only page_viewed on other pages", async () => {
    createPixel();
    const setup = setupOf(await new Shopper(storefront.url).page("/"))!;
    expect(setup.events.map((event) => event.name)).toEqual(["page_viewed"]);
  });

  it("serves the manager, and a sandbox page that runs the pixel's bundled code in a worker", async () => {
    createPixel();
    const manager = await fetch(`${storefront.url}/web-pixels-manager/manager.js`);
    expect(manager.headers.get("Content-Type")).toContain("javascript");
    expect(await manager.text()).toContain("web-pixels-manager-setup");

    const sandbox = await fetch(`${storefront.url}/web-pixels-manager/sandbox/pixel`);
    expect(sandbox.status).toBe(200);
    const html = await sandbox.text();
    expect(html).toContain("new Worker(URL.createObjectURL");
    // The runtime's shopify.extend, then register()'s call to it from the bundle.
    expect(html).toContain("WebPixel::Render");
    expect(html).toContain("product_viewed");
    expect(html).not.toContain("</script>\\n");
    expect((await fetch(`${storefront.url}/web-pixels-manager/sandbox/other`)).status).toBe(404);
  });

  it("rebuilds the pixel's code when its source changes", async () => {
    const extensions = new TempExtensions();
    const other = await startStorefront({ extensionsDir: extensions.dir });
    try {
      const toml = 'type = "web_pixel_extension"\nruntime_context = "strict"\n[customer_privacy]\nanalytics = true\n';
      extensions.add("probe", { "shopify.extension.toml": toml, "src/index.ts": 'console.log("first build");\n' });
      other.store.change((state) => (state.webPixel = { id: "1", settings: "{}" }));
      const sandbox = () => fetch(`${other.url}/web-pixels-manager/sandbox/probe`).then((r) => r.text());
      expect(await sandbox()).toContain("first build");
      extensions.add("probe", { "src/index.ts": 'console.log("second build, longer");\n' });
      expect(await sandbox()).toContain("second build, longer");
    } finally {
      await other.close();
      extensions.remove();
    }
  });
});
