import type { DevProduct, DevStoreState, DevVariant } from "../../../devstore/state/types";

export const APP_ID = "7310000000999";
export const APP_SECRET = "fixture-app-secret";

const CREATED = "2026-01-05T10:00:00.000Z";

function variant(id: string, productId: string, position: number, fields: Partial<DevVariant>): DevVariant {
  return {
    id,
    productId,
    title: "Default Title",
    sku: `SKU-${id}`,
    price: "10.00",
    compareAtPrice: null,
    inventoryQuantity: 10,
    selectedOptions: [{ name: "Title", value: "Default Title" }],
    position,
    createdAt: CREATED,
    updatedAt: CREATED,
    ...fields,
  };
}

function product(fields: Partial<DevProduct> & Pick<DevProduct, "id" | "title" | "handle" | "variants">): DevProduct {
  return {
    descriptionHtml: `<p>${fields.title}, made to last.</p>`,
    vendor: "Northwind Home",
    productType: "Storage",
    tags: [],
    status: "ACTIVE",
    options: [{ name: "Title", values: ["Default Title"] }],
    images: [
      {
        id: `${fields.id}1`,
        url: `/images/products/${fields.handle}.svg`,
        altText: `${fields.title} on a wooden floor`,
        width: 800,
        height: 800,
      },
    ],
    createdAt: CREATED,
    updatedAt: CREATED,
    publishedAt: CREATED,
    ...fields,
  };
}

/**
 * A small hand-made shop for the storefront and app proxy tests: EUR with a comma
 * separator (so money formatting shows), an ottoman in two colours, a basket on sale, a
 * draft, one customer, one past order and a few metafields.
 */
export function stateFixture(): DevStoreState {
  return {
    version: 1,
    shop: {
      id: "100",
      name: "Northwind Test Shop",
      myshopifyDomain: "northwind-test.myshopify.com",
      email: "owner@northwind.example",
      currencyCode: "EUR",
      ianaTimezone: "Europe/Amsterdam",
      timezoneOffsetMinutes: 60,
      primaryLocale: "en",
      countryCode: "NL",
      weightUnit: "KILOGRAMS",
      moneyFormat: "€{{amount_with_comma_separator}}",
      ownerName: "Sam Owner",
      createdAt: CREATED,
    },
    app: {
      appId: APP_ID,
      apiKey: "fixture-api-key",
      apiSecret: APP_SECRET,
      appUrl: "http://127.0.0.1:9",
      accessToken: "shpat_fixture",
      scopes: ["read_products"],
      webhookSubscriptions: [],
      installedAt: CREATED,
    },
    products: [
      product({
        id: "200",
        title: "Folding Storage Ottoman",
        handle: "folding-storage-ottoman",
        options: [{ name: "Colour", values: ["Oak", "Walnut"] }],
        variants: [
          variant("201", "200", 1, {
            title: "Oak",
            price: "1249.50",
            inventoryQuantity: 5,
            selectedOptions: [{ name: "Colour", value: "Oak" }],
          }),
          variant("202", "200", 2, {
            title: "Walnut",
            price: "1299.00",
            inventoryQuantity: 0,
            selectedOptions: [{ name: "Colour", value: "Walnut" }],
          }),
        ],
      }),
      product({
        id: "300",
        title: "Collapsible Laundry Basket",
        handle: "collapsible-laundry-basket",
        variants: [variant("301", "300", 1, { price: "19.00", compareAtPrice: "25.00", inventoryQuantity: 3 })],
      }),
      product({
        id: "400",
        title: "Bamboo Drawer Organisers",
        handle: "bamboo-drawer-organisers",
        status: "DRAFT",
        variants: [variant("401", "400", 1, { price: "29.00" })],
      }),
    ],
    customers: [
      {
        id: "500",
        firstName: "Ada",
        lastName: "Lovelace",
        email: "ada@example.com",
        phone: null,
        locale: "en",
        emailMarketingConsent: {
          marketingState: "SUBSCRIBED",
          marketingOptInLevel: "SINGLE_OPT_IN",
          consentUpdatedAt: CREATED,
        },
        tags: [],
        createdAt: CREATED,
        updatedAt: CREATED,
      },
    ],
    orders: [
      {
        id: "600",
        name: "#1012",
        number: 12,
        customerId: "500",
        email: "ada@example.com",
        currencyCode: "EUR",
        lines: [],
        subtotal: "0.00",
        totalDiscounts: "0.00",
        totalTax: "0.00",
        totalShipping: "0.00",
        total: "0.00",
        financialStatus: "PAID",
        fulfillmentStatus: "FULFILLED",
        noteAttributes: [],
        createdAt: CREATED,
        processedAt: CREATED,
        cancelledAt: null,
        cancelReason: null,
        refunds: [],
        test: false,
      },
    ],
    metafields: [
      metafield(
        "700",
        "gid://shopify/Product/200",
        `app--${APP_ID}--preorder`,
        "config",
        "json",
        '{"ships":"2026-03-01","deposit":20}',
      ),
      metafield("701", "gid://shopify/Product/200", "custom", "material", "single_line_text_field", "Solid oak"),
      metafield("702", "gid://shopify/Product/200", "custom", "backers", "number_integer", "42"),
      metafield("703", `gid://shopify/AppInstallation/${APP_ID}`, "fieldtest", "enabled", "boolean", "true"),
      metafield(
        "704",
        `gid://shopify/AppInstallation/${APP_ID}`,
        "fieldtest",
        "api_url",
        "single_line_text_field",
        "/apps/fieldtest",
      ),
    ],
    sellingPlanGroups: [],
    nextId: 1000,
  };
}

function metafield(id: string, ownerId: string, namespace: string, key: string, type: string, value: string) {
  return {
    id,
    ownerId,
    namespace,
    key,
    type,
    value,
    compareDigest: `digest-${id}`,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}
