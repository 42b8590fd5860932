-- A stance keeps every source that states it, each with its passage and the
-- offsets of that passage, instead of the one source_id + passage it held.

-- CreateTable
CREATE TABLE "stance_citation" (
    "id" UUID NOT NULL,
    "stance_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "passage" TEXT,
    "passage_start" INTEGER,
    "passage_end" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stance_citation_pkey" PRIMARY KEY ("id"),
    -- Written by hand: Prisma cannot declare CHECKs.
    CONSTRAINT "stance_citation_offsets" CHECK (
        ("passage_start" IS NULL AND "passage_end" IS NULL)
        OR ("passage_start" >= 0 AND "passage_end" >= "passage_start")
    )
);

-- CreateIndex
CREATE INDEX "stance_citation_source_id_idx" ON "stance_citation"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "stance_citation_stance_id_source_id_passage_start_key" ON "stance_citation"("stance_id", "source_id", "passage_start");

-- AddForeignKey
ALTER TABLE "stance_citation" ADD CONSTRAINT "stance_citation_stance_id_fkey" FOREIGN KEY ("stance_id") REFERENCES "stance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance_citation" ADD CONSTRAINT "stance_citation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand: the source and passage of every stance become its first
-- citation. The offsets were never stored: they are found again where the
-- text of the source holds the passage, and counted in UTF-16 code units like
-- every other offset (a character beyond U+FFFF counts twice). A stance whose
-- source was deleted (source_id set to NULL) names no source to cite, so its
-- passage goes with the old columns.
INSERT INTO "stance_citation" ("id", "stance_id", "source_id", "passage", "passage_start", "passage_end")
SELECT gen_random_uuid(), s."id", s."source_id", s."passage", found."start", found."start" + found."length"
FROM "stance" s
JOIN "source" src ON src."id" = s."source_id"
LEFT JOIN LATERAL (
    SELECT
        char_length(prefix.text) + char_length(regexp_replace(prefix.text, '[^\U00010000-\U0010FFFF]', '', 'g')) AS "start",
        char_length(s."passage") + char_length(regexp_replace(s."passage", '[^\U00010000-\U0010FFFF]', '', 'g')) AS "length"
    FROM (SELECT left(src."text", strpos(src."text", s."passage") - 1) AS text) prefix
    WHERE s."passage" <> '' AND strpos(src."text", s."passage") > 0
) found ON true;

-- DropForeignKey
ALTER TABLE "stance" DROP CONSTRAINT "stance_source_id_fkey";

-- AlterTable
ALTER TABLE "stance" DROP COLUMN "passage",
DROP COLUMN "source_id";
