-- How many published events cite each publisher, per timeline and over all
-- events: what the Sources filter lists. It counted DISTINCT events over every
-- citation of the timeline joined to its source and its event (6.0 s p50,
-- 7.4 s p95 on a timeline of a million events); it now reads one row per
-- publisher. Triggers keep the counts in the same transaction as the writes,
-- one statement at a time where PostgreSQL allows it, in two steps:
--   citation, source        -> event_publisher (citations per event and publisher)
--   event_publisher crossing 0, an event's status, its links
--                           -> publisher_event_count, timeline_publisher_event_count
-- Each count is kept twice: events with a citation of any status from the
-- publisher (what an editor sees) and events with a PUBLISHED one (a reader).
-- Only PUBLISHED events count in either.
--
-- Concurrency: the counts read an event's status, citations and links as the
-- statement sees them, as timeline_span_count does. Writes of an event's
-- citations (review, ingestion) lock its row first (lockEvent, lockEvents),
-- so they queue behind a change of its status; a link added while its event
-- is being published in another transaction is not locked out (as for
-- timeline_span_count).

-- CreateTable
CREATE TABLE "event_publisher" (
    "event_id" UUID NOT NULL,
    "publisher" TEXT NOT NULL,
    "citations" INTEGER NOT NULL,
    "published_citations" INTEGER NOT NULL,

    CONSTRAINT "event_publisher_pkey" PRIMARY KEY ("event_id","publisher")
);

-- CreateTable
CREATE TABLE "publisher_event_count" (
    "publisher" TEXT NOT NULL,
    "events_by_any_citation" INTEGER NOT NULL,
    "events_by_published_citations" INTEGER NOT NULL,

    CONSTRAINT "publisher_event_count_pkey" PRIMARY KEY ("publisher")
);

-- CreateTable
CREATE TABLE "timeline_publisher_event_count" (
    "timeline_id" UUID NOT NULL,
    "publisher" TEXT NOT NULL,
    "events_by_any_citation" INTEGER NOT NULL,
    "events_by_published_citations" INTEGER NOT NULL,

    CONSTRAINT "timeline_publisher_event_count_pkey" PRIMARY KEY ("timeline_id","publisher")
);

-- CreateIndex
CREATE INDEX "source_publisher_publisher_country_idx" ON "source"("publisher", "publisher_country");

-- AddForeignKey
ALTER TABLE "event_publisher" ADD CONSTRAINT "event_publisher_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "timeline_publisher_event_count" ADD CONSTRAINT "timeline_publisher_event_count_timeline_id_fkey" FOREIGN KEY ("timeline_id") REFERENCES "timeline"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- As in the span counts, counts move only by what a statement changed, rows
-- at 0 stay (an event_publisher row goes with its event) and none goes below 0.
-- Each count on its own: a delta row offered to INSERT (0 citations, +1
-- published when a draft citation is accepted) must pass the CHECK too.
ALTER TABLE "event_publisher" ADD CONSTRAINT "event_publisher_not_negative" CHECK ("citations" >= 0 AND "published_citations" >= 0);
ALTER TABLE "publisher_event_count" ADD CONSTRAINT "publisher_event_count_not_negative"
  CHECK ("events_by_any_citation" >= 0 AND "events_by_published_citations" >= 0);
ALTER TABLE "timeline_publisher_event_count" ADD CONSTRAINT "timeline_publisher_event_count_not_negative"
  CHECK ("events_by_any_citation" >= 0 AND "events_by_published_citations" >= 0);

INSERT INTO "event_publisher" ("event_id", "publisher", "citations", "published_citations")
SELECT c."event_id", s."publisher", count(*), count(*) FILTER (WHERE c."status" = 'PUBLISHED')
FROM "citation" c JOIN "source" s ON s."id" = c."source_id"
WHERE s."publisher" IS NOT NULL
GROUP BY 1, 2;

INSERT INTO "publisher_event_count" ("publisher", "events_by_any_citation", "events_by_published_citations")
SELECT ep."publisher", count(*) FILTER (WHERE ep."citations" > 0), count(*) FILTER (WHERE ep."published_citations" > 0)
FROM "event_publisher" ep JOIN "event" e ON e."id" = ep."event_id"
WHERE e."status" = 'PUBLISHED'
GROUP BY 1;

