// An editor's corrections to an event: text, kind, honest date, actors, key-event flag.
import { spanOf, type ActorRole, type Database, type DatePrecision, type EventKind } from '@chronicle/db';
import { InvalidInput, NotFound } from '../errors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';

export interface EventChanges {
  title?: string | null;
  summary?: string | null;
  kind?: EventKind | null;
  start?: Date | null;
  /** undefined: keep; null: a single period; a day: the range ends in that day's period. */
  end?: Date | null;
  precision?: DatePrecision | null;
  place?: string | null;
  country?: string | null;
  actors?: { actorId: string; role: ActorRole }[] | null;
  /** undefined or null: keep. */
  isKey?: boolean | null;
}

const MAX_TITLE = 300;
const MAX_SUMMARY = 5_000;

export async function updateEvent(db: Database, id: string, changes: EventChanges) {
  const event = await db.event.findUnique({ where: { id } });
  if (!event) throw new NotFound('There is no such event.');

  const title = changes.title?.trim();
  if (changes.title !== undefined && changes.title !== null && !title) throw new InvalidInput('An event needs a title.', 'input.title');
  if (title && title.length > MAX_TITLE) throw new InvalidInput(`A title is limited to ${MAX_TITLE} characters.`, 'input.title');
  if (changes.summary && changes.summary.length > MAX_SUMMARY) throw new InvalidInput(`A summary is limited to ${MAX_SUMMARY} characters.`, 'input.summary');
  const country = changes.country?.trim().toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) throw new InvalidInput('"country" is an ISO 3166-1 alpha-2 code such as VE or RU.', 'input.country');

  const precision = changes.precision ?? event.precision;
  const start = changes.start ?? event.startsOn;
  const end = changes.end === undefined ? (event.isRange ? event.endsOn : null) : changes.end;
  let span;
  try {
    span = spanOf(start, precision, end);
  } catch {
    throw new InvalidInput('The end of the range is before its start.', 'input.end');
  }

  if (changes.actors) {
    const ids = [...new Set(changes.actors.map((a) => a.actorId))];
    const found = await db.actor.count({ where: { id: { in: ids } } });
    if (found !== ids.length) throw new InvalidInput('One of the actors does not exist.', 'input.actors');
  }

  return writeWithChanges(db, async (tx, log) => {
    log.event(id, 'UPDATED', event.status === 'PUBLISHED');
    if (changes.actors) {
      await tx.eventActor.deleteMany({ where: { eventId: id } });
      await tx.eventActor.createMany({ data: changes.actors.map((a) => ({ eventId: id, ...a })), skipDuplicates: true });
    }
    return tx.event.update({
      where: { id },
      data: {
        ...(title ? { title } : {}),
        ...(changes.summary != null ? { summary: changes.summary.trim() } : {}),
        ...(changes.kind ? { kind: changes.kind } : {}),
        ...(changes.place !== undefined ? { place: changes.place?.trim() || null } : {}),
        ...(changes.country !== undefined ? { country: country || null } : {}),
        ...(typeof changes.isKey === 'boolean' ? { isKey: changes.isKey } : {}),
        ...span,
      },
    });
  });
}
