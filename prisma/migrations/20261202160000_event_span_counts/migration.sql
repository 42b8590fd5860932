-- How many events of each status and kind cover each span [starts_on, ends_on]:
-- the histogram and the window's count read these few thousand rows instead
-- of every event in a 25-year window (85-137 s at a million events before).
-- Triggers keep the counts in the same transaction as the events, one
-- statement at a time (transition tables), so a bulk insert costs one upsert
-- per distinct span, not one per event.
-- CreateTable
CREATE TABLE "event_span_count" (
    "status" "ReviewStatus" NOT NULL,
    "kind" "EventKind" NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "events" INTEGER NOT NULL,

    CONSTRAINT "event_span_count_pkey" PRIMARY KEY ("status","kind","starts_on","ends_on")
);

-- CreateIndex
CREATE INDEX "event_span_count_status_starts_on_idx" ON "event_span_count"("status", "starts_on");

-- The few spans longer than a day (months, years, ranges) that meet a window,
-- without reading the one-day ones (not expressible in schema.prisma).
CREATE INDEX "event_span_count_span_idx" ON "event_span_count" USING GIST (daterange("starts_on", "ends_on", '[]'));

-- Counts only ever move by what a statement changed: rows at 0 stay (a span
-- used once is likely used again) and never go below it.
ALTER TABLE "event_span_count" ADD CONSTRAINT "event_span_count_not_negative" CHECK ("events" >= 0);

INSERT INTO "event_span_count" ("status", "kind", "starts_on", "ends_on", "events")
SELECT "status", "kind", "starts_on", "ends_on", count(*) FROM "event" GROUP BY 1, 2, 3, 4;

-- The delta of a statement is +1 per new row and -1 per old row, summed per
-- span, and an UPDATE that leaves status, kind and dates alone sums to nothing.
-- Keys are upserted in order, so concurrent writers lock shared rows in the
-- same order. A trigger sees only the transition tables its event has, hence
-- one branch per event.
CREATE FUNCTION "event_span_count_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "event_span_count" AS c ("status", "kind", "starts_on", "ends_on", "events")
    SELECT status, kind, starts_on, ends_on, count(*) FROM new_events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("status", "kind", "starts_on", "ends_on") DO UPDATE SET "events" = c."events" + EXCLUDED."events";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "event_span_count" c SET "events" = c."events" - d.n
    FROM (SELECT status, kind, starts_on, ends_on, count(*)::int AS n FROM old_events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4) d
    WHERE (c."status", c."kind", c."starts_on", c."ends_on") = (d.status, d.kind, d.starts_on, d.ends_on);
  ELSIF TG_OP = 'UPDATE' THEN
    -- Spans that gained events are upserted, those that lost some updated:
    -- a negative row offered to INSERT would fail the CHECK before the
    -- conflict turned it into an update.
    INSERT INTO "event_span_count" AS c ("status", "kind", "starts_on", "ends_on", "events")
    SELECT status, kind, starts_on, ends_on, sum(n)::int
    FROM (
      SELECT status, kind, starts_on, ends_on, 1 AS n FROM new_events
      UNION ALL
      SELECT status, kind, starts_on, ends_on, -1 AS n FROM old_events
    ) changes
    GROUP BY 1, 2, 3, 4 HAVING sum(n) > 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("status", "kind", "starts_on", "ends_on") DO UPDATE SET "events" = c."events" + EXCLUDED."events";
    UPDATE "event_span_count" c SET "events" = c."events" + d.n
    FROM (
      SELECT status, kind, starts_on, ends_on, sum(n)::int AS n
      FROM (
        SELECT status, kind, starts_on, ends_on, 1 AS n FROM new_events
        UNION ALL
        SELECT status, kind, starts_on, ends_on, -1 AS n FROM old_events
      ) changes
      GROUP BY 1, 2, 3, 4 HAVING sum(n) < 0
    ) d
    WHERE (c."status", c."kind", c."starts_on", c."ends_on") = (d.status, d.kind, d.starts_on, d.ends_on);
  ELSE -- TRUNCATE
    DELETE FROM "event_span_count";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "event_span_count_insert" AFTER INSERT ON "event"
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "event_span_count_apply"();
CREATE TRIGGER "event_span_count_update" AFTER UPDATE ON "event"
  REFERENCING OLD TABLE AS old_events NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "event_span_count_apply"();
CREATE TRIGGER "event_span_count_delete" AFTER DELETE ON "event"
  REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION "event_span_count_apply"();
CREATE TRIGGER "event_span_count_truncate" AFTER TRUNCATE ON "event"
  FOR EACH STATEMENT EXECUTE FUNCTION "event_span_count_apply"();
