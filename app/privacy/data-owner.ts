import type { Prisma } from "@prisma/client";
import type { DbOrTx } from "../db.server";

/** Who a customers/data_request or customers/redact is about. */
export interface CustomerRef {
  shop: string;
  customerId: string;
  email: string | null;
  phone: string | null;
  orderIds: string[];
}

/**
 * A capability's promise about one of its tables: how to delete a shop's rows and, when
 * the table holds customer data, how to export and delete one customer's rows. Every
 * model with a `shop` or `customer…` field must have one (tests/privacy enforces it).
 */
export interface DataOwner {
  model: Prisma.ModelName;
  deleteShop(db: DbOrTx, shop: string): Promise<number>;
  customer?: {
    export(db: DbOrTx, customer: CustomerRef): Promise<unknown[]>;
    delete(db: DbOrTx, customer: CustomerRef): Promise<number>;
  };
}
