-- Citations and quotes of events go through review like stance citations.
-- Everything on file was public until now and stays so (the UPDATEs below),
-- while rows written from now on start as DRAFT (the column default).

-- AlterTable
ALTER TABLE "citation" ADD COLUMN     "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT';

-- AlterTable
ALTER TABLE "quote" ADD COLUMN     "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT';

-- Data: evidence already on file keeps being shown
UPDATE "citation" SET "status" = 'PUBLISHED';
UPDATE "quote" SET "status" = 'PUBLISHED';
