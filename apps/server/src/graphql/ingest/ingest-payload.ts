// What ingestArticle and ingestUrl answer: the rows ingestion wrote (or found
// written before), as the schema's IngestArticlePayload names them.
import type { IngestResult } from '../../ingest/ingest-result.ts';

export function ingestPayload(result: IngestResult) {
  return {
    source: result.source,
    created: result.created,
    proposedEvents: result.proposedEvents,
    matchedEvents: result.matchedEvents.map((m) => m.event),
    matchedEvidence: result.matchedEvents,
    proposedActors: result.proposedActors,
    proposedStances: result.proposedStances,
    warnings: result.warnings,
  };
}
