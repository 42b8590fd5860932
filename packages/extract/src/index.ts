export type {
  ActorKind,
  ActorMention,
  ActorRef,
  ActorRole,
  ArticleInput,
  DateMention,
  DatePrecision,
  EventDateSource,
  EventKind,
  ExtractedQuote,
  ExtractedStance,
  Extraction,
  Extractor,
  KnownActor,
  MentionSource,
  ProposedActor,
  ProposedEvent,
  ResolvedDate,
  StanceKind,
  TextSpan,
} from './types.ts';
export { createExtractor, extractArticle } from './extractor.ts';
export { findDates } from './dates/findDates.ts';
export { foldForMatch, slugify, PLACE_ID_PREFIX } from './names.ts';
