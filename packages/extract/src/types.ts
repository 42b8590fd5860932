// The public vocabulary of the extraction package. Other packages code against these
// names, so they are kept stable; additions are optional fields so that hand-built
// values elsewhere (fixtures, mocks) keep compiling.

import type { DatePrecision, DayPeriod } from '@chronicle/calendar';

export type { DatePrecision };
export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GROUP';
export type EventKind = 'STATEMENT' | 'POLITICAL' | 'MILITARY' | 'DIPLOMATIC' | 'SANCTION' | 'ECONOMIC' | 'PROTEST' | 'LEGAL' | 'OTHER';
export type ActorRole = 'SPEAKER' | 'SUBJECT' | 'TARGET' | 'PARTICIPANT';
export type StanceKind = 'SUPPORTS' | 'OPPOSES' | 'RECOGNIZES';

export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description?: string | null;
  /** Name, alias or id of the country a person belongs to; lets "the Russian diplomat" find them. */
  country?: string | null;
}

export interface ArticleInput {
  text: string;
  /** YYYY-MM-DD (a longer ISO timestamp is accepted; only the date part is used). */
  publishedAt?: string | null;
  title?: string;
  url?: string;
  publisher?: string;
}

/** Offsets into ArticleInput.text, in UTF-16 code units, end exclusive. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** What a date expression resolves to: whole days at one precision, the calendar's own type, which storage takes as it is. */
export type ResolvedDate = DayPeriod;

export interface DateMention {
  span: TextSpan;
  resolved: ResolvedDate | null;
  unresolvedReason?: string;
}

export type ActorRef = { kind: 'known'; actorId: string } | { kind: 'proposed'; proposedKey: string };

export interface ProposedActor {
  key: string;
  name: string;
  kind: ActorKind;
  mentions: TextSpan[];
}

export interface ExtractedQuote {
  speaker: ActorRef | null;
  text: string;
  span: TextSpan;
  verb: string | null;
}

export interface ExtractedStance {
  actor: ActorRef;
  stance: StanceKind;
  target: ActorRef;
  passage: TextSpan;
}

/**
 * How an event got its date: written next to it, carried over from the event told before
 * it, or (for an undated opening sentence) the publication day.
 */
export type EventDateSource = 'stated' | 'inherited' | 'published';

export interface ProposedEvent {
  title: string;
  summary: string;
  kind: EventKind;
  date: DateMention | null;
  /** `name` and `kind` let a person read the event without looking the reference up. */
  actors: { actor: ActorRef; role: ActorRole; name?: string; kind?: ActorKind }[];
  quotes: ExtractedQuote[];
  passages: TextSpan[];
  dateSource?: EventDateSource;
}

/** How a mention was recognised; lets a reviewer judge how far to trust it. */
export type MentionSource = 'name' | 'alias' | 'surname' | 'misspelling' | 'demonym' | 'capital' | 'description' | 'pronoun';

export interface ActorMention {
  actor: ActorRef;
  span: TextSpan;
  source: MentionSource;
}

export interface Extraction {
  events: ProposedEvent[];
  proposedActors: ProposedActor[];
  quotes: ExtractedQuote[];
  stances: ExtractedStance[];
  dates: DateMention[];
  warnings: string[];
  /** Every recognised actor mention (known and proposed), in text order. */
  mentions?: ActorMention[];
}

export interface Extractor {
  extract(input: ArticleInput): Extraction;
}