INSERT INTO "timeline_publisher_event_count" ("timeline_id", "publisher", "events_by_any_citation", "events_by_published_citations")
SELECT te."timeline_id", ep."publisher", count(*) FILTER (WHERE ep."citations" > 0), count(*) FILTER (WHERE ep."published_citations" > 0)
FROM "event_publisher" ep JOIN "event" e ON e."id" = ep."event_id" JOIN "timeline_event" te ON te."event_id" = e."id"
WHERE e."status" = 'PUBLISHED'
GROUP BY 1, 2;

-- The three functions below add signed deltas (rows of their table whose
-- counts may be negative) to the rows of their table. Keys that only gain are
-- upserted and keys that lose anything are updated, each in key order, so
-- concurrent writers lock shared rows in the same order (a negative row
-- offered to INSERT would fail the CHECK before the conflict turned it into
-- an update; a key that loses has a row already).
CREATE FUNCTION "event_publisher_add"(deltas "event_publisher"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "event_publisher" AS t ("event_id", "publisher", "citations", "published_citations")
  SELECT event_id, publisher, sum(citations)::int, sum(published_citations)::int
  FROM unnest(deltas) GROUP BY 1, 2
  HAVING least(sum(citations), sum(published_citations)) >= 0 AND greatest(sum(citations), sum(published_citations)) > 0 ORDER BY 1, 2
  ON CONFLICT ("event_id", "publisher") DO UPDATE
    SET "citations" = t."citations" + EXCLUDED."citations", "published_citations" = t."published_citations" + EXCLUDED."published_citations";
  UPDATE "event_publisher" t SET "citations" = t."citations" + d.citations, "published_citations" = t."published_citations" + d.published_citations
  FROM (
    SELECT event_id, publisher, sum(citations)::int AS citations, sum(published_citations)::int AS published_citations
    FROM unnest(deltas) GROUP BY 1, 2 HAVING least(sum(citations), sum(published_citations)) < 0 ORDER BY 1, 2
  ) d
  WHERE (t."event_id", t."publisher") = (d.event_id, d.publisher);
$$;

CREATE FUNCTION "publisher_event_count_add"(deltas "publisher_event_count"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "publisher_event_count" AS t ("publisher", "events_by_any_citation", "events_by_published_citations")
  SELECT publisher, sum(events_by_any_citation)::int, sum(events_by_published_citations)::int
  FROM unnest(deltas) GROUP BY 1
  HAVING least(sum(events_by_any_citation), sum(events_by_published_citations)) >= 0
     AND greatest(sum(events_by_any_citation), sum(events_by_published_citations)) > 0 ORDER BY 1
  ON CONFLICT ("publisher") DO UPDATE
    SET "events_by_any_citation" = t."events_by_any_citation" + EXCLUDED."events_by_any_citation",
        "events_by_published_citations" = t."events_by_published_citations" + EXCLUDED."events_by_published_citations";
  UPDATE "publisher_event_count" t
  SET "events_by_any_citation" = t."events_by_any_citation" + d.any_citation,
      "events_by_published_citations" = t."events_by_published_citations" + d.published_citations
  FROM (
    SELECT publisher, sum(events_by_any_citation)::int AS any_citation, sum(events_by_published_citations)::int AS published_citations
    FROM unnest(deltas) GROUP BY 1 HAVING least(sum(events_by_any_citation), sum(events_by_published_citations)) < 0 ORDER BY 1
  ) d
  WHERE t."publisher" = d.publisher;
$$;

CREATE FUNCTION "timeline_publisher_event_count_add"(deltas "timeline_publisher_event_count"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "timeline_publisher_event_count" AS t ("timeline_id", "publisher", "events_by_any_citation", "events_by_published_citations")
  SELECT timeline_id, publisher, sum(events_by_any_citation)::int, sum(events_by_published_citations)::int
  FROM unnest(deltas) GROUP BY 1, 2
  HAVING least(sum(events_by_any_citation), sum(events_by_published_citations)) >= 0
     AND greatest(sum(events_by_any_citation), sum(events_by_published_citations)) > 0 ORDER BY 1, 2
  ON CONFLICT ("timeline_id", "publisher") DO UPDATE
    SET "events_by_any_citation" = t."events_by_any_citation" + EXCLUDED."events_by_any_citation",
        "events_by_published_citations" = t."events_by_published_citations" + EXCLUDED."events_by_published_citations";
  UPDATE "timeline_publisher_event_count" t
  SET "events_by_any_citation" = t."events_by_any_citation" + d.any_citation,
      "events_by_published_citations" = t."events_by_published_citations" + d.published_citations
  FROM (
    SELECT timeline_id, publisher, sum(events_by_any_citation)::int AS any_citation, sum(events_by_published_citations)::int AS published_citations
    FROM unnest(deltas) GROUP BY 1, 2 HAVING least(sum(events_by_any_citation), sum(events_by_published_citations)) < 0 ORDER BY 1, 2
  ) d
  WHERE (t."timeline_id", t."publisher") = (d.timeline_id, d.publisher);
$$;

-- Step 1: citations added, removed or changed (status, event, source) move
-- event_publisher by +1 per new citation and -1 per old one, at its source's
-- publisher. A citation whose source is being deleted finds no source here;
-- the source's own delete trigger below has counted it out already.
CREATE FUNCTION "event_publisher_citations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "event_publisher_add"(ARRAY(
      SELECT ROW(c.event_id, s.publisher, count(*)::int, (count(*) FILTER (WHERE c.status = 'PUBLISHED'))::int)::"event_publisher"
      FROM new_citations c JOIN "source" s ON s.id = c.source_id WHERE s.publisher IS NOT NULL GROUP BY c.event_id, s.publisher));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "event_publisher_add"(ARRAY(
      SELECT ROW(c.event_id, s.publisher, -count(*)::int, -(count(*) FILTER (WHERE c.status = 'PUBLISHED'))::int)::"event_publisher"
      FROM old_citations c JOIN "source" s ON s.id = c.source_id WHERE s.publisher IS NOT NULL GROUP BY c.event_id, s.publisher));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "event_publisher_add"(ARRAY(
      SELECT ROW(c.event_id, s.publisher, sum(c.n)::int, coalesce(sum(c.n) FILTER (WHERE c.status = 'PUBLISHED'), 0)::int)::"event_publisher"
      FROM (SELECT event_id, source_id, status, 1 AS n FROM new_citations UNION ALL SELECT event_id, source_id, status, -1 FROM old_citations) c
      JOIN "source" s ON s.id = c.source_id WHERE s.publisher IS NOT NULL GROUP BY c.event_id, s.publisher));
  ELSE -- TRUNCATE, also when it cascades from event or source: no citation, nothing counts.
    DELETE FROM "event_publisher";
    DELETE FROM "publisher_event_count";
    DELETE FROM "timeline_publisher_event_count";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "event_publisher_insert" AFTER INSERT ON "citation"
  REFERENCING NEW TABLE AS new_citations FOR EACH STATEMENT EXECUTE FUNCTION "event_publisher_citations"();
CREATE TRIGGER "event_publisher_update" AFTER UPDATE ON "citation"
  REFERENCING OLD TABLE AS old_citations NEW TABLE AS new_citations FOR EACH STATEMENT EXECUTE FUNCTION "event_publisher_citations"();
CREATE TRIGGER "event_publisher_delete" AFTER DELETE ON "citation"
  REFERENCING OLD TABLE AS old_citations FOR EACH STATEMENT EXECUTE FUNCTION "event_publisher_citations"();
CREATE TRIGGER "event_publisher_truncate" AFTER TRUNCATE ON "citation"
  FOR EACH STATEMENT EXECUTE FUNCTION "event_publisher_citations"();

-- A source whose publisher changed moves each of its citations from the old
-- publisher to the new one; other updates of sources cost no join.
CREATE FUNCTION "event_publisher_sources"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "event_publisher_add"(ARRAY(
    SELECT ROW(c.event_id, p.publisher, sum(p.n)::int, coalesce(sum(p.n) FILTER (WHERE c.status = 'PUBLISHED'), 0)::int)::"event_publisher"
    FROM old_sources o JOIN new_sources n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (n.publisher, 1), (o.publisher, -1)) p(publisher, n)
    JOIN "citation" c ON c.source_id = o.id
    WHERE n.publisher IS DISTINCT FROM o.publisher AND p.publisher IS NOT NULL
    GROUP BY c.event_id, p.publisher));
  RETURN NULL;
