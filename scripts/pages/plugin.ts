/**
 * After Vite has written dist/, writes the pages' HTML: index.html with the map of
 * the timeline's first day drawn in (so the first paint needs no script). The app's
 * own components render the markup, loaded through a short-lived Vite server in SSR
 * mode, so the build needs no second bundle.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type * as Prerender from '../../src/prerender/index.ts';
import { fillPage } from './html.ts';

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

export function staticPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'minusma-static-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const started = performance.now();
      const outDir = resolve(config.root, config.build.outDir);
      const server = await createServer({
        root: config.root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const prerender = (await server.ssrLoadModule(
          '/src/prerender/index.ts',
        )) as typeof Prerender;
        const data = join(config.publicDir, 'data');
        const parsed = prerender.parseDataset(
          await readJson(join(data, 'sites.geojson')),
          await readJson(join(data, 'timeline.json')),
        );
        if (!parsed.ok) throw new Error(parsed.problems.join(' '));
        const dataset = parsed.dataset;
        const basemap = (await readJson(join(data, 'basemap.geojson'))) as Prerender.StaticBasemap;
        const template = await readFile(join(outDir, 'index.html'), 'utf8');
        const day = dataset.timeline.range.start;
        const lang = 'en';
        const index = fillPage(template, {
          lang,
          markup: prerender.renderApp({ dataset, basemap, day, lang }),
        });
        await writeFile(join(outDir, 'index.html'), index);
      } finally {
        await server.close();
      }
      config.logger.info(
        `static pages: index.html in ${Math.round(performance.now() - started)} ms`,
      );
    },
  };
}
