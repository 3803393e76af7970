import type { DataOwner } from "../privacy/data-owner";

/**
 * The preorder tables. A preorder line, a notice and a balance charge name the customer (id,
 * email, name, or their order; a line also the locale they checked out in); a customers/redact
 * removes them. The tests themselves hold no customer data.
 */
export const preorderDataOwners: DataOwner[] = [
  {
    model: "PreorderTest",
    deleteShop: async (db, shop) => (await db.preorderTest.deleteMany({ where: { shop } })).count,
  },
  {
    model: "PreorderLine",
    deleteShop: async (db, shop) => (await db.preorderLine.deleteMany({ where: { shop } })).count,
    customer: {
      export: (db, c) =>
        db.preorderLine.findMany({
          where: customerLines(c),
          select: {
            orderName: true,
            quantity: true,
            unitPrice: true,
            depositAmount: true,
            status: true,
            orderedAt: true,
            customerLocale: true,
          },
        }),
      delete: async (db, c) => (await db.preorderLine.deleteMany({ where: customerLines(c) })).count,
    },
  },
  {
    model: "PreorderNotice",
    deleteShop: async (db, shop) => (await db.preorderNotice.deleteMany({ where: { shop } })).count,
    customer: {
      export: (db, c) =>
        db.preorderNotice.findMany({
          where: customerNotices(c),
          select: { kind: true, orderName: true, subject: true, body: true, sentAt: true },
        }),
      delete: async (db, c) => (await db.preorderNotice.deleteMany({ where: customerNotices(c) })).count,
    },
  },
  {
    model: "PreorderBalanceCharge",
    deleteShop: async (db, shop) => (await db.preorderBalanceCharge.deleteMany({ where: { shop } })).count,
    customer: {
      export: (db, c) =>
        db.preorderBalanceCharge.findMany({
          where: customerCharges(c),
          select: { orderName: true, dueAt: true, status: true, amount: true, chargedAt: true },
        }),
      delete: async (db, c) => (await db.preorderBalanceCharge.deleteMany({ where: customerCharges(c) })).count,
    },
  },
  {
    model: "MailSettings",
    deleteShop: async (db, shop) => (await db.mailSettings.deleteMany({ where: { shop } })).count,
  },
];

type Customer = Parameters<NonNullable<DataOwner["customer"]>["export"]>[1];

/** A customer's rows: by customer id, by email (guest checkouts have no id), or by their orders. */
function customerLines(c: Customer) {
  return {
    shop: c.shop,
    OR: [
      { customerId: c.customerId },
      ...(c.email ? [{ customerEmail: c.email }] : []),
      ...(c.orderIds.length ? [{ orderId: { in: c.orderIds } }] : []),
    ],
  };
}

function customerNotices(c: Customer) {
  return {
    shop: c.shop,
    OR: [{ customerId: c.customerId }, ...(c.email ? [{ customerEmail: c.email }] : [])],
  };
}

function customerCharges(c: Customer) {
  return {
    shop: c.shop,
    OR: [{ customerId: c.customerId }, ...(c.orderIds.length ? [{ orderId: { in: c.orderIds } }] : [])],
  };
}
