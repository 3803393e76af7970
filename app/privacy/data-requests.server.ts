import type { Db } from "../db.server";

/** The shop's answered customers/data_request webhooks, newest first, without the reports. */
export function listDataRequests(db: Db, shop: string, take = 50) {
  return db.customerDataRequest.findMany({
    where: { shop },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, customerId: true, requestId: true, createdAt: true },
  });
}

/** One answered request with its report, or null when it is not this shop's. */
export function findDataRequest(db: Db, shop: string, id: string) {
  return db.customerDataRequest.findFirst({ where: { id, shop } });
}

/** The download's file name; customer ids are numbers, but the header must stay well-formed. */
export function dataReportFileName(customerId: string): string {
  return `customer-${customerId.replace(/[^A-Za-z0-9_-]/g, "_")}-data.json`;
}
