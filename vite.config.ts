import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspMeta } from './scripts/build/cspMeta.ts';
import { inlineIcons } from './scripts/build/inlineIcons.ts';
import { pageWords } from './scripts/build/pageWords.ts';
import { installableApp } from './scripts/build/pwa.ts';
import { staticPages } from './scripts/pages/plugin.ts';

// A relative base makes dist/ work from any sub-path of any static host
// (https://example.org/some/sub/path/), with no rebuild.
export default defineConfig({
  base: './',
  // The pages are written before the service worker lists what to precache.
  plugins: [react(), pageWords(), cspMeta(), inlineIcons(), staticPages(), installableApp()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // maplibre alone is ~1 MB; keep it in its own chunk so the size report shows what
    // our own code costs. Its JavaScript only: a stylesheet put in the chunk would make
    // the entry import the chunk, and the page would wait for maplibre before drawing.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/maplibre-gl') && !id.endsWith('.css')) return 'maplibre';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler'))
            return 'react';
          return undefined;
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
