import type { DevCustomer } from "../state/types";
import { hashString } from "./random";

/**
 * Postal addresses. The data model keeps none, so a customer's address is derived from the
 * customer (country from the locale, street from the id) and a guest's from the order: the
 * same every time, for the seed's taxes and shipping and for the webhook payloads alike.
 */
export interface PostalAddress {
  firstName: string;
  lastName: string;
  company: string | null;
  address1: string;
  address2: string | null;
  city: string;
  /** Null where Shopify keeps no provinces for the country (GB, DE, FR, NL). */
  province: string | null;
  provinceCode: string | null;
  zip: string;
  country: string;
  countryCode: string;
  phone: string | null;
}

interface Street {
  street: string;
  city: string;
  province: string | null;
  provinceCode: string | null;
  zip: string;
}

export const COUNTRIES: Record<string, { name: string; streets: Street[] }> = {
  US: {
    name: "United States",
    streets: [
      { street: "Bedford Avenue", city: "Brooklyn", province: "New York", provinceCode: "NY", zip: "11211" },
      { street: "Valencia Street", city: "San Francisco", province: "California", provinceCode: "CA", zip: "94110" },
      { street: "South Congress Avenue", city: "Austin", province: "Texas", provinceCode: "TX", zip: "78704" },
      { street: "North Milwaukee Avenue", city: "Chicago", province: "Illinois", provinceCode: "IL", zip: "60622" },
      { street: "Pike Street", city: "Seattle", province: "Washington", provinceCode: "WA", zip: "98101" },
      { street: "Newbury Street", city: "Boston", province: "Massachusetts", provinceCode: "MA", zip: "02116" },
    ],
  },
  CA: {
    name: "Canada",
    streets: [
      { street: "Queen Street West", city: "Toronto", province: "Ontario", provinceCode: "ON", zip: "M5V 2A9" },
      { street: "Rue Saint-Denis", city: "Montréal", province: "Quebec", provinceCode: "QC", zip: "H2X 3K8" },
      { street: "Main Street", city: "Vancouver", province: "British Columbia", provinceCode: "BC", zip: "V5T 3E6" },
    ],
  },
  GB: {
    name: "United Kingdom",
    streets: [
      { street: "Camden High Street", city: "London", province: null, provinceCode: null, zip: "NW1 8QP" },
      { street: "Deansgate", city: "Manchester", province: null, provinceCode: null, zip: "M3 4LQ" },
      { street: "Princes Street", city: "Edinburgh", province: null, provinceCode: null, zip: "EH2 2ER" },
    ],
  },
  DE: {
    name: "Germany",
    streets: [
      { street: "Kastanienallee", city: "Berlin", province: null, provinceCode: null, zip: "10435" },
      { street: "Schanzenstraße", city: "Hamburg", province: null, provinceCode: null, zip: "20357" },
      { street: "Leopoldstraße", city: "München", province: null, provinceCode: null, zip: "80802" },
    ],
  },
  FR: {
    name: "France",
    streets: [
      { street: "Rue Oberkampf", city: "Paris", province: null, provinceCode: null, zip: "75011" },
      { street: "Rue de la République", city: "Lyon", province: null, provinceCode: null, zip: "69002" },
    ],
  },
  NL: {
    name: "Netherlands",
    streets: [
      { street: "Haarlemmerstraat", city: "Amsterdam", province: null, provinceCode: null, zip: "1013 EP" },
      { street: "Oudegracht", city: "Utrecht", province: null, provinceCode: null, zip: "3511 AR" },
    ],
  },
  AU: {
    name: "Australia",
    streets: [
      { street: "Chapel Street", city: "Prahran", province: "Victoria", provinceCode: "VIC", zip: "3181" },
      { street: "King Street", city: "Newtown", province: "New South Wales", provinceCode: "NSW", zip: "2042" },
    ],
  },
  ES: {
    name: "Spain",
    streets: [
      { street: "Carrer de Verdi", city: "Barcelona", province: "Barcelona", provinceCode: "B", zip: "08012" },
      { street: "Calle de Fuencarral", city: "Madrid", province: "Madrid", provinceCode: "M", zip: "28004" },
    ],
  },
};

const COUNTRY_BY_LOCALE: Record<string, string> = {
  en: "US",
  "en-US": "US",
  "en-CA": "CA",
  "fr-CA": "CA",
  "en-GB": "GB",
  de: "DE",
  fr: "FR",
  nl: "NL",
  "en-AU": "AU",
  es: "ES",
};

/** Where guests (who have no locale on file) ship to: mostly the US, then the shop's main export markets. */
const GUEST_COUNTRIES = ["US", "US", "US", "US", "US", "US", "CA", "GB", "GB", "DE", "FR", "AU", "NL"];

/** Combined state and city sales tax where the shop's US customers live; the shop collects no tax on exports. */
const US_SALES_TAX: Record<string, number> = {
  NY: 0.08875,
  CA: 0.08625,
  TX: 0.0825,
  IL: 0.1025,
  WA: 0.1035,
  MA: 0.0625,
};

export function salesTaxRate(address: PostalAddress): number {
  return address.countryCode === "US" ? (US_SALES_TAX[address.provinceCode ?? ""] ?? 0) : 0;
}

export function countryForLocale(locale: string): string {
  return COUNTRY_BY_LOCALE[locale] ?? COUNTRY_BY_LOCALE[locale.split("-")[0]] ?? "US";
}

export function customerAddress(customer: DevCustomer): PostalAddress {
  return address(countryForLocale(customer.locale), `customer:${customer.id}`, {
    firstName: customer.firstName,
    lastName: customer.lastName,
    phone: customer.phone,
  });
}

/** A guest checkout's address; the name is read from the e-mail ("maya.fischer@…" → Maya Fischer). */
export function guestAddress(orderId: string, email: string | null): PostalAddress {
  const countryCode = GUEST_COUNTRIES[hashString(`guest-country:${orderId}`) % GUEST_COUNTRIES.length];
  const [firstName = "Guest", lastName = ""] = (email?.split("@")[0] ?? "guest")
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1));
  return address(countryCode, `guest:${orderId}`, { firstName, lastName, phone: null });
}

function address(
  countryCode: string,
  key: string,
  person: { firstName: string; lastName: string; phone: string | null },
): PostalAddress {
  const country = COUNTRIES[countryCode];
  const hash = hashString(key);
  const street = country.streets[hash % country.streets.length];
  const number = 2 + (hash % 480);
  const streetFirst = countryCode === "DE" || countryCode === "NL" || countryCode === "ES";
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    company: null,
    address1: streetFirst ? `${street.street} ${number}` : `${number} ${street.street}`,
    address2: hash % 4 === 0 ? `Apt ${1 + (hash % 30)}` : null,
    city: street.city,
    province: street.province,
    provinceCode: street.provinceCode,
    zip: street.zip,
    country: country.name,
    countryCode,
    phone: person.phone,
  };
}
