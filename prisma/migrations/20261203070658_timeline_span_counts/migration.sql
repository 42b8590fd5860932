-- How many events of each status and kind cover each span, per timeline: what
-- event_span_count (20261202160000) is to all events, this is to a timeline.
-- A page scoped to a timeline asks for its extent (count, first and last day)
-- and its histogram; both joined every timeline_event row to its event (8.9 s
-- to the first paint of a timeline of a million events). Triggers keep the
-- counts in the same transaction as the links and the events, one statement
-- at a time where PostgreSQL allows it.
-- CreateTable
CREATE TABLE "timeline_span_count" (
    "timeline_id" UUID NOT NULL,
    "status" "ReviewStatus" NOT NULL,
    "kind" "EventKind" NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "events" INTEGER NOT NULL,

    CONSTRAINT "timeline_span_count_pkey" PRIMARY KEY ("timeline_id","status","kind","starts_on","ends_on")
);

-- CreateIndex
CREATE INDEX "timeline_span_count_timeline_id_status_starts_on_idx" ON "timeline_span_count"("timeline_id", "status", "starts_on");

-- AddForeignKey
ALTER TABLE "timeline_span_count" ADD CONSTRAINT "timeline_span_count_timeline_id_fkey" FOREIGN KEY ("timeline_id") REFERENCES "timeline"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- The few spans longer than a day (months, years, ranges) of a timeline, to
-- find those that meet a window without reading its one-day rows (a partial
-- index, which schema.prisma cannot express).
CREATE INDEX "timeline_span_count_long_spans_idx" ON "timeline_span_count"("timeline_id", "status", "starts_on") WHERE "starts_on" <> "ends_on";

-- As in event_span_count, counts move only by what a statement changed and
-- rows at 0 stay.
ALTER TABLE "timeline_span_count" ADD CONSTRAINT "timeline_span_count_not_negative" CHECK ("events" >= 0);

INSERT INTO "timeline_span_count" ("timeline_id", "status", "kind", "starts_on", "ends_on", "events")
SELECT te."timeline_id", e."status", e."kind", e."starts_on", e."ends_on", count(*)
FROM "timeline_event" te JOIN "event" e ON e."id" = te."event_id"
GROUP BY 1, 2, 3, 4, 5;

-- Adds signed deltas (rows of this table whose "events" may be negative) to
-- the counts. Keys that gain are upserted and keys that lose are updated, in
-- key order, so concurrent writers lock shared rows in the same order (a
-- negative row offered to INSERT would fail the CHECK before the conflict
-- turned it into an update).
CREATE FUNCTION "timeline_span_count_add"(deltas "timeline_span_count"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "timeline_span_count" AS c ("timeline_id", "status", "kind", "starts_on", "ends_on", "events")
  SELECT timeline_id, status, kind, starts_on, ends_on, sum(events)::int
  FROM unnest(deltas) GROUP BY 1, 2, 3, 4, 5 HAVING sum(events) > 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("timeline_id", "status", "kind", "starts_on", "ends_on") DO UPDATE SET "events" = c."events" + EXCLUDED."events";
  UPDATE "timeline_span_count" c SET "events" = c."events" + d.n
  FROM (
    SELECT timeline_id, status, kind, starts_on, ends_on, sum(events)::int AS n
    FROM unnest(deltas) GROUP BY 1, 2, 3, 4, 5 HAVING sum(events) < 0 ORDER BY 1, 2, 3, 4, 5
  ) d
  WHERE (c."timeline_id", c."status", c."kind", c."starts_on", c."ends_on") = (d.timeline_id, d.status, d.kind, d.starts_on, d.ends_on);
$$;

-- Links added, removed or changed: +1 per new link and -1 per old one, at its
-- event's status, kind and span. A link whose event is being deleted finds no
-- event here; the event's own delete trigger below has counted it already.
CREATE FUNCTION "timeline_span_count_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "timeline_span_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on, count(*)::int)::"timeline_span_count"
      FROM new_links l JOIN "event" e ON e.id = l.event_id GROUP BY l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "timeline_span_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on, -count(*)::int)::"timeline_span_count"
      FROM old_links l JOIN "event" e ON e.id = l.event_id GROUP BY l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "timeline_span_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on, sum(l.n)::int)::"timeline_span_count"
      FROM (SELECT timeline_id, event_id, 1 AS n FROM new_links UNION ALL SELECT timeline_id, event_id, -1 FROM old_links) l
      JOIN "event" e ON e.id = l.event_id GROUP BY l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on));
  ELSE -- TRUNCATE, also when it cascades from event or timeline
    DELETE FROM "timeline_span_count";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "timeline_span_count_insert" AFTER INSERT ON "timeline_event"
  REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "timeline_span_count_links"();
CREATE TRIGGER "timeline_span_count_update" AFTER UPDATE ON "timeline_event"
  REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "timeline_span_count_links"();
CREATE TRIGGER "timeline_span_count_delete" AFTER DELETE ON "timeline_event"
  REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION "timeline_span_count_links"();
CREATE TRIGGER "timeline_span_count_truncate" AFTER TRUNCATE ON "timeline_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "timeline_span_count_links"();

-- An event whose status, kind or span changed moves its count in each of its
-- timelines; an update that leaves those alone (a title, a summary) costs no
-- join.
CREATE FUNCTION "timeline_span_count_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "timeline_span_count_add"(ARRAY(
    SELECT ROW(te.timeline_id, d.status, d.kind, d.starts_on, d.ends_on, sum(d.n)::int)::"timeline_span_count"
    FROM old_events o JOIN new_events n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (n.status, n.kind, n.starts_on, n.ends_on, 1), (o.status, o.kind, o.starts_on, o.ends_on, -1)) d(status, kind, starts_on, ends_on, n)
    JOIN "timeline_event" te ON te.event_id = o.id
    WHERE (n.status, n.kind, n.starts_on, n.ends_on) IS DISTINCT FROM (o.status, o.kind, o.starts_on, o.ends_on)
    GROUP BY te.timeline_id, d.status, d.kind, d.starts_on, d.ends_on));
  RETURN NULL;
END
$$;

CREATE TRIGGER "timeline_span_count_event_update" AFTER UPDATE ON "event"
  REFERENCING OLD TABLE AS old_events NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "timeline_span_count_events"();

-- A deleted event takes its links with it (ON DELETE CASCADE), but by the time
-- their delete trigger runs the event is gone and its span with it; so the
-- event counts itself out of its timelines, before it goes. Row by row: an
-- event is deleted when it is merged into another, one at a time.
CREATE FUNCTION "timeline_span_count_event_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "timeline_span_count_add"(ARRAY(
    SELECT ROW(te.timeline_id, OLD.status, OLD.kind, OLD.starts_on, OLD.ends_on, -1)::"timeline_span_count"
    FROM "timeline_event" te WHERE te.event_id = OLD.id));
  RETURN OLD;
END
$$;

CREATE TRIGGER "timeline_span_count_event_delete" BEFORE DELETE ON "event"
  FOR EACH ROW EXECUTE FUNCTION "timeline_span_count_event_deleted"();
