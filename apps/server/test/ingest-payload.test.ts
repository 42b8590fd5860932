// ingestArticle answers with the rows ingestion wrote, without reading them
// back; the same text again answers with what the first time wrote, read from
// the database. The two must agree, and agree with what is on file.
import { graphql } from '@chronicle/schema/test-client';
import { describe, expect, it } from 'vitest';
import { parseGlobalId } from '../src/graphql/global-id.ts';
import { useEditorApi } from './support/test-api.ts';

/** States two stances the seed does not hold and reports the seed's published Ryabkov statement (25 June 2019). */
const article = [
  'Ryabkov repeats Moscow line as neighbours back Maduro',
  'MOSCOW, June 25 (Wire) - Russian Deputy Foreign Minister Sergei Ryabkov told the Federation Council on Tuesday that the Russian military specialists in Venezuela were there only to maintain equipment supplied earlier under existing contracts.',
  '"This is routine work," Ryabkov said.',
  "Mexico and Uruguay support Maduro's government, officials in Mexico City said on Tuesday.",
].join('\n\n');

const IngestRows = graphql(`
  mutation IngestRows($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      source { id title publishedOn }
      proposedEvents { id status title }
      matchedEvents { id needsReview }
      matchedEvidence { event { id needsReview } citations { id status passageStart } }
      proposedActors { id status }
      proposedStances { stance { id status } citations { id status passageStart } }
    }
  }
`);

describe('the rows ingestArticle answers with', () => {
  const session = useEditorApi();

  it('are those on file, and the same when the article comes again', async () => {
    const ingest = async () => {
      const { body } = await session.api.request(
        IngestRows,
        { input: { text: article, publishedOn: '2019-06-25', publisher: 'Wire' } },
        { token: session.token },
      );
      expect(body.errors).toBeUndefined();
      return body.data!.ingestArticle;
    };
    const first = await ingest();
    expect(first.created).toBe(true);
    // Preconditions: the article gives every kind of row (else the comparison proves little).
    expect(first.matchedEvidence).toHaveLength(1);
    expect(first.matchedEvidence[0]!.citations.length).toBeGreaterThan(0);
    expect(first.proposedStances.length).toBeGreaterThan(1);
    expect(first.matchedEvents).toEqual(first.matchedEvidence.map((m) => m.event));
    expect(first.matchedEvents[0]!.needsReview).toBe(true);

    const again = await ingest();
    expect(again.created).toBe(false);
    const { created: _first, proposedActors: _actors, ...written } = first;
    const { created: _again, proposedActors: noActors, ...readBack } = again;
    expect(readBack).toEqual(written);
    expect(noActors).toEqual([]);

    const { db } = session.api.database;
    const sourceId = parseGlobalId(first.source.id)!.id;
    const [citations, stanceCitations] = await Promise.all([
      db.citation.findMany({ where: { sourceId }, select: { eventId: true } }),
      db.stanceCitation.findMany({ where: { sourceId }, select: { stanceId: true } }),
    ]);
    expect(new Set(citations.map((c) => c.eventId)).size).toBe(first.proposedEvents.length + first.matchedEvents.length);
    expect(new Set(stanceCitations.map((c) => c.stanceId)).size).toBe(first.proposedStances.length);
  });
});
