// Builds the dashboard into web/dist, which Haven serves at `/` (src/main/dashboard.ts).
// No React plugin: Vite's own transform (Oxc) compiles JSX with the automatic runtime, and the
// production build needs nothing else. `npm run dev:web` proxies /api to a running Haven.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // One page for the whole app; screens that need a chart load it on demand.
    chunkSizeWarningLimit: 600,
  },
  server: {
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
