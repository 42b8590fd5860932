// /actors: the actors ingestion proposed, each with the passages that named
// it, to confirm or merge; and duplicate events to merge. Editors only.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { EditorPage } from '../editor/EditorPage.tsx';
import { VIEWER_QUERY_OPTIONS } from '../editor/viewerQueryOptions.ts';
import { ActorReviewViewerQuery, ProposedActorsQuery } from './actorReviewDocuments.ts';
import { MergeEventsForm } from './MergeEventsForm.tsx';
import { ProposedActorCard } from './ProposedActorCard.tsx';
import '../styles/ingest.css';
import '../styles/actors.css';

function ProposedActors() {
  const { data, error, refetch } = useQuery(ProposedActorsQuery, { fetchPolicy: 'network-only' });
  const [done, setDone] = useState<string | null>(null);
  if (error)
    return (
      <p role="alert" className="review-error">
        {error.message}
      </p>
    );
  if (!data) return <p className="review-meta">Loading the proposed actors…</p>;
  const { nodes, totalCount } = data.actors;
  return (
    <section aria-labelledby="proposed-actors-heading" className="proposed-actors">
      <h2 id="proposed-actors-heading">
        {totalCount} proposed actor{totalCount === 1 ? '' : 's'}
      </h2>
      {done && (
        <p role="status" className="review-done">
          {done}
        </p>
      )}
      {totalCount > nodes.length && <p className="review-meta">The first {nodes.length} are shown; the rest follow once these are done.</p>}
      {nodes.map((actor) => (
        <ProposedActorCard
          key={actor.id}
          actor={actor}
          onDone={(message) => {
            setDone(message);
            void refetch();
          }}
        />
      ))}
    </section>
  );
}

export default function ActorsPage() {
  const viewer = useQuery(ActorReviewViewerQuery, VIEWER_QUERY_OPTIONS);
  return (
    <EditorPage
      title="Review actors"
      className="actors-page"
      links={
        <a className="button button-quiet" href="/ingest">
          Review an article
        </a>
      }
      viewer={viewer}
      checking={<p className="review-meta">Checking the token…</p>}
    >
      <div className="actors-review-layout">
        <ProposedActors />
        <MergeEventsForm />
      </div>
    </EditorPage>
  );
}
