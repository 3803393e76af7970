-- AlterTable
ALTER TABLE "PreorderLine" ADD COLUMN     "customerLocale" TEXT;

