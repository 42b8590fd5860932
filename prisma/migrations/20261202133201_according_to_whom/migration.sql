-- "According to whom": what each source says of an event's date, an editor's
-- key-event flag (salience), and the publisher's country. Additive only:
-- nullable columns and a defaulted flag, so a running server keeps working.
-- AlterTable
ALTER TABLE "citation" ADD COLUMN     "resolved_ends_on" DATE,
ADD COLUMN     "resolved_precision" "DatePrecision",
ADD COLUMN     "resolved_starts_on" DATE;

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "is_key" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "publisher_country" CHAR(2);

-- A source's resolved date is all three fields or none of them.
ALTER TABLE "citation" ADD CONSTRAINT "citation_resolved_date_whole" CHECK (
  ("resolved_starts_on" IS NULL) = ("resolved_precision" IS NULL)
  AND ("resolved_starts_on" IS NULL) = ("resolved_ends_on" IS NULL)
  AND ("resolved_ends_on" IS NULL OR "resolved_ends_on" >= "resolved_starts_on")
);
