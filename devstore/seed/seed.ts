import type { DevAppInstallation, DevShop, DevStoreState } from "../state/types";
import { readAppConfig } from "./app-config";
import { seedCollections } from "./collections";
import { seedCustomers } from "./customers";
import { seedOrders } from "./orders";
import { seedProducts } from "./products";
import { Random } from "./random";
import { timezoneOffsetMinutes } from "./time-zone";

export interface SeedOptions {
  apiKey: string;
  apiSecret: string;
  appUrl: string;
  /** The shop's "now": order history ends here. */
  now: Date;
  shopDomain?: string;
  currency?: string;
  randomSeed?: number;
}

const DAY = 86_400_000;

/** Ids look like Shopify's (13 digits, exact as JSON numbers) and ascend in the order things were created. */
const FIRST_ID = 7_310_000_000_000;

const TIME_ZONE = "America/New_York";

const MONEY_FORMATS: Record<string, string> = {
  USD: "${{amount}}",
  CAD: "${{amount}}",
  AUD: "${{amount}}",
  EUR: "€{{amount_with_comma_separator}}",
  GBP: "£{{amount}}",
};

/**
 * The dev store's starting state: a cross-border home-goods shop with a dozen products, 40
 * customers, 90 days of orders and the Fieldtest app installed. The same options give the
 * same state, so tests and demos can rely on it.
 */
export function seedState(options: SeedOptions): DevStoreState {
  const random = new Random(options.randomSeed ?? 1);
  const now = options.now;
  let lastId = FIRST_ID;
  const nextId = () => String(++lastId);

  const shop = seedShop(options, nextId());
  const products = seedProducts(random.fork("products"), now, nextId);
  const customers = seedCustomers(random.fork("customers"), now, nextId);
  const orders = seedOrders({ random: random.fork("orders"), now, shop, products, customers, nextId });
  const app = seedAppInstallation(options, random.fork("app"), nextId());
  // Last, so the ids of everything seeded before collections existed stay as they were.
  const collections = seedCollections(products, now, nextId);

  return {
    version: 1,
    shop,
    app,
    products,
    collections,
    customers,
    orders,
    metafields: [],
    sellingPlanGroups: [],
    nextId: lastId,
  };
}

function seedShop(options: SeedOptions, id: string): DevShop {
  const domain = options.shopDomain ?? "fieldtest-demo.myshopify.com";
  const currencyCode = options.currency ?? "USD";
  return {
    id,
    name: "Fieldtest Demo Store",
    myshopifyDomain: domain,
    email: `${domain.split(".")[0]}@example.com`,
    currencyCode,
    ianaTimezone: TIME_ZONE,
    timezoneOffsetMinutes: timezoneOffsetMinutes(TIME_ZONE, options.now),
    primaryLocale: "en",
    countryCode: "US",
    weightUnit: "POUNDS",
    moneyFormat: MONEY_FORMATS[currencyCode] ?? `{{amount}} ${currencyCode}`,
    ownerName: "Jordan Avery",
    createdAt: new Date(options.now.getTime() - 760 * DAY).toISOString(),
  };
}

/** Installed just now, with the scopes and webhook subscriptions shopify.app.toml declares. */
function seedAppInstallation(options: SeedOptions, random: Random, appId: string): DevAppInstallation {
  const config = readAppConfig();
  return {
    appId,
    apiKey: options.apiKey,
    apiSecret: options.apiSecret,
    appUrl: options.appUrl,
    accessToken: `shpat_${random.hex(32)}`,
    scopes: [...config.scopes],
    webhookSubscriptions: config.webhookSubscriptions.map(({ topic, uri }) => ({ topic, uri })),
    installedAt: options.now.toISOString(),
  };
}
