/**
 * The benchmark's two builds: the app (`vite build`, into dist/) and the floor page
 * (scripts/bench/floor.ts, into bench-results/floor/, never into dist/).
 */
import { spawnSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { log } from './log.ts';

export const RESULTS_DIR = resolve('bench-results');
export const FLOOR_DIR = join(RESULTS_DIR, 'floor');
export const DIST_DIR = resolve('dist');

export function buildApp(): void {
  log('building the app (vite build)…');
  const result = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('vite build failed');
  }
}

export async function buildFloor(): Promise<void> {
  log('building the floor page (bench-results/floor/)…');
  await build({
    configFile: false,
    root: resolve('scripts/bench'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: FLOOR_DIR,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
      rollupOptions: {
        input: resolve('scripts/bench/floor.html'),
        output: {
          // As the app's build: maplibre in its own chunk, so sizes compare group by group.
          manualChunks: (id: string) =>
            id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined,
        },
      },
    },
  });
  // The server answers a directory with its index.html.
  renameSync(join(FLOOR_DIR, 'floor.html'), join(FLOOR_DIR, 'index.html'));
}
