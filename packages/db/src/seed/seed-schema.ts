// The shape of each prisma/seed/*.json file, as one valibot schema per file:
// the loader reads nothing that has not passed it, and the types the loader
// uses are inferred from it. Rules that need several files (references,
// passages in the texts held) are in seed-consistency.ts.
import * as v from 'valibot';
import { ActorKind, ActorRole, DatePrecision, EventKind, StanceKind } from '../generated/prisma/enums.ts';
import { seedPeriodStart } from './seed-dates.ts';

const text = v.pipe(
  v.string(),
  v.check((value) => value.trim() !== '', 'must not be empty'),
);
const key = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'));
const country = v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2')));
const precision = v.enum(DatePrecision);
const wordCount = (value: string) => value.trim().split(/\s+/).filter(Boolean).length;

/** `start` (and `end`, when given) fit `precision`, and the end does not come before the start. */
function datesFitPrecision<T extends { precision: DatePrecision; start: string; end: string | null }>(dated: T): boolean {
  const start = seedPeriodStart(dated.start, dated.precision);
  if (start === null) return false;
  if (dated.end === null) return true;
  const end = seedPeriodStart(dated.end, dated.precision);
  return end !== null && end >= start;
}
const DATES_MESSAGE = 'start and end must fit the precision (a week is written as its Monday), and the end must not come before the start';

export const SeedActorSchema = v.strictObject({
  key,
  name: text,
  kind: v.enum(ActorKind),
  aliases: v.pipe(
    v.array(text),
    v.minLength(1, 'needs at least one alias'),
    v.check((aliases) => new Set(aliases).size === aliases.length, 'lists an alias twice'),
  ),
  description: text,
  country,
});

export const SeedSourceSchema = v.strictObject({
  key: text,
  title: text,
  publisher: text,
  url: v.nullable(v.pipe(v.string(), v.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'))),
  publishedOn: v.pipe(
    v.string(),
    v.check((value) => seedPeriodStart(value, 'DAY') !== null, 'must be a real YYYY-MM-DD'),
  ),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag')),
  /** A full text kept beside the data, relative to the seed folder. */
  textFile: v.optional(v.nullable(text)),
  /** ISO 3166-1 alpha-2 of the publisher, where known. */
  publisherCountry: v.optional(country),
});

/** A date a source gives, resolved against its publication day, written like an event's. */
export const SeedResolvedDateSchema = v.pipe(
  v.strictObject({ precision, start: v.string(), end: v.nullable(v.string()) }),
  v.check(datesFitPrecision, DATES_MESSAGE),
);

export const SeedCitationSchema = v.strictObject({
  source: v.string(),
  passage: v.nullable(text),
  dateExpression: v.nullable(text),
  resolved: v.optional(SeedResolvedDateSchema),
});

export const SeedQuoteSchema = v.strictObject({
  speaker: v.string(),
  text: v.pipe(
    text,
    v.check((value) => wordCount(value) <= 30, 'must be at most 30 words'),
  ),
  source: v.string(),
});

export const SeedEventSchema = v.pipe(
  v.strictObject({
    key,
    title: v.pipe(text, v.maxLength(90, 'must be at most 90 characters')),
    summary: text,
    kind: v.enum(EventKind),
    precision,
    start: v.string(),
    end: v.nullable(v.string()),
    place: v.nullable(text),
    country,
    /** An editor's "key event" flag. */
    isKey: v.optional(v.boolean()),
    actors: v.pipe(v.array(v.strictObject({ actor: v.string(), role: v.enum(ActorRole) })), v.minLength(1, 'needs at least one actor')),
    citations: v.pipe(v.array(SeedCitationSchema), v.minLength(1, 'needs at least one citation')),
    quotes: v.array(SeedQuoteSchema),
  }),
  v.check(datesFitPrecision, DATES_MESSAGE),
);

export const SeedStanceCitationSchema = v.strictObject({ source: v.string(), passage: v.nullable(text) });

export const SeedStanceSchema = v.pipe(
  v.strictObject({
    actor: v.string(),
    stance: v.enum(StanceKind),
    target: v.string(),
    since: v.nullable(v.string()),
    sincePrecision: v.nullable(precision),
    /** Every source that states the stance. */
    citations: v.array(SeedStanceCitationSchema),
  }),
  v.check((s) => s.actor !== s.target, 'actor and target are the same'),
  v.check(
    (s) => (s.since === null ? s.sincePrecision === null : s.sincePrecision !== null && seedPeriodStart(s.since, s.sincePrecision) !== null),
    'since and sincePrecision come together, and since must fit its precision',
  ),
);

export const SeedTimelineSchema = v.strictObject({ slug: key, title: text, description: text });

/** Each file of the data set and the schema it must pass. */
export const SEED_FILES = {
  actors: { file: 'actors.json', schema: v.array(SeedActorSchema) },
  sources: { file: 'sources.json', schema: v.array(SeedSourceSchema) },
  events: { file: 'events.json', schema: v.array(SeedEventSchema) },
  stances: { file: 'stances.json', schema: v.array(SeedStanceSchema) },
  timeline: { file: 'timeline.json', schema: SeedTimelineSchema },
} as const;

export type SeedActor = v.InferOutput<typeof SeedActorSchema>;
export type SeedSource = v.InferOutput<typeof SeedSourceSchema>;
export type SeedResolvedDate = v.InferOutput<typeof SeedResolvedDateSchema>;
export type SeedCitation = v.InferOutput<typeof SeedCitationSchema>;
export type SeedQuote = v.InferOutput<typeof SeedQuoteSchema>;
export type SeedEvent = v.InferOutput<typeof SeedEventSchema>;
export type SeedStanceCitation = v.InferOutput<typeof SeedStanceCitationSchema>;
export type SeedStance = v.InferOutput<typeof SeedStanceSchema>;
export type SeedTimeline = v.InferOutput<typeof SeedTimelineSchema>;
