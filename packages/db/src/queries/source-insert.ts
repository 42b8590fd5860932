// An ingested article's source row. Its content hash is unique: a second
// writer of the same text waits on the first one's uncommitted row, and once
// that commits, writes nothing (ON CONFLICT DO NOTHING) and learns it from
// the empty answer.
import { toCalendarDay } from '@chronicle/calendar';
import type { Source } from '../generated/prisma/client.ts';
import { newId } from '../new-id.ts';
import { SOURCE_COLUMNS } from './model-columns.ts';
import type { Queryable } from './row-locks.ts';

export interface NewSource {
  contentHash: string;
  text: string;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedOn: Date;
  language: string;
}

/** The source written; null when one with the same content hash is on file (or was written meanwhile). */
export async function insertSourceOnce(tx: Queryable, source: NewSource): Promise<Source | null> {
  const rows = await tx.$queryRaw<Source[]>`
    INSERT INTO source AS src (id, title, publisher, url, published_on, language, text, content_hash, created_at)
    VALUES (${newId()}::uuid, ${source.title}, ${source.publisher}, ${source.url}, ${toCalendarDay(source.publishedOn)}::date,
            ${source.language}, ${source.text}, ${source.contentHash}, ${new Date().toISOString()}::timestamptz)
    ON CONFLICT (content_hash) DO NOTHING
    RETURNING ${SOURCE_COLUMNS}`;
  return rows[0] ?? null;
}