END
$$;

CREATE TRIGGER "event_publisher_source_update" AFTER UPDATE ON "source"
  REFERENCING OLD TABLE AS old_sources NEW TABLE AS new_sources FOR EACH STATEMENT EXECUTE FUNCTION "event_publisher_sources"();

-- A deleted source takes its citations with it (ON DELETE CASCADE), but by
-- the time their delete trigger runs the source is gone and its publisher
-- with it; so the source counts its citations out before it goes. Row by
-- row: sources are deleted one at a time, if ever.
CREATE FUNCTION "event_publisher_source_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.publisher IS NOT NULL THEN
    PERFORM "event_publisher_add"(ARRAY(
      SELECT ROW(c.event_id, OLD.publisher, -count(*)::int, -(count(*) FILTER (WHERE c.status = 'PUBLISHED'))::int)::"event_publisher"
      FROM "citation" c WHERE c.source_id = OLD.id GROUP BY c.event_id));
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "event_publisher_source_delete" BEFORE DELETE ON "source"
  FOR EACH ROW EXECUTE FUNCTION "event_publisher_source_deleted"();

-- Step 2. Moves the counts of each publisher by its deltas (rows shaped as
-- event_publisher: +1 or -1 event in "citations" for events by any citation,
-- and in "published_citations" for events by a published one), over all
-- events and in every timeline the event is on. Callers pass published
-- events only, or events crossing to or from PUBLISHED.
CREATE FUNCTION "publisher_event_count_move"(deltas "event_publisher"[]) RETURNS void LANGUAGE sql AS $$
  SELECT "publisher_event_count_add"(ARRAY(
    SELECT ROW(d.publisher, sum(d.citations)::int, sum(d.published_citations)::int)::"publisher_event_count"
    FROM unnest(deltas) d GROUP BY d.publisher));
  SELECT "timeline_publisher_event_count_add"(ARRAY(
    SELECT ROW(te.timeline_id, d.publisher, sum(d.citations)::int, sum(d.published_citations)::int)::"timeline_publisher_event_count"
    FROM unnest(deltas) d JOIN "timeline_event" te ON te.event_id = d.event_id GROUP BY te.timeline_id, d.publisher));
