// Each model's columns under its Prisma field names (enums as their text
// values), so a raw query or a RETURNING clause gives back the rows Prisma
// would have. Each list reads its table under one alias, named beside it.
import { Prisma } from '../generated/prisma/client.ts';

/** `event e` */
export const EVENT_COLUMNS = Prisma.sql`e.id, e.title, e.summary, e.kind::text AS kind, e.starts_on AS "startsOn",
  e.ends_on AS "endsOn", e.is_range AS "isRange", e.precision::text AS precision, e.status::text AS status,
  e.place, e.country, e.needs_review AS "needsReview", e.is_key AS "isKey", e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;

/** `citation c` */
export const CITATION_COLUMNS = Prisma.sql`c.id, c.event_id AS "eventId", c.source_id AS "sourceId", c.passage,
  c.passage_start AS "passageStart", c.passage_end AS "passageEnd", c.date_expression AS "dateExpression",
  c.resolved_starts_on AS "resolvedStartsOn", c.resolved_ends_on AS "resolvedEndsOn", c.resolved_precision::text AS "resolvedPrecision",
  c.status::text AS status, c.created_at AS "createdAt"`;

/** `actor a` */
export const ACTOR_COLUMNS = Prisma.sql`a.id, a.slug, a.name, a.kind::text AS kind, a.status::text AS status, a.aliases,
  a.description, a.country, a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;

/** `source src` */
export const SOURCE_COLUMNS = Prisma.sql`src.id, src.title, src.publisher, src.url, src.published_on AS "publishedOn", src.language,
  src.text, src.content_hash AS "contentHash", src.publisher_country AS "publisherCountry", src.created_at AS "createdAt"`;

/** `stance s` */
export const STANCE_COLUMNS = Prisma.sql`s.id, s.actor_id AS "actorId", s.target_id AS "targetId", s.kind::text AS kind, s.since,
  s.since_precision::text AS "sincePrecision", s.status::text AS status`;

/** `stance_citation sc` */
export const STANCE_CITATION_COLUMNS = Prisma.sql`sc.id, sc.stance_id AS "stanceId", sc.source_id AS "sourceId", sc.passage,
  sc.passage_start AS "passageStart", sc.passage_end AS "passageEnd", sc.status::text AS status, sc.created_at AS "createdAt"`;
