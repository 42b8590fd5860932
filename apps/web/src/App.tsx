// Five pages: the explorer, the review screens for editors (articles, actors), the API
// playground (lazy: it brings Monaco) and the compact timeline for iframes.
import { lazy, Suspense } from 'react';
import { EditorSession } from './editor/EditorSession.tsx';
import { Explorer } from './explorer/Explorer.tsx';
import { Loading } from './states/Loading.tsx';
import { useLocationPath } from './url/location.ts';

const Playground = lazy(() => import('./playground/Playground.tsx'));
const IngestPage = lazy(() => import('./ingest/IngestPage.tsx'));
const EmbedPage = lazy(() => import('./embed/EmbedPage.tsx'));
const ActorsPage = lazy(() => import('./actors/ActorsPage.tsx'));

export function App() {
  const path = useLocationPath().replace(/\/+$/, '');
  const embed = /^\/embed\/([^/]+)$/.exec(path);
  if (embed?.[1]) {
    return (
      <Suspense fallback={<Loading label="Loading the timeline…" />}>
        <EmbedPage slug={decodeURIComponent(embed[1])} />
      </Suspense>
    );
  }
  if (path === '/ingest') {
    return (
      <Suspense fallback={<Loading label="Loading the review screen…" />}>
        <EditorSession>
          <IngestPage />
        </EditorSession>
      </Suspense>
    );
  }
  if (path === '/actors') {
    return (
      <Suspense fallback={<Loading label="Loading the actor review…" />}>
        <EditorSession>
          <ActorsPage />
        </EditorSession>
      </Suspense>
    );
  }
  if (path === '/graphiql') {
    return (
      <Suspense fallback={<Loading label="Loading the playground…" />}>
        <Playground />
      </Suspense>
    );
  }
  return <Explorer />;
}
