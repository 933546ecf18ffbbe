/**
 * A step of `npm run build`, after Vite's: writes `dist/minusma-withdrawal-map.html`,
 * the whole map in one file that a briefer copies to a USB stick and opens with no
 * network (README, "The offline copy"). The app is built a second time as one script
 * (no chunks to fetch, fonts as data: URLs, the map engine's worker as a string), then
 * poured into the built index.html with the data files (scripts/build/offlineCopyHtml.ts).
 * Also writes `dist/data/offline-copy.json`, the file's name and size, for the Export menu.
 *
 *   tsx scripts/offline-copy.ts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { OFFLINE_COPY_FILE, OFFLINE_COPY_INFO } from '../src/offline/offlineCopy.ts';
import { DATA_FILES } from '../src/page/dataFiles.ts';
import { offlineCopyHtml } from './build/offlineCopyHtml.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

/** The offline copy starts maplibre's worker from its inlined source, not from a file. */
function workerFromSource(): Plugin {
  const inlined = join(root, 'src/offline/copyWorker.ts');
  return {
    name: 'minusma:offline-copy-worker',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './worker.ts' && importer?.endsWith(join('src', 'map', 'MapController.ts')))
        return inlined;
      return null;
    },
  };
}

async function buildOneScript(outDir: string): Promise<{ script: string; style: string }> {
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react(), workerFromSource()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      cssCodeSplit: false,
      // Every file the app imports (the fonts) becomes a data: URL.
      assetsInlineLimit: () => true,
      chunkSizeWarningLimit: 4000,
      copyPublicDir: false,
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets);
  const [script, ...moreScripts] = files.filter((file) => file.endsWith('.js'));
  const [style, ...moreStyles] = files.filter((file) => file.endsWith('.css'));
  if (!script || !style || moreScripts.length > 0 || moreStyles.length > 0)
    throw new Error(
      `offline copy: expected one script and one stylesheet, got ${files.join(', ')}`,
    );
  return {
    script: readFileSync(join(assets, script), 'utf8'),
    style: readFileSync(join(assets, style), 'utf8'),
  };
}

const outDir = mkdtempSync(join(tmpdir(), 'minusma-offline-copy-'));
try {
  const { script, style } = await buildOneScript(outDir);
  const data = Object.fromEntries(
    Object.values(DATA_FILES).map((path) => [path, readFileSync(join(dist, path), 'utf8')]),
  );
  const icon = readFileSync(join(dist, 'icons/favicon.svg'));
  const html = offlineCopyHtml({
    shell: readFileSync(join(dist, 'index.html'), 'utf8'),
    script,
    style,
    data,
    iconDataUrl: `data:image/svg+xml;base64,${icon.toString('base64')}`,
  });
  writeFileSync(join(dist, OFFLINE_COPY_FILE), html);
  const bytes = Buffer.byteLength(html);
  writeFileSync(
    join(dist, OFFLINE_COPY_INFO),
    `${JSON.stringify({ file: OFFLINE_COPY_FILE, bytes })}\n`,
  );
  console.log(`Offline copy: dist/${OFFLINE_COPY_FILE}, ${(bytes / 1e6).toFixed(2)} MB.`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
