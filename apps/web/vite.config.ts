// Dev server proxies the API to the server on :4000; the build lands in
// apps/web/dist, which the server serves with an SPA fallback.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL's Monaco chunk is big by nature; it is loaded only on /graphiql.
    chunkSizeWarningLimit: 4000,
  },
});
