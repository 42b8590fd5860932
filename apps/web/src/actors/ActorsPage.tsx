// /actors: the actors ingestion proposed, each with the passages that named
// it, to confirm or merge; and duplicate events to merge. Editors only.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { readEditorToken, saveEditorToken } from '../apollo/editorToken.ts';
import { TokenForm } from '../ingest/TokenForm.tsx';
import { ActorReviewViewerQuery, ProposedActorsQuery } from './actorReviewDocuments.ts';
import { MergeEventsForm } from './MergeEventsForm.tsx';
import { ProposedActorCard } from './ProposedActorCard.tsx';
import '../styles/ingest.css';
import '../styles/actors.css';

function ProposedActors() {
  const { data, error, refetch } = useQuery(ProposedActorsQuery, { fetchPolicy: 'network-only' });
  const [done, setDone] = useState<string | null>(null);
  if (error) return <p role="alert" className="review-error">{error.message}</p>;
  if (!data) return <p className="review-meta">Loading the proposed actors…</p>;
  const { nodes, totalCount } = data.actors;
  return (
    <section aria-labelledby="proposed-actors-heading" className="proposed-actors">
      <h2 id="proposed-actors-heading">
        {totalCount} proposed actor{totalCount === 1 ? '' : 's'}
      </h2>
      {done && <p role="status" className="review-done">{done}</p>}
      {totalCount > nodes.length && <p className="review-meta">The first {nodes.length} are shown; the rest follow once these are done.</p>}
      {nodes.map((actor) => (
        <ProposedActorCard key={actor.id} actor={actor} onDone={(message) => { setDone(message); void refetch(); }} />
      ))}
    </section>
  );
}

export default function ActorsPage() {
  const [hasToken, setHasToken] = useState(() => readEditorToken() !== '');
  const viewer = useQuery(ActorReviewViewerQuery, { fetchPolicy: 'network-only' });
  const tokenRefused = viewer.error !== undefined && /token/i.test(viewer.error.message);
  const isEditor = viewer.data?.viewer.isEditor === true;
  return (
    <div className="ingest-page actors-page">
      <header className="app-header">
        <div className="brand">
          <a className="brand-name" href="/">chronicle</a>
          <h1 className="brand-timeline">Review actors</h1>
        </div>
        <a className="button button-quiet" href="/ingest">Review an article</a>
        {isEditor && <span className="review-who">Editor: {viewer.data?.viewer.tokenName}</span>}
        <button type="button" className="button button-quiet" hidden={!hasToken} onClick={() => { saveEditorToken(''); setHasToken(false); }}>
          Forget token
        </button>
      </header>
      <main className="ingest-main">
        {!hasToken || tokenRefused || (viewer.data && !isEditor) ? (
          <TokenForm refused={hasToken && tokenRefused} onSaved={() => { setHasToken(true); void viewer.refetch(); }} />
        ) : isEditor ? (
          <div className="actors-review-layout">
            <ProposedActors />
            <MergeEventsForm />
          </div>
        ) : (
          <p className="review-meta">Checking the token…</p>
        )}
      </main>
    </div>
  );
}
