import { gid } from "../../state/store";
import type { DevShop } from "../../state/types";
import type { ResolverMap, TypeResolvers } from "../resolver-map";
import { requireAccessScope } from "../support/access-scopes";
import { metafieldOwnerResolvers } from "./metafields";

/** `shop` and the Shop type. */

function timezoneOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}${String(absolute % 60).padStart(2, "0")}`;
}

function timezoneAbbreviation(ianaTimezone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: ianaTimezone, timeZoneName: "short" }).formatToParts(now);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? "UTC";
}

function countryName(countryCode: string): string {
  return new Intl.DisplayNames(["en"], { type: "region" }).of(countryCode) ?? countryCode;
}

/** The data model keeps the shop's country only; other address lines are not served. */
function shopAddress(shop: DevShop) {
  return { id: gid("ShopAddress", shop.id), country: countryName(shop.countryCode), countryCodeV2: shop.countryCode };
}

const shopFields: TypeResolvers<DevShop> = {
  id: (shop) => gid("Shop", shop.id),
  name: (shop) => shop.name,
  email: (shop) => shop.email,
  contactEmail: (shop) => shop.email,
  myshopifyDomain: (shop) => shop.myshopifyDomain,
  url: (shop) => `https://${shop.myshopifyDomain}`,
  primaryDomain: (shop) => ({
    id: gid("Domain", shop.id),
    host: shop.myshopifyDomain,
    url: `https://${shop.myshopifyDomain}`,
    sslEnabled: true,
  }),
  currencyCode: (shop) => shop.currencyCode,
  enabledPresentmentCurrencies: (shop) => [shop.currencyCode],
  // Shopify's default "with currency" format is the money format followed by the currency code.
  currencyFormats: (shop) => ({
    moneyFormat: shop.moneyFormat,
    moneyWithCurrencyFormat: `${shop.moneyFormat} ${shop.currencyCode}`,
  }),
  ianaTimezone: (shop) => shop.ianaTimezone,
  timezoneOffsetMinutes: (shop) => shop.timezoneOffsetMinutes,
  timezoneOffset: (shop) => timezoneOffset(shop.timezoneOffsetMinutes),
  timezoneAbbreviation: (shop, _args, { now }) => timezoneAbbreviation(shop.ianaTimezone, now()),
  weightUnit: (shop) => shop.weightUnit,
  unitSystem: (shop) =>
    shop.weightUnit === "KILOGRAMS" || shop.weightUnit === "GRAMS" ? "METRIC_SYSTEM" : "IMPERIAL_SYSTEM",
  shopOwnerName: (shop) => shop.ownerName,
  createdAt: (shop) => shop.createdAt,
  shopAddress: (shop) => shopAddress(shop),
  billingAddress: (shop) => shopAddress(shop),
  // Every dev store is a development store on Shopify's partner plan.
  plan: () => ({
    partnerDevelopment: true,
    publicDisplayName: "Development",
    shopifyPlus: false,
    displayName: "Development",
  }),
  ...metafieldOwnerResolvers<DevShop>((shop) => gid("Shop", shop.id)),
};

/** The dev store speaks one language, its primary locale, published on the online store. */
function shopLocales(shop: DevShop) {
  const name = new Intl.DisplayNames(["en"], { type: "language" }).of(shop.primaryLocale) ?? shop.primaryLocale;
  return [{ locale: shop.primaryLocale, name, primary: true, published: true, marketWebPresences: [] }];
}

export const shopResolvers: ResolverMap = {
  QueryRoot: {
    shop: (_source, _args, { store }) => store.state.shop,
    shopLocales: (_source, _args, { store }) => {
      requireAccessScope(store.state, "shopLocales", "read_locales");
      return shopLocales(store.state.shop);
    },
  },
  Shop: shopFields,
};
