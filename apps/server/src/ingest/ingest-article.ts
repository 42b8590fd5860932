// An article in, drafts out: the source, its proposed events with their
// evidence, new actors, and the stances it states, all in one transaction.
// The steps: the same text seen before answers as it did then
// (previous-ingest.ts); extraction runs outside the transaction; inside it,
// the source, the proposed actors (proposed-actors.ts), the events
// (plan-events.ts, write-events.ts) and the stances (write-stances.ts).
import { contentHashOfText, insertSourceOnce, type Database } from '@chronicle/db';
import { NotFound } from '../errors.ts';
import { writeWithChanges } from '../live/write-with-changes.ts';
import { actorIdsOf } from './actor-references.ts';
import type { ValidArticle } from './article-input.ts';
import { extractFromArticle } from './extract-article.ts';
import type { IngestResult } from './ingest-result.ts';
import { planEvents } from './plan-events.ts';
import { previousIngest } from './previous-ingest.ts';
import { writeProposedActors } from './proposed-actors.ts';
import { retryOnConflict } from './retry-conflicts.ts';
import { writeEvents } from './write-events.ts';
import { writeStances } from './write-stances.ts';

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.slice(0, 200);
}

export async function ingestArticle(db: Database, article: ValidArticle): Promise<IngestResult> {
  const contentHash = contentHashOfText(article.text);
  const seen = await previousIngest(db, contentHash);
  if (seen) return seen;

  const timeline = article.timeline ? await db.timeline.findUnique({ where: { slug: article.timeline }, select: { id: true } }) : null;
  if (article.timeline && !timeline) throw new NotFound(`There is no timeline "${article.timeline}".`);

  const extraction = await extractFromArticle(db, article);
  const warnings = [...extraction.warnings];

  const result = await retryOnConflict(() =>
    writeWithChanges(
      db,
      async (tx, changes): Promise<IngestResult | null> => {
        // Identical requests arriving together queue on the content hash; the
        // first writes, the others find its source written when it commits.
        const source = await insertSourceOnce(tx, {
          contentHash,
          text: article.text,
          title: article.title ?? firstLine(article.text),
          url: article.url,
          publisher: article.publisher,
          publishedOn: article.publishedOn,
          language: article.language,
        });
        if (!source) return null;
        const actors = await writeProposedActors(tx, extraction.proposedActors);
        const actorIdOf = actorIdsOf(actors.idByKey);
        const plans = await planEvents(tx, extraction.events, actorIdOf, warnings);
        const events = await writeEvents({ tx, changes, sourceId: source.id, timelineId: timeline?.id ?? null, actorIdOf }, plans);
        const proposedStances = await writeStances({ tx, changes, sourceId: source.id, actorIdOf }, extraction.stances);
        return { source, created: true, ...events, proposedActors: actors.proposed, proposedStances, warnings };
      },
      { timeout: 60_000, maxWait: 60_000 },
    ),
  );
  // Another request wrote the same article while this one extracted.
  return result ?? (await previousIngest(db, contentHash))!;
}
