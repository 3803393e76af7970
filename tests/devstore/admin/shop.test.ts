import { describe, expect, it } from "vitest";
import { adminClient } from "./admin-client";
import { adminTestState, APP_ID, openTestStore } from "./state-fixture";

/** The shop and the app installation the access token belongs to. */

describe("shop and currentAppInstallation", () => {
  it("serves the shop's identity, currency, time zone and plan", async () => {
    const { body } = await adminClient().request(`{
      shop {
        id name email contactEmail myshopifyDomain url currencyCode enabledPresentmentCurrencies
        ianaTimezone timezoneOffset timezoneOffsetMinutes timezoneAbbreviation weightUnit unitSystem
        primaryDomain { host url sslEnabled }
        billingAddress { countryCodeV2 country }
        plan { partnerDevelopment publicDisplayName shopifyPlus }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.shop).toEqual({
      id: "gid://shopify/Shop/1",
      name: "Fieldtest Test Shop",
      email: "owner@fieldtest.example",
      contactEmail: "owner@fieldtest.example",
      myshopifyDomain: "fieldtest-test.myshopify.com",
      url: "https://fieldtest-test.myshopify.com",
      currencyCode: "CAD",
      enabledPresentmentCurrencies: ["CAD"],
      ianaTimezone: "America/Toronto",
      timezoneOffset: "-0400",
      timezoneOffsetMinutes: -240,
      timezoneAbbreviation: "EDT",
      weightUnit: "KILOGRAMS",
      unitSystem: "METRIC_SYSTEM",
      primaryDomain: {
        host: "fieldtest-test.myshopify.com",
        url: "https://fieldtest-test.myshopify.com",
        sslEnabled: true,
      },
      billingAddress: { countryCodeV2: "CA", country: "Canada" },
      plan: { partnerDevelopment: true, publicDisplayName: "Development", shopifyPlus: false },
    });
  });

  it("identifies the installed app, with its app-owned metafields", async () => {
    const client = adminClient();
    const installation = `gid://shopify/AppInstallation/${APP_ID}`;
    await client.request(
      `mutation { metafieldsSet(metafields: [{ ownerId: "${installation}", namespace: "$app", key: "plan", type: "single_line_text_field", value: "pro" }]) { userErrors { message } } }`,
    );
    const { body } = await client.request(`{
      currentAppInstallation {
        id
        app { id handle apiKey title }
        accessScopes { handle }
        plan: metafield(key: "plan") { value ownerType }
      }
    }`);
    expect(body.data?.currentAppInstallation).toEqual({
      id: installation,
      app: { id: `gid://shopify/App/${APP_ID}`, handle: "fieldtest", apiKey: "fieldtest-api-key", title: "Fieldtest" },
      accessScopes: ["read_products", "write_products", "read_orders", "read_customers", "write_customers"].map(
        (handle) => ({ handle }),
      ),
      plan: { value: "pro", ownerType: "API_PERMISSION" },
    });
  });
});

describe("shopLocales", () => {
  it("lists the shop's primary language, with read_locales, and refuses without it", async () => {
    const state = adminTestState();
    state.shop.primaryLocale = "de";
    const denied = await adminClient(openTestStore(structuredClone(state))).request("{ shopLocales { locale } }");
    expect(denied.body.errors?.[0]?.extensions?.code).toBe("ACCESS_DENIED");

    state.app.scopes = [...state.app.scopes, "read_locales"];
    const { body } = await adminClient(openTestStore(state)).request(
      "{ shopLocales { locale name primary published } }",
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ shopLocales: [{ locale: "de", name: "German", primary: true, published: true }] });
  });
});
