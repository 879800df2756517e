import { defineConfig, type Plugin } from 'vite';
import { basemapOutlines } from './scripts/basemap';

const basemapModule = 'virtual:mitmach-basemap';

/** The basemap's outlines as a module the script imports, computed from Natural Earth data when it is built. */
function basemap(): Plugin {
  return {
    name: 'mitmach-basemap',
    resolveId: (id) => (id === basemapModule ? `\0${basemapModule}` : undefined),
    load: (id) =>
      id === `\0${basemapModule}` ? `export const outlines = ${JSON.stringify(basemapOutlines())};` : undefined,
  };
}

// One classic script (an IIFE, no imports, no eval, no inline styles) that a page includes with a script tag, under
// /widget/v1/: the path names the major version, and what it names never changes, so it is cached as immutable.
export default defineConfig({
  plugins: [basemap()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    lib: {
      entry: 'src/mitmach.ts',
      formats: ['iife'],
      name: 'MitmachWidget',
      fileName: () => 'v1/mitmach.js',
    },
  },
});
