import type { DataOwner } from "../privacy/data-owner";

/** Where the storefront schedules are: products and the shop, no customer. Only shop/redact deletes. */
export const discountDataOwners: DataOwner[] = [
  {
    model: "StorefrontScheduleHolder",
    deleteShop: async (db, shop) => (await db.storefrontScheduleHolder.deleteMany({ where: { shop } })).count,
  },
];
