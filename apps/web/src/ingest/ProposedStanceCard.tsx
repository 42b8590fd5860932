// A stance the article states, under review. A stance new to chronicle is
// published or rejected as a whole; for one readers already see, the editor
// decides on this article's passages, which stay hidden until accepted.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ReviewStanceFragment, ReviewStatus, StanceKind } from '@chronicle/schema/client/graphql';
import { PublishStanceCitationMutation, PublishStanceMutation, RejectStanceCitationMutation, RejectStanceMutation } from './reviewDocuments.ts';
import { EvidenceDecision, StatusBadge } from './EvidenceDecision.tsx';

const VERBS: Record<StanceKind, string> = { SUPPORTS: 'supports', OPPOSES: 'opposes', RECOGNIZES: 'recognizes' };

export function ProposedStanceCard({ proposed }: { proposed: ReviewStanceFragment }) {
  const { stance } = proposed;
  // Decided once, from what ingestion found: publishing the stance later must not turn the card into a citation review.
  const [wasPublic] = useState(stance.status === 'PUBLISHED');
  const [status, setStatus] = useState(stance.status);
  const [citationStatus, setCitationStatus] = useState(() => new Map(proposed.citations.map((c) => [c.id, c.status])));
  const [publishStance, publishingStance] = useMutation(PublishStanceMutation);
  const [rejectStance, rejectingStance] = useMutation(RejectStanceMutation);
  const [publishCitation, publishingCitation] = useMutation(PublishStanceCitationMutation);
  const [rejectCitation, rejectingCitation] = useMutation(RejectStanceCitationMutation);
  const calls = [publishingStance, rejectingStance, publishingCitation, rejectingCitation];
  const error = calls.find((c) => c.error)?.error;
  const busy = calls.some((c) => c.loading);

  const noteCitations = (citations: readonly { id: string; status: ReviewStatus }[]) =>
    setCitationStatus((before) => new Map([...before, ...citations.map((c) => [c.id, c.status] as const)]));

  async function decideStance(decision: 'publish' | 'reject') {
    if (decision === 'publish') {
      const result = await publishStance({ variables: { id: stance.id } });
      if (result.data) {
        setStatus(result.data.publishStance.status);
        noteCitations(result.data.publishStance.citations);
      }
    } else {
      const result = await rejectStance({ variables: { id: stance.id } });
      if (result.data) setStatus(result.data.rejectStance.status);
    }
  }

  async function decideCitation(id: string, decision: 'publish' | 'reject') {
    const result =
      decision === 'publish'
        ? (await publishCitation({ variables: { id } })).data?.publishStanceCitation
        : (await rejectCitation({ variables: { id } })).data?.rejectStanceCitation;
    if (result) noteCitations([result]);
  }

  const titleId = `review-stance-${stance.id}-title`;
  return (
    <article className="review-card review-stance" aria-labelledby={titleId}>
      <header>
        <h3 id={titleId}>
          {stance.actor.name} {VERBS[stance.kind]} {stance.target.name}
        </h3>
        <p className="review-meta">
          <StatusBadge status={status} /> · {wasPublic ? 'already public: this article adds a source' : 'new stance'}
        </p>
      </header>
      <ul className="review-evidence" aria-label="Passages that state it">
        {proposed.citations.map((citation) => {
          const citationState = citationStatus.get(citation.id) ?? citation.status;
          return (
            <li key={citation.id}>
              <span className="review-passage">{citation.passage ?? 'No passage.'}</span>
              {wasPublic && (
                <EvidenceDecision status={citationState} busy={busy} acceptLabel="Publish" onDecide={(decision) => decideCitation(citation.id, decision)} />
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="review-error">
          {error.message}
        </p>
      )}
      {!wasPublic && (
        <div className="review-actions">
          {status === 'DRAFT' ? (
            <>
              <button type="button" className="button button-primary" disabled={busy} onClick={() => void decideStance('publish').catch(() => {})}>
                Publish
              </button>
              <button type="button" className="button button-quiet" disabled={busy} onClick={() => void decideStance('reject').catch(() => {})}>
                Reject
              </button>
            </>
          ) : status === 'PUBLISHED' ? (
            <a className="button" href="/?view=stances">
              See it in Who backs whom
            </a>
          ) : (
            <>
              <span>Rejected.</span>
              {/* This article states it again: the editor may change their mind. */}
              <button type="button" className="button button-quiet" disabled={busy} onClick={() => void decideStance('publish').catch(() => {})}>
                Publish after all
              </button>
            </>
          )}
        </div>
      )}
    </article>
  );
}
