// Running a failed job again, as a new job with the same input, due at once.
// (pg-boss's own retry keeps the id but also the back-off delay the failure
// set, so an editor pressing "retry" would wait up to a minute for nothing.)
import { ingestionJobById, type Database, type IngestionJobRow } from '@chronicle/db';
import { Conflict, NotFound } from '../errors.ts';
import type { JobQueue } from './job-queue.ts';

export async function retryIngestionJob(db: Database, queue: JobQueue, id: string): Promise<IngestionJobRow> {
  const job = await ingestionJobById(db, id);
  if (!job) throw new NotFound('There is no ingestion job with this ID (finished jobs are kept for a week).');
  if (job.state !== 'failed' && job.state !== 'cancelled') {
    throw new Conflict(`This job is ${job.state === 'completed' ? 'done' : 'still queued or running'}; only a failed or cancelled job can be retried.`);
  }
  const again = await queue.send(job.queue, job.data);
  if (!again) throw new Error(`The job queue did not accept the ${job.queue} job.`);
  return (await ingestionJobById(db, again))!;
}
