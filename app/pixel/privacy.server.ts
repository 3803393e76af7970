import type { DataOwner } from "../privacy/data-owner";

/**
 * Product views hold no customer: no customer id, email or order, and the visitor is a keyed
 * hash of a browser id that nothing in a data request or redaction carries. So only shop/redact
 * has anything to delete.
 */
export const pixelDataOwners: DataOwner[] = [
  {
    model: "ProductView",
    deleteShop: async (db, shop) => (await db.productView.deleteMany({ where: { shop } })).count,
  },
];
