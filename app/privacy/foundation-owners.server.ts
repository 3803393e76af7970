import type { DataOwner } from "./data-owner";

/** The foundation's own tables. Capabilities list theirs in their own privacy.server.ts. */
export const foundationDataOwners: DataOwner[] = [
  {
    model: "Session",
    deleteShop: async (db, shop) => (await db.session.deleteMany({ where: { shop } })).count,
  },
  {
    model: "Shop",
    deleteShop: async (db, shop) => (await db.shop.deleteMany({ where: { shop } })).count,
  },
  {
    model: "WebhookDelivery",
    deleteShop: async (db, shop) => (await db.webhookDelivery.deleteMany({ where: { shop } })).count,
  },
  {
    model: "Job",
    deleteShop: async (db, shop) => (await db.job.deleteMany({ where: { shop } })).count,
    customer: {
      export: (db, c) =>
        db.job.findMany({
          where: { shop: c.shop, customerId: c.customerId },
          select: { kind: true, status: true, createdAt: true, payload: true },
        }),
      delete: async (db, c) => (await db.job.deleteMany({ where: { shop: c.shop, customerId: c.customerId } })).count,
    },
  },
  {
    model: "CustomerDataRequest",
    deleteShop: async (db, shop) => (await db.customerDataRequest.deleteMany({ where: { shop } })).count,
    customer: {
      // A data-request report is itself about the customer; it is not part of the next export.
      export: async () => [],
      delete: async (db, c) =>
        (await db.customerDataRequest.deleteMany({ where: { shop: c.shop, customerId: c.customerId } })).count,
    },
  },
];
