-- The rollups of 20261203070658 (timeline_span_count) and 20261203140000
-- (event_publisher and the publisher counts) drifted under concurrent writes.
-- A trigger counts a link or a citation at its event's status as its own
-- statement sees it, and a trigger moving an event's counts counts the links
-- and citations its statement sees: under READ COMMITTED neither sees what
-- the other transaction has not committed yet, and nothing made one wait for
-- the other. A link added (foreign key check: FOR KEY SHARE) and its event
-- updated (FOR NO KEY UPDATE) take locks that do not conflict; so a link
-- added while its event was published stayed counted as a draft, and a link
-- removed while its event changed was taken from the wrong count (or below 0).
--
-- Now every trigger that reads events for the rows it counts first locks
-- those events, in a statement of its own, and counts in the next one: that
-- one takes a new snapshot (a volatile plpgsql function under READ
-- COMMITTED), so after any wait it sees the event as committed. Either way
-- round one transaction waits for the other:
--   - a writer of links takes FOR SHARE, which waits for, and holds off, an
--     update of the event (FOR NO KEY UPDATE): whichever commits first, the
--     other's next statement sees it. Writers of links of one event do not
--     wait for one another (their counts only add up).
--   - a writer of citations (or of a source's publisher) takes FOR NO KEY
--     UPDATE: it moves event_publisher, which the links' triggers read, so it
--     must hold off link writers too (a share lock would let both through),
--     as well as updates of the event. Review and ingestion lock the event
--     FOR UPDATE before they write its citations, so they wait no longer.
--   - a writer of citations also takes FOR SHARE on their sources, which a
--     change of a source's publisher (FOR NO KEY UPDATE of the source) waits
--     for and holds off, for the same reason one level down.
-- An event's own update or delete needs no more: the row lock it takes is the
-- one the others wait for or hold, and its statement-level triggers run
-- after it has it.
--
-- Deadlocks: each statement locks sources before events and events before
-- any counts, and each kind of row in id order (ORDER BY under FOR SHARE /
-- FOR NO KEY UPDATE locks in sorted order), as lockEvents does; so two
-- statements queue rather than deadlock. Across statements it is up to the
-- transaction: one that adds links to an event (or cites it) and later
-- updates it upgrades its lock, and can deadlock with another doing the same
-- to the same event at once. Ingestion and review lock their events FOR
-- UPDATE first (lockEvents, lockEvent), so they queue; a merge does not (two
-- merges into one event at once can deadlock, and one of them fails).
--
-- Only the function bodies change: the triggers call them by name.

CREATE OR REPLACE FUNCTION "timeline_span_count_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM FROM "event" e WHERE e.id IN (SELECT event_id FROM new_links) ORDER BY e.id FOR SHARE OF e;
    PERFORM "timeline_span_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on, count(*)::int)::"timeline_span_count"
      FROM new_links l JOIN "event" e ON e.id = l.event_id GROUP BY l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM FROM "event" e WHERE e.id IN (SELECT event_id FROM old_links) ORDER BY e.id FOR SHARE OF e;
    PERFORM "timeline_span_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on, -count(*)::int)::"timeline_span_count"
      FROM old_links l JOIN "event" e ON e.id = l.event_id GROUP BY l.timeline_id, e.status, e.kind, e.starts_on, e.ends_on));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM FROM "event" e WHERE e.id IN (SELECT event_id FROM new_links UNION SELECT event_id FROM old_links) ORDER BY e.id FOR SHARE OF e;
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

