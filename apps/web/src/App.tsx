// Three pages: the explorer, the review screen for editors, and the API
// playground (lazy: it brings Monaco).
import { lazy, Suspense } from 'react';
import { Explorer } from './explorer/Explorer.tsx';
import { Loading } from './states/Loading.tsx';
import { useLocationPath } from './url/location.ts';

const Playground = lazy(() => import('./playground/Playground.tsx'));
const IngestPage = lazy(() => import('./ingest/IngestPage.tsx'));

export function App() {
  const path = useLocationPath().replace(/\/+$/, '');
  if (path === '/ingest') {
    return (
      <Suspense fallback={<Loading label="Loading the review screen…" />}>
        <IngestPage />
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
