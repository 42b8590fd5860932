// An event chronicle already holds that the article also reports. The event
// itself is not under review here: this article's passages are, and readers
// meet them only once an editor accepts them (or publishes the event).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ReviewMatchedEventFragment } from '@chronicle/schema/client/graphql';
import { PublishCitationMutation, RejectCitationMutation } from './reviewDocuments.ts';
import { EvidenceDecision, StatusBadge } from './EvidenceDecision.tsx';

export function MatchedEventCard({ matched }: { matched: ReviewMatchedEventFragment }) {
  const { event } = matched;
  const [citationStatus, setCitationStatus] = useState(() => new Map(matched.citations.map((c) => [c.id, c.status])));
  const [publishCitation, publishing] = useMutation(PublishCitationMutation);
  const [rejectCitation, rejecting] = useMutation(RejectCitationMutation);
  const error = publishing.error ?? rejecting.error;
  const busy = publishing.loading || rejecting.loading;

  async function decide(id: string, decision: 'publish' | 'reject') {
    const result =
      decision === 'publish'
        ? (await publishCitation({ variables: { id } })).data?.publishCitation
        : (await rejectCitation({ variables: { id } })).data?.rejectCitation;
    if (result) setCitationStatus((before) => new Map([...before, [result.id, result.status]]));
  }

  const titleId = `review-matched-${event.id}-title`;
  return (
    <article className="review-card review-matched" aria-labelledby={titleId}>
      <header>
        <h3 id={titleId}>{event.title}</h3>
        <p className="review-meta">
          <StatusBadge status={event.status} /> · {event.date.display} ·{' '}
          {event.status === 'PUBLISHED' ? 'already public: this article adds a source' : 'on file, not yet public'}
        </p>
      </header>
      <ul className="review-evidence" aria-label="Passages that report it">
        {matched.citations.map((citation) => {
          const state = citationStatus.get(citation.id) ?? citation.status;
          return (
            <li key={citation.id}>
              <span className="review-passage">{citation.passage ?? 'No passage.'}</span>
              <EvidenceDecision status={state} busy={busy} acceptLabel="Accept" onDecide={(decision) => decide(citation.id, decision)} />
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="review-error">
          {error.message}
        </p>
      )}
    </article>
  );
}
