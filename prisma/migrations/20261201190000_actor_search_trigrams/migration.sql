-- Actor search matches a substring of any folded name or alias ("guaido"
-- finds "Juan Guaidó"). A trigram index on one folded string per actor lets
-- PostgreSQL answer that LIKE '%…%' without reading every actor.
-- Written by hand: Prisma's schema cannot express functions, extensions or
-- expression indexes, and its diff leaves them alone. Function bodies are
-- quoted, not SQL-standard RETURN bodies, which PostgreSQL 13 lacks.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The extractor's folding (packages/extract/src/text/fold.ts) in SQL:
-- decompose, drop combining marks, lower-case (after the marks are gone, so
-- the C collation's ASCII-only lower() suffices for Latin names), straight
-- apostrophes.
CREATE FUNCTION chronicle_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(lower(regexp_replace(normalize(value, NFD), '[\u0300-\u036f]', '', 'g')), '’‘`´', '''''''''') $$;

-- Name and aliases in one folded string, joined by the unit separator (a
-- character no search can contain). array_to_string is only STABLE in
-- general, but for text[] it depends on nothing but its input.
CREATE FUNCTION chronicle_actor_names(name text, aliases text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  -- Index builds run with a search_path of pg_catalog only (PostgreSQL 17
  -- and later): the body must find chronicle_fold where it was created.
  SET search_path FROM CURRENT
  AS $$ SELECT chronicle_fold(name || chr(31) || array_to_string(aliases, chr(31))) $$;

CREATE INDEX "actor_names_trgm_idx" ON "actor" USING GIN (chronicle_actor_names("name", "aliases") gin_trgm_ops);
