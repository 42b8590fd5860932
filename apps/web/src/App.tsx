// Two pages: the explorer, and the API playground (lazy: it brings Monaco).
import { lazy, Suspense } from 'react';
import { Explorer } from './explorer/Explorer.tsx';
import { Loading } from './states/Loading.tsx';
import { useLocationPath } from './url/location.ts';

const Playground = lazy(() => import('./playground/Playground.tsx'));

export function App() {
  const path = useLocationPath();
  if (path.replace(/\/+$/, '') === '/graphiql') {
    return (
      <Suspense fallback={<Loading label="Loading the playground…" />}>
        <Playground />
      </Suspense>
    );
  }
  return <Explorer />;
}
