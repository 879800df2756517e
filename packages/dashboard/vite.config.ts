import { defineConfig } from 'vite';

// Served by the gateway under /dashboard/; no inline scripts or styles, so the page runs under a strict CSP.
export default defineConfig({
  base: '/dashboard/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // The budget that counts is the gzipped one, which scripts/check-size.ts enforces after every build.
    chunkSizeWarningLimit: 1024,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/dashboard/config.json': 'http://localhost:4000' } },
});
