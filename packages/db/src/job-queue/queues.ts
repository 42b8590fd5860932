// chronicle's job queues (pg-boss, in its own schema of the same database):
// their names and retry rules, shared by the installer (run with the owner's
// connection at migration time) and the workers (run as the app role).
import type { Queue } from 'pg-boss';

/** pg-boss's tables and functions live here, apart from chronicle's own in public. */
export const JOB_QUEUE_SCHEMA = 'pgboss';

export const QUEUES = {
  /** { url, timeline?, publishedOn?, feedId? }: fetch a page and ingest it. */
  ingestUrl: 'ingest-url',
  /** { text, publishedOn, title?, url?, publisher?, timeline? }: ingest text already in hand. */
  ingestText: 'ingest-text',
  /** {}: poll every feed that is due (a pg-boss schedule sends it). */
  pollFeeds: 'poll-feeds',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

// A failed ingestion is retried after 10 s, 20 s, 40 s… (pg-boss doubles the
// delay), up to 5 attempts in all. A worker that dies mid-job stops sending
// heartbeats; after heartbeatSeconds pg-boss fails the job and it is retried.
const INGESTION: Omit<Queue, 'name'> = {
  retryLimit: 4,
  retryDelay: 10,
  retryBackoff: true,
  retryDelayMax: 600,
  heartbeatSeconds: 10,
  // Far longer than an ingestion takes (well under a second): a hung fetch
  // has its own 15 s time-out; this only bounds a stuck handler.
  expireInSeconds: 300,
  // Keep finished jobs a week so the /ingest page can list them.
  deleteAfterSeconds: 7 * 24 * 3600,
};

export const QUEUE_OPTIONS: Record<QueueName, Omit<Queue, 'name'>> = {
  [QUEUES.ingestUrl]: INGESTION,
  [QUEUES.ingestText]: INGESTION,
  // One poll queued or running at a time: a slow poll does not pile up behind the schedule.
  [QUEUES.pollFeeds]: { retryLimit: 0, heartbeatSeconds: 10, expireInSeconds: 300, deleteAfterSeconds: 24 * 3600, policy: 'exclusive' },
};
