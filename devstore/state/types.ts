/**
 * The dev store's data: one Shopify shop, as plain JSON so that it persists to a file and
 * resets by rewriting it. Ids are numeric strings; GraphQL exposes them as
 * gid://shopify/<Type>/<id>. Money is a decimal string in the shop currency, as Shopify's
 * Admin API shows it (MoneyV2.amount); times are ISO 8601 UTC strings.
 */

export interface DevShop {
  id: string;
  name: string;
  myshopifyDomain: string;
  email: string;
  currencyCode: string;
  ianaTimezone: string;
  timezoneOffsetMinutes: number;
  primaryLocale: string;
  countryCode: string;
  weightUnit: "KILOGRAMS" | "GRAMS" | "POUNDS" | "OUNCES";
  moneyFormat: string;
  ownerName: string;
  createdAt: string;
}

/** The app installed on this shop: its credentials and webhook subscriptions. */
export interface DevAppInstallation {
  appId: string;
  apiKey: string;
  apiSecret: string;
  /** Where the app listens, e.g. http://127.0.0.1:3000 (webhooks and the app proxy go there). */
  appUrl: string;
  accessToken: string;
  scopes: string[];
  webhookSubscriptions: { topic: string; uri: string }[];
  installedAt: string;
}

export interface DevMetafield {
  id: string;
  /** gid of the owner (Product, ProductVariant, Customer, Order, Shop, AppInstallation). */
  ownerId: string;
  /** Stored resolved: "$app:preorder" becomes "app--<appId>--preorder". */
  namespace: string;
  key: string;
  type: string;
  value: string;
  compareDigest: string;
  createdAt: string;
  updatedAt: string;
}

export interface DevImage {
  id: string;
  /** Path served by the dev store, e.g. /images/products/<handle>.svg */
  url: string;
  altText: string;
  width: number;
  height: number;
}

export interface DevVariant {
  id: string;
  productId: string;
  title: string;
  sku: string;
  price: string;
  compareAtPrice: string | null;
  inventoryQuantity: number;
  /** Option values in the product's option order, e.g. ["Oak", "Large"]. */
  selectedOptions: { name: string; value: string }[];
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface DevProduct {
  id: string;
  title: string;
  handle: string;
  descriptionHtml: string;
  vendor: string;
  productType: string;
  tags: string[];
  status: "ACTIVE" | "DRAFT" | "ARCHIVED";
  options: { name: string; values: string[] }[];
  images: DevImage[];
  variants: DevVariant[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export type EmailMarketingState = "SUBSCRIBED" | "NOT_SUBSCRIBED" | "PENDING" | "UNSUBSCRIBED" | "INVALID" | "REDACTED";

export interface DevCustomer {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  locale: string;
  emailMarketingConsent: {
    marketingState: EmailMarketingState;
    marketingOptInLevel: "SINGLE_OPT_IN" | "CONFIRMED_OPT_IN" | "UNKNOWN" | null;
    consentUpdatedAt: string | null;
  };
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface DevOrderLine {
  id: string;
  productId: string | null;
  variantId: string | null;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  /** Unit price before discounts. */
  price: string;
  /** Total discount on this line. */
  discount: string;
  sellingPlanId: string | null;
}

export interface DevOrder {
  id: string;
  /** "#1001" */
  name: string;
  number: number;
  customerId: string | null;
  email: string | null;
  currencyCode: string;
  lines: DevOrderLine[];
  subtotal: string;
  totalDiscounts: string;
  totalTax: string;
  totalShipping: string;
  total: string;
  financialStatus: "PENDING" | "AUTHORIZED" | "PARTIALLY_PAID" | "PAID" | "PARTIALLY_REFUNDED" | "REFUNDED" | "VOIDED";
  fulfillmentStatus: "UNFULFILLED" | "FULFILLED" | "PARTIALLY_FULFILLED";
  /** Cart attributes at checkout (the A/B test assignment travels here). */
  noteAttributes: { name: string; value: string }[];
  createdAt: string;
  processedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  refunds: { id: string; createdAt: string; amount: string; lines: { lineId: string; quantity: number }[] }[];
  test: boolean;
}

export interface DevStoreState {
  /** Bumped when the shape changes; an older file is reseeded. */
  version: 1;
  shop: DevShop;
  app: DevAppInstallation;
  products: DevProduct[];
  customers: DevCustomer[];
  orders: DevOrder[];
  metafields: DevMetafield[];
  /** The last id handed out, per resource type (ids are unique across the store). */
  nextId: number;
}
