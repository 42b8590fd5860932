export { createPrismaClient, poolStats, type Database, type PrismaClientOptions } from './client.ts';
export { startDatabase, startEmbeddedDatabase, startMigratedDatabase, createDatabaseIfMissing, type DatabaseHandle } from './database.ts';
export { applyMigrations, diffMigrationsToSchema, migrationStatus } from './migrations/migrate.ts';
export { contentHashOfText, contentHashOfReference } from './content-hash.ts';
// The calendar lives in @chronicle/calendar; passed on here for callers that take their dates with their rows.
export { displayDate, parseCalendarDay, periodEnd, periodStart, spanOf, spanOfPeriod, toCalendarDay, type EventSpan } from '@chronicle/calendar';
export { readSeedData } from './seed/seed-files.ts';
export { loadSeed, type SeedSummary } from './seed/load-seed.ts';
export { withDatabase, quoteIdentifier } from './connection.ts';
export * from './generated/prisma/enums.ts';
export { Prisma } from './generated/prisma/client.ts';
export type {
  Event,
  Actor,
  Source,
  Citation,
  Quote,
  Stance,
  StanceCitation,
  Timeline,
  EventActor,
  TimelineEvent,
  ApiToken,
  Feed,
  FeedItem,
} from './generated/prisma/client.ts';
export { eventFilterSql, type EventFilter } from './queries/event-filter.ts';
export { findEventPage, countEvents, findEventPagesPerActor, countEventsPerActor, type EventCursor, type EventPage } from './queries/event-page.ts';
export type { KeysetPage } from './queries/keyset-page.ts';
export { findActorPage, countActors, type ActorCursor, type ActorListFilter } from './queries/actor-page.ts';
export { findSourcePage, countSources, NO_PUBLICATION_DAY, type SourceCursor, type SourceListFilter } from './queries/source-page.ts';
export { isActorPublic, isSourcePublic } from './queries/public-rows.ts';
export { timelineExtents, type TimelineExtent } from './queries/timeline-extent.ts';
export { lockEvent, lockEvents, lockStance, lockKeys } from './queries/row-locks.ts';
export { newId } from './new-id.ts';
export { inIdOrder } from './queries/returning-order.ts';
export { isWriteConflict } from './write-conflict.ts';
export { insertSourceOnce, type NewSource } from './queries/source-insert.ts';
export { slugAt, slugHolders, insertProposedActors, type NewActor } from './queries/proposed-actors.ts';
export { eventCandidates, type CandidateQuery, type EventCandidate } from './queries/event-candidates.ts';
export {
  insertDraftEvents,
  insertDraftCitations,
  insertDraftQuotes,
  flagForReview,
  type NewEvent,
  type NewCitation,
  type NewQuote,
} from './queries/event-writes.ts';
export { insertDraftStances, stancesByKey, insertDraftStanceCitations, type StanceKey, type NewStanceCitation } from './queries/stance-writes.ts';
export { actorTableVersion } from './queries/actor-table-version.ts';
export { eventHistogram, bucketBounds, histogramStatement, type HistogramBucket } from './queries/event-histogram.ts';
export { publisherCounts, MAX_PUBLISHERS, type PublisherCount } from './queries/publishers.ts';
export { CHANGE_CHANNEL, MAX_NOTICE_BYTES, notifyChanges, eventFacts, stanceFacts, type EventFacts, type StanceFacts } from './queries/change-notices.ts';
export { findEventPageWithRelations, type EventPageWithRelations, type PageFields, type PageRelations } from './queries/event-page-with-relations.ts';
export { QUEUES, QUEUE_OPTIONS, JOB_QUEUE_SCHEMA, type QueueName } from './job-queue/queues.ts';
export { installJobQueue } from './job-queue/install-job-queue.ts';
export { recentIngestionJobs, ingestionJobById, latestJobsByKey, type IngestionJobRow, type JobState } from './queries/ingestion-jobs.ts';
