-- AlterTable
ALTER TABLE "PreorderTest" ADD COLUMN "unitPrice" REAL;

-- CreateTable
CREATE TABLE "PreorderBalanceCharge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "testId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderName" TEXT NOT NULL,
    "customerId" TEXT,
    "dueAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "amount" REAL,
    "paymentReferenceId" TEXT,
    "error" TEXT,
    "chargedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PreorderBalanceCharge_testId_fkey" FOREIGN KEY ("testId") REFERENCES "PreorderTest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PreorderBalanceCharge_shop_orderId_idx" ON "PreorderBalanceCharge"("shop", "orderId");

-- CreateIndex
CREATE INDEX "PreorderBalanceCharge_shop_customerId_idx" ON "PreorderBalanceCharge"("shop", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "PreorderBalanceCharge_testId_orderId_key" ON "PreorderBalanceCharge"("testId", "orderId");

-- CreateIndex
CREATE UNIQUE INDEX "PreorderNotice_testId_kind_orderName_key" ON "PreorderNotice"("testId", "kind", "orderName");
