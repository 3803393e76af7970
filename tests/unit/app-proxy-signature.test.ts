import "@shopify/shopify-api/adapters/node";
import { describe, expect, it } from "vitest";
import { hasAppProxySignature } from "../../app/shopify/app-proxy-signature.server";
import { signedProxyQuery } from "../../devstore/proxy/proxy-signature";

// The storefront endpoints' sessionless signature check, against queries the dev store's app
// proxy signs (itself checked against @shopify/shopify-api in tests/devstore/proxy/).
const SECRET = process.env.SHOPIFY_API_SECRET!;
const now = () => Math.floor(Date.now() / 1000);

function request(query: URLSearchParams) {
  return new Request(`https://fieldtest.test/proxy/preorders/t1/progress?${query}`);
}

function signed(timestamp = now(), secret = SECRET) {
  const original = new URLSearchParams({ utm_source: "mail & more" });
  const parameters = { shop: "shop.myshopify.com", loggedInCustomerId: "", pathPrefix: "/apps/fieldtest", timestamp };
  return signedProxyQuery(original, parameters, secret);
}

describe("the app proxy signature check", () => {
  it("accepts what Shopify's app proxy signed", async () => {
    expect(await hasAppProxySignature(request(signed()))).toBe(true);
  });

  it("refuses a tampered, foreign, missing or stale signature", async () => {
    const otherShop = signed();
    otherShop.set("shop", "evil.myshopify.com");
    const unsigned = signed();
    unsigned.delete("signature");
    expect(await hasAppProxySignature(request(otherShop))).toBe(false);
    expect(await hasAppProxySignature(request(signed(now(), "another app's secret")))).toBe(false);
    expect(await hasAppProxySignature(request(unsigned))).toBe(false);
    // Shopify's tolerance is 90 s.
    expect(await hasAppProxySignature(request(signed(now() - 600)))).toBe(false);
  });
});
