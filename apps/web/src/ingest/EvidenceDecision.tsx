// The review state of one piece of evidence (a passage an article gives for
// an event or a stance) and, while it is a draft, the editor's two choices.
import type { ReviewStatus } from '@chronicle/schema/client/graphql';

export function StatusBadge({ status }: { status: ReviewStatus }) {
  return <span className={`review-status review-status-${status.toLowerCase()}`}>{status.toLowerCase()}</span>;
}

export function EvidenceDecision({
  status,
  busy,
  acceptLabel,
  onDecide,
}: {
  status: ReviewStatus;
  busy: boolean;
  acceptLabel: string;
  onDecide(decision: 'publish' | 'reject'): Promise<void>;
}) {
  // A failed call shows through the card's alert (the mutation's error); nothing more to do here.
  const decide = (decision: 'publish' | 'reject') => void onDecide(decision).catch(() => {});
  return (
    <span className="review-citation-decision">
      {' '}
      <StatusBadge status={status} />
      {status === 'DRAFT' && (
        <span className="review-actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => decide('publish')}>
            {acceptLabel}
          </button>
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => decide('reject')}>
            Reject
          </button>
        </span>
      )}
    </span>
  );
}
