/**
 * After Vite has written dist/, writes the pages' HTML: index.html with the map of
 * the timeline's first day drawn in (so the first paint needs no script), the same in
 * French at `fr/`, and a page
 * per event day, view and language (`en/2023-08-12/`, `fr/reported/2023-10-31/`) with
 * that day drawn in that view, its own
 * title, description, link-preview tags and image, and an oEmbed answer. The embed
 * has pages of its own, written in its layout: `embed/` and `fr/embed/` (the first day) and one in
 * each event page's folder (`en/2023-08-12/embed/`), which the oEmbed answers and the
 * Embed dialog's snippet frame. The app's
 * own components and drawing code do the work, loaded through a short-lived Vite
 * server in SSR mode, so the build needs no second bundle.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type * as Prerender from '../../src/prerender/index.ts';
import { fillPage } from './html.ts';
import { drawPreview, PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview.ts';
import { addressOf, oembed, shareTags, siteUrl } from './share.ts';

const PREVIEW_FILE = 'preview.png';
const OEMBED_FILE = 'oembed.json';
/** The frame oEmbed consumers are told to make room for. */
const OEMBED_SIZE = { width: 960, height: 720 };

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

async function writePages(root: string, publicDir: string, outDir: string): Promise<number> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const p = (await server.ssrLoadModule('/src/prerender/index.ts')) as typeof Prerender;
    const data = join(publicDir, 'data');
    const parsed = p.parseDataset(
      await readJson(join(data, 'sites.geojson')),
      await readJson(join(data, 'timeline.json')),
      await readJson(join(data, 'reported.json')),
    );
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    const dataset = parsed.dataset;
    const basemap = (await readJson(join(data, 'basemap.geojson'))) as Prerender.StaticBasemap;
    const template = await readFile(join(outDir, 'index.html'), 'utf8');
    const site = siteUrl();
    const pages = p.eventPages(dataset);

    const head = (
      path: string,
      page: Prerender.EventPage,
      alternates = pages
        .filter((other) => other.day === page.day && other.view === page.view)
        .map((other) => ({ lang: other.lang, path: other.path })),
    ) => {
      const text = p.pageText(dataset, page.lang, page.day, page.view);
      return shareTags({
        site,
        path,
        lang: page.lang,
        title: text.title,
        description: text.description,
        siteName: p.t(page.lang, 'app.title'),
        image: {
          path: `${page.path}${PREVIEW_FILE}`,
          width: PREVIEW_WIDTH,
          height: PREVIEW_HEIGHT,
          alt: text.imageAlt,
        },
        oembedPath: `${page.path}${OEMBED_FILE}`,
        alternates,
      });
    };

    /** The embed's own page for a day: its layout, that day's map, its talking points. */
    const writeEmbedPage = async (
      folder: string,
      state: {
        day: Prerender.EventPage['day'];
        lang: 'en' | 'fr';
        view: Prerender.EventPage['view'];
      },
      rootData: Record<string, string>,
    ) => {
      const text = p.pageText(dataset, state.lang, state.day, state.view);
      await mkdir(join(outDir, folder), { recursive: true });
      const html = fillPage(template, {
        lang: state.lang,
        base: p.pageBase(folder),
        title: text.title,
        // The frame's summary: the day's talking points, as the live region says them.
        description: p.daySummary(dataset, state.lang, state.day, state.view),
        // A frame's page, not one to find on its own.
        head: '    <meta name="robots" content="noindex" />\n',
        htmlData: { embed: '' },
        rootData: { ...rootData, 'page-embed': '1' },
        markup: p.renderApp({ dataset, basemap, ...state, embed: true }),
      });
      await writeFile(join(outDir, folder, 'index.html'), html);
    };

    const images: Promise<void>[] = [];
    for (const page of pages) {
      const { lang, day, view } = page;
      const text = p.pageText(dataset, lang, day, view);
      const folder = join(outDir, page.path);
      await mkdir(folder, { recursive: true });
      const html = fillPage(template, {
        lang,
        base: p.pageBase(page.path),
        title: text.title,
        description: text.description,
        head: head(page.path, page),
        rootData: { 'page-day': day, 'page-lang': lang, 'page-view': view },
        markup: p.renderApp({ dataset, basemap, day, lang, view }),
      });
      await writeFile(join(folder, 'index.html'), html);
      await writeEmbedPage(`${page.path}${p.EMBED_FOLDER}`, page, {
        'page-day': day,
        'page-lang': lang,
        'page-view': view,
      });
      images.push(
        drawPreview(p, { dataset, basemap, day, lang, view }).then((png) =>
          writeFile(join(folder, PREVIEW_FILE), png),
        ),
      );
      // The frame shows the day's embed page. Without SITE_URL the answer's addresses are
      // relative to its own folder (the page's).
      const state = { date: day, lang, site: null, view };
      const frame = p.embedFrame(
        site
          ? p.embedPageUrl(site, state, page.path)
          : p.embedPageUrl('https://relative.invalid/', state, null),
        p.t(lang, 'embed.frameTitle'),
      );
      await writeFile(
        join(folder, OEMBED_FILE),
        oembed({
          site,
          title: text.title,
          providerName: p.t(lang, 'app.title'),
          frameHtml: site ? frame : frame.replace('https://relative.invalid/', './'),
          ...OEMBED_SIZE,
          thumbnail: {
            path: site ? addressOf(site, `${page.path}${PREVIEW_FILE}`) : PREVIEW_FILE,
            width: PREVIEW_WIDTH,
            height: PREVIEW_HEIGHT,
          },
        }),
      );
    }

    await Promise.all(images);

    // The app's page in each language: the timeline's first day, with the first day's
    // preview. The build's root is English (the app then follows the address, or the
    // reader's browser); `fr/` is French, for the French addresses the app and the
    // Embed dialog give, so that they open on a page already French.
    const day = dataset.timeline.range.start;
    const langRoots = p.LANGS.map((lang) => ({ lang, path: p.langRootPath(lang) }));
    for (const { lang, path } of langRoots) {
      const first = pages.find(
        (page) => page.day === day && page.lang === lang && page.view === 'plan',
      );
      const index = fillPage(template, {
        lang,
        ...(path ? { base: p.pageBase(path) } : {}),
        ...(lang === 'en'
          ? {}
          : { title: p.t(lang, 'app.title'), description: p.t(lang, 'app.description') }),
        head: first ? head(path, first, langRoots) : undefined,
        ...(path ? { rootData: { 'page-lang': lang } } : {}),
        markup: p.renderApp({ dataset, basemap, day, lang, view: 'plan' }),
      });
      await mkdir(join(outDir, path), { recursive: true });
      await writeFile(join(outDir, path, 'index.html'), index);
      // The embed's page for any day, in the same language.
      await writeEmbedPage(
        `${path}${p.EMBED_FOLDER}`,
        { day, lang, view: 'plan' },
        path ? { 'page-lang': lang } : {},
      );
    }
    return pages.length * 2 + langRoots.length * 2;
  } finally {
    await server.close();
  }
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
      const count = await writePages(config.root, config.publicDir, outDir);
      config.logger.info(
        `static pages: ${count} pages in ${Math.round(performance.now() - started)} ms`,
      );
    },
  };
}
