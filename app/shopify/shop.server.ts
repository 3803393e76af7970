import type { AdminApi } from "./admin.server";
import { adminQuery } from "./graphql.server";

const SHOP_SUMMARY = `#graphql
  query ShopSummary {
    shop {
      name
      myshopifyDomain
      currencyCode
      ianaTimezone
    }
  }
`;

export interface ShopSummary {
  name: string;
  myshopifyDomain: string;
  currencyCode: string;
  ianaTimezone: string;
}

/** The shop's name, currency and time zone: what every page shows money and times in. */
export async function getShopSummary(admin: AdminApi): Promise<ShopSummary> {
  const data = await adminQuery<{ shop: ShopSummary }>(admin, SHOP_SUMMARY);
  return data.shop;
}
