// A TimelineJS file becomes a new timeline of draft events. The file is read
// and checked whole first; each row is then written in its own transaction
// (event, sources, citations, timeline link), so a row is there entirely or
// not at all, and one bad row never stops the others.
import { contentHashOfReference, Prisma, toCalendarDay, type Database, type Event, type Timeline } from '@chronicle/db';
import { Conflict, InvalidInput } from '../errors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';
import { ImportFileError, type ImportedEvent, type ImportedFile } from './imported-row.ts';
import { readSheetCsv } from './read-sheet-csv.ts';
import { readTimelineJs } from './read-timelinejs.ts';

export type TimelineFileFormat = 'TIMELINEJS_JSON' | 'TIMELINEJS_CSV';

export interface ImportTimelineRequest {
  slug: string;
  title?: string | null;
  format?: TimelineFileFormat | null;
  content: string;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportTimelineResult {
  timeline: Timeline;
  /** The new events, in the file's order. */
  events: Event[];
  skipped: ImportProblem[];
  warnings: ImportProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 100;

/** A file that starts with "{" is TimelineJS JSON; anything else is read as the sheet's CSV. */
export function detectFormat(content: string): TimelineFileFormat {
  return content
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'TIMELINEJS_JSON'
    : 'TIMELINEJS_CSV';
}

function readFile(request: ImportTimelineRequest): ImportedFile {
  if (request.content.trim() === '') throw new InvalidInput('The file is empty.', 'input.content');
  const format = request.format ?? detectFormat(request.content);
  try {
    return format === 'TIMELINEJS_JSON' ? readTimelineJs(request.content) : readSheetCsv(request.content);
  } catch (error) {
    if (error instanceof ImportFileError) {
      const where = error.line ? `line ${error.line}: ` : '';
      throw new InvalidInput(`The file cannot be imported: ${where}${error.message}.`, 'input.content', error.line ? { line: error.line } : {});
    }
    throw error;
  }
}

async function writeEvent(db: Database, timelineId: string, event: ImportedEvent): Promise<Event> {
  return writeWithChanges(db, async (tx, changes) => {
    const created = await tx.event.create({
      data: {
        title: event.title,
        summary: event.summary,
        kind: event.kind,
        startsOn: event.span.startsOn,
        endsOn: event.span.endsOn,
        isRange: event.span.isRange,
        precision: event.span.precision,
        status: 'DRAFT',
        timelines: { create: { timelineId } },
      },
    });
    changes.event(created.id, 'CREATED', false);
    const sourceIds = new Set<string>();
    for (const source of event.sources) {
      const publishedOn = source.publishedOn ? toCalendarDay(source.publishedOn) : null;
      const contentHash = contentHashOfReference({ publisher: source.publisher, url: source.url, title: source.title, publishedOn });
      const row = await tx.source.upsert({
        where: { contentHash },
        create: { title: source.title, publisher: source.publisher, url: source.url, publishedOn: source.publishedOn, contentHash },
        update: {},
        select: { id: true },
      });
      sourceIds.add(row.id);
    }
    if (sourceIds.size > 0) {
      // Draft evidence of a draft event: it goes public when an editor publishes the event.
      await tx.citation.createMany({ data: [...sourceIds].map((sourceId) => ({ eventId: created.id, sourceId, status: 'DRAFT' as const })) });
    }
    return created;
  });
}

export async function importTimeline(db: Database, request: ImportTimelineRequest): Promise<ImportTimelineResult> {
  const slug = request.slug.trim();
  if (!SLUG.test(slug) || slug.length > MAX_SLUG_LENGTH) {
    throw new InvalidInput(`"timeline" must be lower-case letters, digits and single dashes, at most ${MAX_SLUG_LENGTH} characters.`, 'input.timeline');
  }
  const file = readFile(request);
  const skipped: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  for (const row of file.rows) {
    if ('problem' in row) skipped.push({ line: row.line, message: `line ${row.line}: ${row.problem}` });
    else for (const warning of row.warnings) warnings.push({ line: row.line, message: `line ${row.line}: ${warning}` });
  }
  const events = file.rows.flatMap((row) => ('event' in row ? [{ line: row.line, event: row.event }] : []));
  if (events.length === 0) {
    throw new InvalidInput(
      `The file has no event that can be imported${skipped.length ? `: ${skipped.map((s) => s.message).join('; ')}` : ''}.`,
      'input.content',
      {
        skipped,
      },
    );
  }
  const title = request.title?.trim() || file.title || slug;
  let timeline: Timeline;
  try {
    timeline = await db.timeline.create({ data: { slug, title, description: file.description ?? '' } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new Conflict(`A timeline "${slug}" already exists: import into a new slug.`, { field: 'input.timeline' });
    }
    throw error;
  }
  const written: Event[] = [];
  for (const { line, event } of events) {
    try {
      written.push(await writeEvent(db, timeline.id, event));
    } catch (error) {
      // The row's transaction rolled back: nothing of it was written.
      console.error(`chronicle: import of line ${line} into "${slug}" failed`, error);
      skipped.push({ line, message: `line ${line}: could not be written` });
    }
  }
  skipped.sort((a, b) => a.line - b.line);
  return { timeline, events: written, skipped, warnings };
}
