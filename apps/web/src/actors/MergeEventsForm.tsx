// Two records of one happening made one: the editor finds the event to keep
// and its duplicate, reads what the merge does, then confirms.
import { useState } from 'react';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { ConfirmStep } from './ConfirmStep.tsx';
import { EventSearchQuery, MergeEventsMutation } from './actorReviewDocuments.ts';
import { SearchPick } from './SearchPick.tsx';

interface Picked {
  id: string;
  title: string;
  status: string;
  date: { display: string };
  citations: { id: string }[];
}

function useEventSearch(search: string | undefined) {
  const { data, loading } = useQuery(EventSearchQuery, search ? { variables: { search }, fetchPolicy: 'network-only' } : skipToken);
  return { items: data?.events.nodes ?? [], loading };
}

function describe(event: Picked): string {
  return `${event.title} (${event.date.display}, ${event.status.toLowerCase()})`;
}

export function MergeEventsForm() {
  const [keep, setKeep] = useState<Picked | null>(null);
  const [duplicate, setDuplicate] = useState<Picked | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [merge, merging] = useMutation(MergeEventsMutation);

  async function onConfirm(k: Picked, d: Picked) {
    await merge({ variables: { keep: k.id, merge: d.id } });
    setDone(`“${d.title}” merged into “${k.title}”.`);
    setKeep(null);
    setDuplicate(null);
    setConfirming(false);
  }

  const render = (e: Picked) => describe(e);
  return (
    <section aria-labelledby="merge-events-heading" className="merge-events">
      <h2 id="merge-events-heading">Merge duplicate events</h2>
      {done && (
        <p role="status" className="review-done">
          {done}
        </p>
      )}
      {keep ? (
        <p className="merge-pick">
          Keep: <strong>{describe(keep)}</strong>{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setKeep(null);
              setConfirming(false);
            }}
          >
            Change
          </button>
        </p>
      ) : (
        <SearchPick<Picked>
          label="Event to keep"
          placeholder="Words of its title…"
          useResults={useEventSearch}
          exclude={duplicate?.id}
          render={render}
          onPick={(e) => {
            setKeep(e);
            setDone(null);
          }}
        />
      )}
      {duplicate ? (
        <p className="merge-pick">
          Duplicate: <strong>{describe(duplicate)}</strong>{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setDuplicate(null);
              setConfirming(false);
            }}
          >
            Change
          </button>
        </p>
      ) : (
        <SearchPick<Picked>
          label="Duplicate to merge into it"
          placeholder="Words of its title…"
          useResults={useEventSearch}
          exclude={keep?.id}
          render={render}
          onPick={(e) => {
            setDuplicate(e);
            setDone(null);
          }}
        />
      )}
      {keep && duplicate && !confirming && (
        <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
          Merge…
        </button>
      )}
      {keep && duplicate && confirming && (
        <ConfirmStep
          confirmLabel="Merge the events"
          busy={merging.loading}
          onConfirm={() => void onConfirm(keep, duplicate).catch(() => {})}
          onCancel={() => setConfirming(false)}
        >
          <p>
            “{duplicate.title}” will be deleted. Its {duplicate.citations.length} citation{duplicate.citations.length === 1 ? '' : 's'}, quotes, actors and
            timelines move to “{keep.title}”{keep.status === 'PUBLISHED' && duplicate.status !== 'PUBLISHED' ? ', as drafts that wait for your review' : ''}.
          </p>
        </ConfirmStep>
      )}
      {merging.error && (
        <p role="alert" className="review-error">
          {merging.error.message}
        </p>
      )}
    </section>
  );
}
