-- CreateTable
CREATE TABLE "PreorderTest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "productTitle" TEXT NOT NULL,
    "variantIds" TEXT NOT NULL,
    "sellingPlanGroupId" TEXT,
    "sellingPlanId" TEXT,
    "draft" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'live',
    "shipDate" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "endedAt" DATETIME
);

-- CreateTable
CREATE TABLE "PreorderLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "testId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderName" TEXT NOT NULL,
    "lineItemId" TEXT NOT NULL,
    "customerId" TEXT,
    "customerEmail" TEXT,
    "customerName" TEXT,
    "quantity" INTEGER NOT NULL,
    "cancelledQuantity" INTEGER NOT NULL DEFAULT 0,
    "unitPrice" REAL NOT NULL,
    "depositAmount" REAL NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "orderedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PreorderLine_testId_fkey" FOREIGN KEY ("testId") REFERENCES "PreorderTest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PreorderNotice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "testId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "orderName" TEXT NOT NULL,
    "customerId" TEXT,
    "customerEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sentAt" DATETIME,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PreorderNotice_testId_fkey" FOREIGN KEY ("testId") REFERENCES "PreorderTest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MailSettings" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "host" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "secure" BOOLEAN NOT NULL DEFAULT false,
    "username" TEXT,
    "password" TEXT,
    "fromAddress" TEXT NOT NULL,
    "fromName" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "PreorderTest_shop_status_idx" ON "PreorderTest"("shop", "status");

-- CreateIndex
CREATE INDEX "PreorderTest_shop_productId_idx" ON "PreorderTest"("shop", "productId");

-- CreateIndex
CREATE INDEX "PreorderLine_testId_orderedAt_idx" ON "PreorderLine"("testId", "orderedAt");

-- CreateIndex
CREATE INDEX "PreorderLine_shop_customerId_idx" ON "PreorderLine"("shop", "customerId");

-- CreateIndex
CREATE INDEX "PreorderLine_shop_orderId_idx" ON "PreorderLine"("shop", "orderId");

-- CreateIndex
CREATE UNIQUE INDEX "PreorderLine_shop_lineItemId_key" ON "PreorderLine"("shop", "lineItemId");

-- CreateIndex
CREATE INDEX "PreorderNotice_testId_createdAt_idx" ON "PreorderNotice"("testId", "createdAt");

-- CreateIndex
CREATE INDEX "PreorderNotice_shop_customerId_idx" ON "PreorderNotice"("shop", "customerId");

