import type { Database } from '@chronicle/db';
import { clientError, notFound } from '../graphql/errors.ts';

/** Published events are sourced: at least one citation first. */
export async function publishEvent(db: Database, id: string) {
  const event = await db.event.findUnique({ where: { id }, include: { _count: { select: { citations: true } } } });
  if (!event) throw notFound('There is no such event.');
  if (event._count.citations === 0) {
    throw clientError('CONFLICT', 'An event needs at least one source citation before it can be published.');
  }
  return db.event.update({ where: { id }, data: { status: 'PUBLISHED', needsReview: false } });
}

export async function rejectEvent(db: Database, id: string) {
  const event = await db.event.findUnique({ where: { id }, select: { id: true } });
  if (!event) throw notFound('There is no such event.');
  return db.event.update({ where: { id }, data: { status: 'REJECTED', needsReview: false } });
}