$$;

-- An event_publisher row whose counts crossed 0 adds or removes its event from
-- the publisher's counts, if the event is published. A row whose event is
-- being deleted finds no event here; the event's delete trigger below has
-- counted it out already. Rows leave event_publisher only with their event
-- (or a TRUNCATE of citation, which empties the counts), so no delete trigger.
CREATE FUNCTION "publisher_event_count_crossings"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "publisher_event_count_move"(ARRAY(
      SELECT ROW(n.event_id, n.publisher, (n.citations > 0)::int, (n.published_citations > 0)::int)::"event_publisher"
      FROM new_counts n JOIN "event" e ON e.id = n.event_id
      WHERE e.status = 'PUBLISHED' AND n.citations > 0));
  ELSE -- UPDATE, also the updates of an upsert's conflicts
    PERFORM "publisher_event_count_move"(ARRAY(
      SELECT ROW(n.event_id, n.publisher, d.any_citation, d.published_citations)::"event_publisher"
      FROM old_counts o JOIN new_counts n ON (n.event_id, n.publisher) = (o.event_id, o.publisher)
      CROSS JOIN LATERAL (SELECT (n.citations > 0)::int - (o.citations > 0)::int AS any_citation,
                                 (n.published_citations > 0)::int - (o.published_citations > 0)::int AS published_citations) d
      JOIN "event" e ON e.id = n.event_id
      WHERE e.status = 'PUBLISHED' AND (d.any_citation, d.published_citations) <> (0, 0)));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "publisher_event_count_insert" AFTER INSERT ON "event_publisher"
  REFERENCING NEW TABLE AS new_counts FOR EACH STATEMENT EXECUTE FUNCTION "publisher_event_count_crossings"();
CREATE TRIGGER "publisher_event_count_update" AFTER UPDATE ON "event_publisher"
  REFERENCING OLD TABLE AS old_counts NEW TABLE AS new_counts FOR EACH STATEMENT EXECUTE FUNCTION "publisher_event_count_crossings"();

