import type { Db } from "../db.server";
import type { CustomerRef, DataOwner } from "./data-owner";
import { dataOwners } from "./registry.server";

export interface CustomerDataReport {
  shop: string;
  customer: { id: string; email: string | null; phone: string | null };
  ordersRequested: string[];
  generatedAt: string;
  records: Record<string, unknown[]>;
}

/** customers/data_request: everything Fieldtest holds about one customer, by table. */
export async function assembleCustomerData(
  db: Db,
  customer: CustomerRef,
  now: Date,
  owners: readonly DataOwner[] = dataOwners,
): Promise<CustomerDataReport> {
  const records: Record<string, unknown[]> = {};
  for (const owner of owners) {
    if (!owner.customer) continue;
    const rows = await owner.customer.export(db, customer);
    if (rows.length) records[owner.model] = rows;
  }
  return {
    shop: customer.shop,
    customer: { id: customer.customerId, email: customer.email, phone: customer.phone },
    ordersRequested: customer.orderIds,
    generatedAt: now.toISOString(),
    records,
  };
}

/** Stores the report for the merchant (Settings › Privacy requests); idempotent per request. */
export async function answerDataRequest(db: Db, customer: CustomerRef, requestId: string, now: Date) {
  const report = await assembleCustomerData(db, customer, now);
  await db.customerDataRequest.upsert({
    where: { shop_requestId: { shop: customer.shop, requestId } },
    create: { shop: customer.shop, customerId: customer.customerId, requestId, report: JSON.stringify(report) },
    update: { report: JSON.stringify(report) },
  });
  return report;
}

/** customers/redact: deletes the customer's rows from every table, in one transaction. */
export async function redactCustomer(db: Db, customer: CustomerRef, owners: readonly DataOwner[] = dataOwners) {
  return db.$transaction(async (tx) => {
    const deleted: Record<string, number> = {};
    for (const owner of owners) {
      if (owner.customer) deleted[owner.model] = await owner.customer.delete(tx, customer);
    }
    return deleted;
  });
}

/** shop/redact: deletes every row of the shop, in one transaction. */
export async function redactShop(db: Db, shop: string, owners: readonly DataOwner[] = dataOwners) {
  return db.$transaction(async (tx) => {
    const deleted: Record<string, number> = {};
    for (const owner of owners) deleted[owner.model] = await owner.deleteShop(tx, shop);
    return deleted;
  });
}
