// chronicle's handle on pg-boss, as the app role: it sends, lists and runs
// jobs, but never installs or migrates the queue's schema (the migrations do,
// as the owner: packages/db/src/job-queue/install-job-queue.ts).
import { JOB_QUEUE_SCHEMA } from '@chronicle/db';
import { PgBoss } from 'pg-boss';
import type { Logger } from '../observability/logger.ts';

export type JobQueue = PgBoss;

export interface JobQueueOptions {
  /**
   * Workers supervise: they expire stuck jobs, fail jobs whose worker stopped
   * sending heartbeats (so they are retried), and run the feed schedule. A
   * process that only sends jobs (the API with workers off, the bulk CLI) does not.
   */
  supervise: boolean;
  /** How often a supervisor looks for dead workers' jobs (pg-boss's default is 60 s). */
  monitorIntervalSeconds?: number;
  logger?: Logger;
}

export async function openJobQueue(databaseUrl: string, options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_QUEUE_SCHEMA,
    max: 4,
    migrate: false,
    createSchema: false,
    supervise: options.supervise,
    schedule: options.supervise,
    monitorIntervalSeconds: options.monitorIntervalSeconds ?? 10,
    superviseIntervalSeconds: options.monitorIntervalSeconds ?? 10,
  });
  // Without a listener pg-boss's background errors would be uncaught. They are
  // mostly a database that went away, which the queue survives (it polls again):
  // one short warning, as the API logs an unavailable database.
  boss.on('error', (error) => options.logger?.warn({ reason: error.message.split('\n')[0] }, 'job queue: database unavailable or failing'));
  await boss.start();
  return boss;
}
