// Dev server proxies the API to the server on :4000; the build lands in
// apps/web/dist, which the server serves with an SPA fallback.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  optimizeDeps: {
    // These import Monaco's workers with `?worker`, which only Vite itself
    // (not its dependency pre-bundler) understands.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  server: {
    proxy: {
      // ws: subscriptions (graphql-ws) share the path.
      '/graphql': { target: api, ws: true },
      '/healthz': api,
      '/readyz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL's Monaco chunk is big by nature; it is loaded only on /graphiql.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's packages start with "use no memo" (a React Compiler hint
        // that means nothing to a bundler).
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
