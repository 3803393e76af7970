-- CreateTable
CREATE TABLE "ProductView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "variantId" TEXT,
    "visitor" TEXT NOT NULL,
    "viewedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ProductView_shop_productId_viewedAt_idx" ON "ProductView"("shop", "productId", "viewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProductView_shop_eventId_key" ON "ProductView"("shop", "eventId");

