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
  /** Path served by the dev store, e.g. /images/products/<handle>.svg, or the https URL media was created from. */
  url: string;
  altText: string;
  /** Null for media created from a URL: the dev store does not download it, so its size is unknown. */
  width: number | null;
  height: number | null;
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
  /** Sold only with a selling plan (Product.requiresSellingPlan); absent in older state files: false. */
  requiresSellingPlan?: boolean;
}

/** A manual (custom) collection: the products a merchant put in it, in the order they were added. */
export interface DevCollection {
  id: string;
  title: string;
  handle: string;
  descriptionHtml: string;
  productIds: string[];
  updatedAt: string;
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
  /** The selling plan's name when the order was placed (LineItemSellingPlan.name); absent in older state files. */
  sellingPlanName?: string;
  /** How `discount` splits over the order's discount applications; absent when the line has no discount. */
  discountAllocations?: DevDiscountAllocation[];
}

/** A share of one of the order's discount applications, on one line. */
export interface DevDiscountAllocation {
  /** Index into the order's `discountApplications`. */
  applicationIndex: number;
  amount: string;
}

/**
 * A discount the order got (Order.discountApplications, the webhooks' discount_applications).
 * The dev store only gives automatic discounts: those of the app's Discount Functions.
 */
export interface DevDiscountApplication {
  type: "AUTOMATIC";
  /** What checkout showed: the Function's message, or the discount's title when it gave none. */
  title: string;
  /** The automatic discount it came from (DevAutomaticAppDiscount.id). */
  discountId: string;
  /** ALL: off the order subtotal; ENTITLED: off the lines the Function picked. */
  targetSelection: "ALL" | "ENTITLED";
  /** EACH: a fixed amount off every item; ACROSS: spread over the targeted lines. */
  allocationMethod: "ACROSS" | "EACH";
  value: { percentage: number } | { amount: string };
}

/**
 * When checkout charged less than the total (a preorder deposit, or pay later), the balance
 * is due on payment terms: Shopify's PaymentTerms with one payment schedule.
 */
export interface DevPaymentTerms {
  id: string;
  /** FIXED: due at `dueAt`; NET: `dueInDays` after checkout; FULFILLMENT: when the order is fulfilled. */
  type: "FIXED" | "NET" | "FULFILLMENT";
  dueAt: string | null;
  dueInDays: number | null;
  /** What the buyer paid at checkout. */
  paidAtCheckout: string;
  scheduleId: string;
  /** When the balance was collected in full (PaymentSchedule.completedAt); absent while some of it is due. */
  completedAt?: string;
}

/**
 * The buyer's card, vaulted at checkout because the order leaves a balance to collect later:
 * Shopify's PaymentMandate with a VaultCreditCard, which the app charges with
 * orderCreateMandatePayment.
 */
export interface DevPaymentMandate {
  id: string;
  card: { brand: string; lastDigits: string; expiryMonth: number; expiryYear: number };
  createdAt: string;
}

/** A payment of the balance on a vaulted card (orderCreateMandatePayment): captured, or only authorized. */
export interface DevMandatePayment {
  /** OrderCreateMandatePaymentPayload.paymentReferenceId */
  referenceId: string;
  /** The app's key for the request: the same key again returns this payment instead of charging twice. */
  idempotencyKey: string;
  mandateId: string;
  /** The Job the mutation answered with (a UUID, as Shopify's job ids are). */
  jobId: string;
  amount: string;
  captured: boolean;
  createdAt: string;
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
  /**
   * The lines' prices before discounts (the webhooks' total_line_items_price). Shopify's
   * subtotal (Order.subtotalPriceSet, subtotal_price) is after line and order discounts:
   * this less `totalDiscounts`.
   */
  subtotal: string;
  /** Every discount on the lines, their own and their shares of the order's. */
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
  /** Set when the balance is due later (financialStatus PENDING or PARTIALLY_PAID); absent otherwise. */
  paymentTerms?: DevPaymentTerms;
  /** The cards vaulted at checkout for the balance (orders on payment terms); absent otherwise and on seeded orders. */
  paymentMandates?: DevPaymentMandate[];
  /** Payments of the balance on those cards, oldest first; absent until the first. */
  mandatePayments?: DevMandatePayment[];
  /** When the merchant marked the order fulfilled in the back office; absent otherwise (seeded orders keep none). */
  fulfilledAt?: string;
  /** The automatic discounts checkout applied, in the order the lines' `discountAllocations` index them; absent: none recorded. */
  discountApplications?: DevDiscountApplication[];
}

export type SellingPlanCategory = "PRE_ORDER" | "SUBSCRIPTION" | "TRY_BEFORE_YOU_BUY" | "OTHER";
export type SellingPlanInterval = "DAY" | "WEEK" | "MONTH" | "YEAR";

export interface DevSellingPlanAnchor {
  type: "WEEKDAY" | "MONTHDAY" | "YEARDAY";
  day: number;
  month: number | null;
  cutoffDay: number | null;
}

/** What the buyer pays at checkout: a percentage of the price, or a fixed amount (decimal string). */
export type DevCheckoutCharge = { type: "PERCENTAGE"; percentage: number } | { type: "PRICE"; amount: string };

