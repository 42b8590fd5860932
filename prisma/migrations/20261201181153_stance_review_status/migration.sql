-- Stances and their citations go through review like events. What is on file
-- was public until now and stays so: rows that exist get PUBLISHED, while the
-- default for rows written from now on is DRAFT.

-- AlterTable
ALTER TABLE "stance" ADD COLUMN     "status" "ReviewStatus" NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE "stance" ALTER COLUMN "status" SET DEFAULT 'DRAFT';

-- AlterTable
ALTER TABLE "stance_citation" ADD COLUMN     "status" "ReviewStatus" NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE "stance_citation" ALTER COLUMN "status" SET DEFAULT 'DRAFT';