CREATE OR REPLACE FUNCTION "timeline_publisher_event_count_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN -- also when it cascades from event or timeline
    DELETE FROM "timeline_publisher_event_count";
    RETURN NULL;
  END IF;
  -- timeline_span_count_links, fired by the same statement, may hold these
  -- locks already: taking them again costs no wait.
  IF TG_OP = 'INSERT' THEN
    PERFORM FROM "event" e WHERE e.id IN (SELECT event_id FROM new_links) ORDER BY e.id FOR SHARE OF e;
    PERFORM "timeline_publisher_event_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, ep.publisher, (count(*) FILTER (WHERE ep.citations > 0))::int, (count(*) FILTER (WHERE ep.published_citations > 0))::int)::"timeline_publisher_event_count"
      FROM new_links l JOIN "event" e ON e.id = l.event_id JOIN "event_publisher" ep ON ep.event_id = e.id
      WHERE e.status = 'PUBLISHED' GROUP BY l.timeline_id, ep.publisher));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM FROM "event" e WHERE e.id IN (SELECT event_id FROM old_links) ORDER BY e.id FOR SHARE OF e;
    PERFORM "timeline_publisher_event_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, ep.publisher, -(count(*) FILTER (WHERE ep.citations > 0))::int, -(count(*) FILTER (WHERE ep.published_citations > 0))::int)::"timeline_publisher_event_count"
      FROM old_links l JOIN "event" e ON e.id = l.event_id JOIN "event_publisher" ep ON ep.event_id = e.id
      WHERE e.status = 'PUBLISHED' GROUP BY l.timeline_id, ep.publisher));
  ELSE -- UPDATE
    PERFORM FROM "event" e WHERE e.id IN (SELECT event_id FROM new_links UNION SELECT event_id FROM old_links) ORDER BY e.id FOR SHARE OF e;
    PERFORM "timeline_publisher_event_count_add"(ARRAY(
      SELECT ROW(l.timeline_id, ep.publisher, coalesce(sum(l.n) FILTER (WHERE ep.citations > 0), 0)::int, coalesce(sum(l.n) FILTER (WHERE ep.published_citations > 0), 0)::int)::"timeline_publisher_event_count"
      FROM (SELECT timeline_id, event_id, 1 AS n FROM new_links UNION ALL SELECT timeline_id, event_id, -1 FROM old_links) l
      JOIN "event" e ON e.id = l.event_id JOIN "event_publisher" ep ON ep.event_id = e.id
      WHERE e.status = 'PUBLISHED' GROUP BY l.timeline_id, ep.publisher));
  END IF;
  RETURN NULL;
END
$$;

-- The counts of event_publisher rows that cross 0 are moved by
-- publisher_event_count_crossings, which reads their events' status and links:
-- the locks it relies on are taken here, before event_publisher changes.
CREATE OR REPLACE FUNCTION "event_publisher_citations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM FROM "source" s WHERE s.id IN (SELECT source_id FROM new_citations) ORDER BY s.id FOR SHARE OF s;
    PERFORM FROM "event" e WHERE e.id IN (SELECT event_id FROM new_citations) ORDER BY e.id FOR NO KEY UPDATE OF e;
    PERFORM "event_publisher_add"(ARRAY(
      SELECT ROW(c.event_id, s.publisher, count(*)::int, (count(*) FILTER (WHERE c.status = 'PUBLISHED'))::int)::"event_publisher"
      FROM new_citations c JOIN "source" s ON s.id = c.source_id WHERE s.publisher IS NOT NULL GROUP BY c.event_id, s.publisher));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM FROM "source" s WHERE s.id IN (SELECT source_id FROM old_citations) ORDER BY s.id FOR SHARE OF s;
    PERFORM FROM "event" e WHERE e.id IN (SELECT event_id FROM old_citations) ORDER BY e.id FOR NO KEY UPDATE OF e;
    PERFORM "event_publisher_add"(ARRAY(
      SELECT ROW(c.event_id, s.publisher, -count(*)::int, -(count(*) FILTER (WHERE c.status = 'PUBLISHED'))::int)::"event_publisher"
      FROM old_citations c JOIN "source" s ON s.id = c.source_id WHERE s.publisher IS NOT NULL GROUP BY c.event_id, s.publisher));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM FROM "source" s WHERE s.id IN (SELECT source_id FROM new_citations UNION SELECT source_id FROM old_citations) ORDER BY s.id FOR SHARE OF s;
    PERFORM FROM "event" e WHERE e.id IN (SELECT event_id FROM new_citations UNION SELECT event_id FROM old_citations) ORDER BY e.id FOR NO KEY UPDATE OF e;
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

-- The sources themselves are locked by the update that fired this; their
-- citations cannot change meanwhile (writers of citations wait for the
-- source), so the events read here are all the events to lock.
CREATE OR REPLACE FUNCTION "event_publisher_sources"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM FROM "event" e
  WHERE e.id IN (
    SELECT c.event_id FROM old_sources o JOIN new_sources n ON n.id = o.id JOIN "citation" c ON c.source_id = o.id
    WHERE n.publisher IS DISTINCT FROM o.publisher)
  ORDER BY e.id FOR NO KEY UPDATE OF e;
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

-- As above: the delete holds the source's row, and its citations' events are
-- locked before their counts move.
CREATE OR REPLACE FUNCTION "event_publisher_source_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.publisher IS NOT NULL THEN
    PERFORM FROM "event" e WHERE e.id IN (SELECT c.event_id FROM "citation" c WHERE c.source_id = OLD.id) ORDER BY e.id FOR NO KEY UPDATE OF e;
    PERFORM "event_publisher_add"(ARRAY(
      SELECT ROW(c.event_id, OLD.publisher, -count(*)::int, -(count(*) FILTER (WHERE c.status = 'PUBLISHED'))::int)::"event_publisher"
      FROM "citation" c WHERE c.source_id = OLD.id GROUP BY c.event_id));
  END IF;
  RETURN OLD;
END
$$;