/** SellingPlanFixedBillingPolicy (preorders, try before you buy) or SellingPlanRecurringBillingPolicy. */
export type DevSellingPlanBillingPolicy =
  | {
      kind: "fixed";
      checkoutCharge: DevCheckoutCharge;
      remainingBalanceChargeTrigger: "NO_REMAINING_BALANCE" | "EXACT_TIME" | "TIME_AFTER_CHECKOUT" | "ON_FULFILLMENT";
      remainingBalanceChargeExactTime: string | null;
      /** An ISO 8601 duration, e.g. "P30D". */
      remainingBalanceChargeTimeAfterCheckout: string | null;
    }
  | {
      kind: "recurring";
      interval: SellingPlanInterval;
      intervalCount: number;
      minCycles: number | null;
      maxCycles: number | null;
      anchors: DevSellingPlanAnchor[];
      createdAt: string;
    };

/** SellingPlanFixedDeliveryPolicy or SellingPlanRecurringDeliveryPolicy. */
export type DevSellingPlanDeliveryPolicy =
  | {
      kind: "fixed";
      fulfillmentTrigger: "ANCHOR" | "ASAP" | "EXACT_TIME" | "UNKNOWN";
      fulfillmentExactTime: string | null;
      cutoff: number | null;
      intent: "FULFILLMENT_BEGIN";
      preAnchorBehavior: "ASAP" | "NEXT";
      anchors: DevSellingPlanAnchor[];
    }
  | {
      kind: "recurring";
      interval: SellingPlanInterval;
      intervalCount: number;
      cutoff: number | null;
      intent: "FULFILLMENT_BEGIN";
      preAnchorBehavior: "ASAP" | "NEXT";
      anchors: DevSellingPlanAnchor[];
      createdAt: string;
    };

/** A price adjustment: from the first order (fixed) or after `afterCycle` orders (recurring). */
export interface DevSellingPlanPricingPolicy {
  kind: "fixed" | "recurring";
  adjustmentType: "PERCENTAGE" | "FIXED_AMOUNT" | "PRICE";
  /** A percentage for PERCENTAGE; a decimal amount (off, or the price itself for PRICE) otherwise. */
  adjustmentValue: { percentage: number } | { amount: string };
  afterCycle: number | null;
  createdAt: string;
}

export interface DevSellingPlan {
  id: string;
  name: string;
  description: string | null;
  options: string[];
  position: number | null;
  category: SellingPlanCategory | null;
  billingPolicy: DevSellingPlanBillingPolicy;
  deliveryPolicy: DevSellingPlanDeliveryPolicy;
  /** When inventory is reserved (on sale unless the app says otherwise). */
  inventoryPolicy: { reserve: "ON_FULFILLMENT" | "ON_SALE" };
  pricingPolicies: DevSellingPlanPricingPolicy[];
  createdAt: string;
}

/** A selling plan group (a purchase option such as "Pre-order") and the products and variants it applies to. */
export interface DevSellingPlanGroup {
  id: string;
  name: string;
  merchantCode: string;
  description: string | null;
  options: string[];
  position: number | null;
  /** The app's own identifier for the group, shown in Liquid as `app_id`. */
  appId: string | null;
  /** Shopify's computed summary, e.g. "1 delivery frequency, 10% discount". */
  summary: string;
  sellingPlans: DevSellingPlan[];
  /** Products the group applies to directly (all their variants). */
  productIds: string[];
  /** Variants the group applies to directly. */
  variantIds: string[];
  createdAt: string;
  updatedAt: string;
}

export type DevDiscountClass = "PRODUCT" | "ORDER" | "SHIPPING";

/**
 * An automatic discount that one of the app's Discount Functions gives (discountAutomaticAppCreate):
 * while it is active, checkout runs the function on the cart. Its configuration lives in its
 * metafields (`metafields`, owner gid://shopify/DiscountAutomaticNode/<id>).
 */
export interface DevAutomaticAppDiscount {
  id: string;
  title: string;
  /** The function extension's handle (storefront/<dir>/shopify.extension.toml). */
  functionHandle: string;
  discountClasses: DevDiscountClass[];
  combinesWith: { productDiscounts: boolean; orderDiscounts: boolean; shippingDiscounts: boolean };
  startsAt: string;
  /** Null: no end. */
  endsAt: string | null;
  appliesOnOneTimePurchase: boolean;
  appliesOnSubscription: boolean;
  recurringCycleLimit: number;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** A web pixel (webPixelCreate): Shopify keeps one per app, with settings as a JSON string. */
export interface DevWebPixel {
  id: string;
  settings: string;
}

export interface DevStoreState {
  /** Bumped when the shape changes; an older file is reseeded. */
  version: 1;
  shop: DevShop;
  app: DevAppInstallation;
  products: DevProduct[];
  /** Manual collections over the products (absent in older state files: none). */
  collections?: DevCollection[];
  customers: DevCustomer[];
  orders: DevOrder[];
  metafields: DevMetafield[];
  /** Purchase options the app created (absent in older state files: none). */
  sellingPlanGroups: DevSellingPlanGroup[];
  /** The app's web pixel, once the app has called webPixelCreate (absent: none). */
  webPixel?: DevWebPixel;
  /** The app's automatic discounts (discountAutomaticAppCreate); absent: none. */
  automaticDiscounts?: DevAutomaticAppDiscount[];
  /** The last id handed out, per resource type (ids are unique across the store). */
  nextId: number;
}