-- An event published or unpublished adds or removes itself from the counts of
-- each publisher it cites; an update that leaves the status on the same side
-- of PUBLISHED (a title, a draft rejected) costs no join.
CREATE FUNCTION "publisher_event_count_events"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "publisher_event_count_move"(ARRAY(
    SELECT ROW(ep.event_id, ep.publisher, s.sign * (ep.citations > 0)::int, s.sign * (ep.published_citations > 0)::int)::"event_publisher"
    FROM (
      SELECT n.id, CASE WHEN n.status = 'PUBLISHED' THEN 1 ELSE -1 END AS sign
      FROM old_events o JOIN new_events n ON n.id = o.id
      WHERE (n.status = 'PUBLISHED') <> (o.status = 'PUBLISHED')
    ) s
    JOIN "event_publisher" ep ON ep.event_id = s.id));
  RETURN NULL;
END
$$;

CREATE TRIGGER "publisher_event_count_event_update" AFTER UPDATE ON "event"
  REFERENCING OLD TABLE AS old_events NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "publisher_event_count_events"();

-- A deleted event takes its citations, links and event_publisher rows with it
-- (ON DELETE CASCADE), but by the time their triggers run the event is gone;
-- so a published event counts itself out before it goes. Row by row: an
-- event is deleted when it is merged into another, one at a time.
CREATE FUNCTION "publisher_event_count_event_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'PUBLISHED' THEN
    PERFORM "publisher_event_count_move"(ARRAY(
      SELECT ROW(ep.event_id, ep.publisher, -(ep.citations > 0)::int, -(ep.published_citations > 0)::int)::"event_publisher"
      FROM "event_publisher" ep WHERE ep.event_id = OLD.id));
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "publisher_event_count_event_delete" BEFORE DELETE ON "event"
  FOR EACH ROW EXECUTE FUNCTION "publisher_event_count_event_deleted"();

-- Links added, removed or changed: +1 per new link and -1 per old one, for
-- each publisher its event cites, if the event is published. A link whose
-- event is being deleted finds no event here (see above).
CREATE FUNCTION "timeline_publisher_event_count_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN -- also when it cascades from event or timeline
    DELETE FROM "timeline_publisher_event_count";
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM "timeline_publisher_event_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, ep.publisher, (count(*) FILTER (WHERE ep.citations > 0))::int, (count(*) FILTER (WHERE ep.published_citations > 0))::int)::"timeline_publisher_event_count"
      FROM new_links l JOIN "event" e ON e.id = l.event_id JOIN "event_publisher" ep ON ep.event_id = e.id
      WHERE e.status = 'PUBLISHED' GROUP BY l.timeline_id, ep.publisher));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "timeline_publisher_event_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, ep.publisher, -(count(*) FILTER (WHERE ep.citations > 0))::int, -(count(*) FILTER (WHERE ep.published_citations > 0))::int)::"timeline_publisher_event_count"
      FROM old_links l JOIN "event" e ON e.id = l.event_id JOIN "event_publisher" ep ON ep.event_id = e.id
      WHERE e.status = 'PUBLISHED' GROUP BY l.timeline_id, ep.publisher));
  ELSE -- UPDATE
    PERFORM "timeline_publisher_event_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, ep.publisher, coalesce(sum(l.n) FILTER (WHERE ep.citations > 0), 0)::int, coalesce(sum(l.n) FILTER (WHERE ep.published_citations > 0), 0)::int)::"timeline_publisher_event_count"
      FROM (SELECT timeline_id, event_id, 1 AS n FROM new_links UNION ALL SELECT timeline_id, event_id, -1 FROM old_links) l
      JOIN "event" e ON e.id = l.event_id JOIN "event_publisher" ep ON ep.event_id = e.id
      WHERE e.status = 'PUBLISHED' GROUP BY l.timeline_id, ep.publisher));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "timeline_publisher_event_count_insert" AFTER INSERT ON "timeline_event"
  REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "timeline_publisher_event_count_links"();
CREATE TRIGGER "timeline_publisher_event_count_update" AFTER UPDATE ON "timeline_event"
  REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "timeline_publisher_event_count_links"();
CREATE TRIGGER "timeline_publisher_event_count_delete" AFTER DELETE ON "timeline_event"
  REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION "timeline_publisher_event_count_links"();
CREATE TRIGGER "timeline_publisher_event_count_truncate" AFTER TRUNCATE ON "timeline_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "timeline_publisher_event_count_links"();
