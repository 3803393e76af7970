import { COUNTRIES } from "../../seed/addresses";
import { localIsoTime } from "../../seed/time-zone";
import type { DevShop, DevStoreState } from "../../state/types";
import { derivedId } from "./derived-id";

const WEIGHT_UNITS: Record<DevShop["weightUnit"], string> = { KILOGRAMS: "kg", GRAMS: "g", POUNDS: "lb", OUNCES: "oz" };

/** The shop's one location (the model keeps no locations): where orders ship from and returns restock. */
export function primaryLocationId(shop: DevShop): number {
  return derivedId("location", shop.id);
}

/** app/uninstalled: Shopify sends the shop, as its REST resource. */
export function appUninstalledPayload(state: DevStoreState) {
  const { shop } = state;
  // The model keeps no business address; the first street the seed knows in the shop's country stands in.
  const country = COUNTRIES[shop.countryCode] ?? COUNTRIES.US;
  const street = country.streets[0];
  const offset = shop.timezoneOffsetMinutes;
  const sign = offset < 0 ? "-" : "+";
  const gmt = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0")}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
  const withCurrency = `${shop.moneyFormat} ${shop.currencyCode}`;
  return {
    id: Number(shop.id),
    name: shop.name,
    email: shop.email,
    domain: shop.myshopifyDomain,
    province: street.province ?? "",
    country: shop.countryCode,
    address1: `120 ${street.street}`,
    zip: street.zip,
    city: street.city,
    source: null,
    phone: "+12125550100",
    latitude: null,
    longitude: null,
    primary_locale: shop.primaryLocale,
    address2: null,
    created_at: localIsoTime(shop.createdAt, shop.ianaTimezone),
    updated_at: localIsoTime(shop.createdAt, shop.ianaTimezone),
    country_code: shop.countryCode,
    country_name: country.name,
    currency: shop.currencyCode,
    customer_email: shop.email,
    timezone: `(GMT${gmt}) ${shop.ianaTimezone}`,
    iana_timezone: shop.ianaTimezone,
    shop_owner: shop.ownerName,
    money_format: shop.moneyFormat,
    money_with_currency_format: withCurrency,
    weight_unit: WEIGHT_UNITS[shop.weightUnit],
    province_code: street.provinceCode ?? "",
    taxes_included: false,
    auto_configure_tax_inclusivity: null,
    tax_shipping: null,
    county_taxes: true,
    // A development store, as the one a Partner would install the app on.
    plan_display_name: "Development",
    plan_name: "partner_test",
    has_discounts: true,
    has_gift_cards: false,
    myshopify_domain: shop.myshopifyDomain,
    google_apps_domain: null,
    google_apps_login_enabled: null,
    money_in_emails_format: shop.moneyFormat,
    money_with_currency_in_emails_format: withCurrency,
    eligible_for_payments: true,
    requires_extra_payments_agreement: false,
    password_enabled: true,
    has_storefront: true,
    finances: true,
    primary_location_id: primaryLocationId(shop),
    checkout_api_supported: true,
    multi_location_enabled: true,
    setup_required: false,
    pre_launch_enabled: false,
    enabled_presentment_currencies: [shop.currencyCode],
    marketing_sms_consent_enabled_at_checkout: false,
    transactional_sms_disabled: false,
  };
}
