// One proposed event under review: its fields to correct, its evidence, and
// the editor's decision (publish or reject).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { DatePrecision, EventKind, ReviewEventFragment } from '@chronicle/schema/client/graphql';
import { EVENT_KINDS, KIND_STYLES } from '../events/eventKinds.ts';
import { ActorRolesEditor, type EditableActor } from './ActorRolesEditor.tsx';
import { PublishEventMutation, RejectEventMutation, UpdateEventMutation } from './reviewDocuments.ts';

const PRECISIONS: DatePrecision[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];

interface Props {
  event: ReviewEventFragment;
  selected: boolean;
  onSelect(): void;
}

interface Draft {
  title: string;
  summary: string;
  kind: EventKind;
  start: string;
  end: string;
  precision: DatePrecision;
  actors: EditableActor[];
}

function draftOf(event: ReviewEventFragment): Draft {
  return {
    title: event.title,
    summary: event.summary,
    kind: event.kind,
    start: event.date.start,
    end: event.date.isRange ? event.date.end : '',
    precision: event.date.precision,
    actors: event.actors.map((a) => ({ id: a.actor.id, name: a.actor.name, role: a.role })),
  };
}

export function ProposedEventCard({ event, selected, onSelect }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(event));
  const [status, setStatus] = useState(event.status);
  const [isKey, setIsKey] = useState(event.isKey);
  const [update, updating] = useMutation(UpdateEventMutation);
  const [publish, publishing] = useMutation(PublishEventMutation);
  const [reject, rejecting] = useMutation(RejectEventMutation);
  const error = updating.error ?? publishing.error ?? rejecting.error;
  const busy = updating.loading || publishing.loading || rejecting.loading;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save() {
    const result = await update({
      variables: {
        id: event.id,
        input: {
          title: draft.title,
          summary: draft.summary,
          kind: draft.kind,
          precision: draft.precision,
          start: draft.start,
          end: draft.end || null,
          actors: draft.actors.map((a) => ({ actor: a.id, role: a.role })),
        },
      },
    });
    if (result.data) setDraft(draftOf(result.data.updateEvent));
  }

  // Saved at once, apart from the draft: it is a judgement on the event, and stands whatever else is edited.
  // The box shows the choice at once; a refusal puts it back (and the error shows below).
  async function markKey(value: boolean) {
    setIsKey(value);
    const result = await update({ variables: { id: event.id, input: { isKey: value } } }).catch(() => null);
    setIsKey(result?.data ? result.data.updateEvent.isKey : !value);
  }

  async function decide(decision: 'publish' | 'reject') {
    if (decision === 'publish') {
      await save();
      const result = await publish({ variables: { id: event.id } });
      if (result.data) setStatus(result.data.publishEvent.status);
    } else {
      const result = await reject({ variables: { id: event.id } });
      if (result.data) setStatus(result.data.rejectEvent.status);
    }
  }

  const titleId = `review-${event.id}-title`;
  return (
    <article className={`review-card${selected ? ' review-card-selected' : ''}`} aria-labelledby={titleId} onFocus={onSelect} onClick={onSelect}>
      <header>
        <h3 id={titleId}>{draft.title || 'Untitled event'}</h3>
        <p className="review-meta">
          <span className={`review-status review-status-${status.toLowerCase()}`}>{status.toLowerCase()}</span> · {event.date.display}
        </p>
      </header>
      <label>
        <span>Title</span>
        <input type="text" value={draft.title} onChange={(e) => set('title', e.target.value)} disabled={status !== 'DRAFT'} />
      </label>
      <label>
        <span>Summary</span>
        <textarea rows={3} value={draft.summary} onChange={(e) => set('summary', e.target.value)} disabled={status !== 'DRAFT'} />
      </label>
      <div className="review-row">
        <label>
          <span>Kind</span>
          <select value={draft.kind} onChange={(e) => set('kind', e.target.value as EventKind)} disabled={status !== 'DRAFT'}>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_STYLES[kind].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Known to the</span>
          <select value={draft.precision} onChange={(e) => set('precision', e.target.value as DatePrecision)} disabled={status !== 'DRAFT'}>
            {PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {p.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Start</span>
          <input type="date" value={draft.start} onChange={(e) => set('start', e.target.value)} disabled={status !== 'DRAFT'} />
        </label>
        <label>
          <span>End (ranges)</span>
          <input type="date" value={draft.end} onChange={(e) => set('end', e.target.value)} disabled={status !== 'DRAFT'} />
        </label>
      </div>
      <label className="review-key">
        <input type="checkbox" checked={isKey} disabled={busy || status === 'REJECTED'} onChange={(e) => void markKey(e.target.checked)} />
        <span>Key event: always drawn in full, never folded into a cluster</span>
      </label>
      {status === 'DRAFT' && <ActorRolesEditor actors={draft.actors} onChange={(actors) => set('actors', actors)} />}
      {event.citations.length > 0 && (
        <ul className="review-evidence" aria-label="Supporting passages">
          {event.citations.map((c, i) => (
            <li key={i}>
              {c.dateExpression && <strong>{c.dateExpression}: </strong>}
              <span className="review-passage">{c.passage}</span>
            </li>
          ))}
        </ul>
      )}
      {event.quotes.length > 0 && (
        <ul className="review-quotes" aria-label="Quotes">
          {event.quotes.map((q, i) => (
            <li key={i}>
              <q>{q.text}</q> — {q.speaker?.name ?? 'unknown speaker'}
              {q.verb ? ` (${q.verb})` : ''}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="review-error">
          {error.message}
        </p>
      )}
      <div className="review-actions">
        {status === 'DRAFT' ? (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => void save()}>
              Save changes
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void decide('publish')}>
              Publish
            </button>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => void decide('reject')}>
              Reject
            </button>
          </>
        ) : status === 'PUBLISHED' ? (
          <a className="button" href={`/?event=${encodeURIComponent(event.id)}`}>
            See it on the timeline
          </a>
        ) : (
          <span>Rejected.</span>
        )}
      </div>
    </article>
  );
}
