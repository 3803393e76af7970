-- CreateTable
CREATE TABLE "ProductView" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "variantId" TEXT,
    "visitor" TEXT NOT NULL,
    "viewedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductView_shop_productId_viewedAt_idx" ON "ProductView"("shop", "productId", "viewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProductView_shop_eventId_key" ON "ProductView"("shop", "eventId");

