-- CreateTable
CREATE TABLE "StorefrontScheduleHolder" (
    "shop" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "discountId" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "ownerId")
);

-- CreateIndex
CREATE INDEX "StorefrontScheduleHolder_shop_discountId_idx" ON "StorefrontScheduleHolder"("shop", "discountId");

