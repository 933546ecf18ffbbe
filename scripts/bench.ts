/**
 * `npm run bench`: the app against the floor of its engine, side by side, in one run.
 *
 * Builds the app (`vite build`) and a bare maplibre page (scripts/bench/floor.ts, into
 * bench-results/floor/, never into dist/) that draws the same basemap with the same
 * style, data and fonts and the same 13 sites as plain circles coloured by a
 * feature-state `status`. Serves both from one origin and, in headless Chromium,
 * measures each several times in fresh contexts (no cache), alternating which goes
 * first:
 *
 * - first paint of the sites and first full render, in ms since navigation start;
 * - the time from a date change to the next painted frame that shows it (200 changes
 *   in all, shared among the runs, between days in different windows so that statuses
 *   really change; median and p95 over all of them);
 * - frames per second during playback (the app playing, the floor repainting every
 *   frame);
 * - JavaScript, CSS and data bytes (raw and gzip), and the sources' loads while the
 *   date changes (there should be none).
 *
 * Prints medians with app/floor ratios against the targets and writes everything to
 * bench-results/bench.json. Exits 0 whatever the results; only a crash fails it.
 *
 *   tsx scripts/bench.ts [--runs 5] [--changes 200] [--fps-seconds 5] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { dayIndex } from '../src/domain/dates.ts';
import { parseDataset } from '../src/domain/schema.ts';
import { siteStatusAt } from '../src/domain/status.ts';
import type { Dataset, IsoDate } from '../src/domain/types.ts';
import type { FloorTimes } from './bench/floor.ts';
import {
  type Comparison,
  framesPerSecond,
  intervals,
  median,
  meets,
  percentile,
  ratio,
} from './bench/stats.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { serve } from './serve.ts';
import { type FileSize, measureBuild, totalsByGroup } from './size.ts';

const RESULTS_DIR = resolve('bench-results');
const FLOOR_DIR = join(RESULTS_DIR, 'floor');
const DIST_DIR = resolve('dist');
const BASE = '/bench/';
const FLOOR_BASE = `${BASE}floor/`;
const VIEWPORT = { width: 1280, height: 800 };
/** Days in different windows, visited in turn: every step changes some site's status. */
const SCRUB_DAYS = [
  '2023-10-15', // sequence a closing, phase one closed
  '2023-07-01', // before phase one: all open
  '2023-08-20', // phase one closing
  '2023-12-20', // sequence c closing
  '2023-12-10', // sequence b closing
  '2024-01-15', // liquidation
] as IsoDate[];
/** Playback starts a few days before phase one, so that closings, pulses and flows show. */
const PLAY_FROM = '2023-07-10' as IsoDate;

function argNumber(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

// Five runs each: on a shared two-core machine one run can be 20 % off the others.
const RUNS = argNumber('--runs', 5);
/** Date changes in all, shared among the runs; their median and p95 are over all of them. */
const CHANGES = argNumber('--changes', 200);
const FPS_MS = argNumber('--fps-seconds', 5) * 1000;
const CHANGES_PER_RUN = Math.ceil(CHANGES / RUNS);
const SKIP_BUILD = process.argv.includes('--no-build');

const log = (message: string) => console.log(`[bench] ${message}`);

// ---------------------------------------------------------------------------------
// Builds

function buildApp(): void {
  log('building the app (vite build)…');
  const result = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('vite build failed');
  }
}

async function buildFloor(): Promise<void> {
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

// ---------------------------------------------------------------------------------
// The dataset: which statuses each scrubbed day shows, in the sites' feature order

function loadDataset(): Dataset {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(DIST_DIR, file), 'utf8'));
  const parsed = parseDataset(
    read('data/sites.geojson'),
    read('data/timeline.json'),
    read('data/reported.json'),
  );
  if (!parsed.ok) throw new Error(`the built data is invalid: ${parsed.problems.join(' ')}`);
  return parsed.dataset;
}

function statusesOn(dataset: Dataset, day: IsoDate): string[] {
  return dataset.sites.map((site) => siteStatusAt(site, day, dataset.timeline.windows));
}

interface Scrub {
  /** The slider's value for each change (days since the timeline's start). */
  values: number[];
  days: IsoDate[];
  /** The 13 statuses of each change, by feature index (for the floor). */
  statuses: string[][];
  /** The slider's value playback starts from. */
  playFrom: number;
}

function scrubPlan(dataset: Dataset): Scrub {
  const start = dayIndex(dataset.timeline.range.start);
  const days = Array.from(
    { length: CHANGES_PER_RUN },
    (_, i) => SCRUB_DAYS[i % SCRUB_DAYS.length] ?? dataset.timeline.range.end,
  );
  // The page opens on the first day of the range: the first change must differ too.
  let previous = dataset.timeline.range.start;
  for (const day of days) {
    if (statusesOn(dataset, previous).join() === statusesOn(dataset, day).join())
      throw new Error(`${previous} and ${day} show the same statuses: pick other days`);
    previous = day;
  }
  return {
    values: days.map((day) => dayIndex(day) - start),
    days,
    statuses: days.map((day) => statusesOn(dataset, day)),
    playFrom: dayIndex(PLAY_FROM) - start,
  };
}

// ---------------------------------------------------------------------------------
// One origin for both pages: the app under /bench/, the floor under /bench/floor/

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serveBoth(): Promise<{ url: string; close: () => Promise<void> }> {
  const app = await serve({ root: DIST_DIR, base: BASE });
  const floor = await serve({ root: FLOOR_DIR, base: FLOOR_BASE });
  // Borrow the floor server's request handler and answer on the app's port.
  const [appHandler] = app.server.listeners('request') as Handler[];
  const [floorHandler] = floor.server.listeners('request') as Handler[];
  await floor.close();
  if (!appHandler || !floorHandler) throw new Error('serve() has no request handler');
  app.server.removeAllListeners('request');
  app.server.on('request', (req: IncomingMessage, res: ServerResponse) =>
    (req.url?.startsWith(FLOOR_BASE) ? floorHandler : appHandler)(req, res),
  );
  return { url: app.url, close: app.close };
}

// ---------------------------------------------------------------------------------
// In the page. Functions passed to page.evaluate are sent as source text: no named
// inner functions there (the TypeScript loader would wrap them in a helper the page
// lacks), only inline callbacks.

/**
 * Installed in the app's page before its scripts: marks (performance.mark, no global)
 * when the `.map` becomes ready and when the SVG first paint's sites have been painted
 * (the frame after they enter the DOM: a rAF, then a task after that frame).
 */
const APP_PROBE = `(() => {
  let svgSeen = false;
  const observer = new MutationObserver(() => {
    if (!svgSeen && document.querySelector('.static-site[data-status]')) {
      svgSeen = true;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => performance.mark('bench-svg-sites-painted');
        channel.port2.postMessage(null);
      });
    }
    if (document.querySelector('.map[data-map-ready="true"]')) {
      performance.mark('bench-map-ready');
      observer.disconnect();
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-map-ready', 'data-status'],
  });
})();`;

interface LoadTimes {
  /** First frame showing the sites with their statuses (the earliest of the two below for the app). */
  sitesPainted: number | null;
  /** The app only: the SVG first paint's sites. */
  svgSitesPainted?: number | null;
  /** The app only: the first WebGL frame with the sites' source loaded. */
  webglSitesPainted?: number | null;
  /** First full render: the app's data-map-ready; the floor's first idle. */
  fullRender: number | null;
  /** The floor only: first frame with style and tiles loaded (the app's "ready" rule). */
  readyRule?: number | null;
  firstContentfulPaint: number | null;
}

interface RunResult {
  load: LoadTimes;
  /** ms from each date change to the next painted frame that shows it. */
  changes: number[];
  sourceLoadsDuringChanges: number;
  requestsDuringChanges: number;
  fps: number;
  frameIntervalP95: number;
}

const timeOf = (page: Page, name: string) =>
  page.evaluate(
    (entry) => performance.getEntriesByName(entry)[0]?.startTime ?? null,
    name,
  ) as Promise<number | null>;

async function countRequests<T>(page: Page, work: () => Promise<T>): Promise<[T, number]> {
  let requests = 0;
  const onRequest = () => {
    requests++;
  };
  page.on('request', onRequest);
  try {
    return [await work(), requests];
  } finally {
    page.off('request', onRequest);
  }
}

/** The timestamps of the page's animation frames over the next `ms`. */
async function countFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(async (duration) => {
    const stamps: number[] = [];
    const end = performance.now() + duration;
    while (performance.now() < end) {
      stamps.push(await new Promise<number>((done) => requestAnimationFrame(done)));
    }
    return stamps;
  }, ms);
}

async function measureApp(browser: Browser, url: string, scrub: Scrub): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: APP_PROBE });
    await page.goto(url);
    await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('sites-painted').length > 0);
    await page.waitForTimeout(300);
    const svg = await timeOf(page, 'bench-svg-sites-painted');
    const webgl = await timeOf(page, 'sites-painted');
    const painted = [svg, webgl].filter((time): time is number => time !== null);
    const load: LoadTimes = {
      sitesPainted: painted.length ? Math.min(...painted) : null,
      svgSitesPainted: svg,
      webglSitesPainted: webgl,
      fullRender: await timeOf(page, 'bench-map-ready'),
      firstContentfulPaint: await timeOf(page, 'first-contentful-paint'),
    };

    const sourceLoads = () =>
      page.locator('.map').evaluate((map: HTMLElement) => Number(map.dataset.sourceLoads ?? 0));
    const loadsBefore = await sourceLoads();
    const [changes, requests] = await countRequests(page, () =>
      page.evaluate(
        async ({ values, days }) => {
          const input = document.querySelector<HTMLInputElement>('input[type=range]');
          const map = document.querySelector<HTMLElement>('.map');
          const setValue = Object.getOwnPropertyDescriptor(
            HTMLInputElement.prototype,
            'value',
          )?.set;
          if (!input || !map || !setValue) throw new Error('no slider or no map');
          const latencies: number[] = [];
          for (let i = 0; i < values.length; i++) {
            const day = days[i];
            const painted = new Promise<void>((done, fail) => {
              const observer = new MutationObserver(() => {
                if (map.dataset.paintedDay !== day) return;
                observer.disconnect();
                clearTimeout(timer);
                done();
              });
              const timer = setTimeout(() => {
                observer.disconnect();
                fail(new Error(`${day} was never painted`));
              }, 10_000);
              observer.observe(map, { attributes: true, attributeFilter: ['data-painted-day'] });
            });
            const t0 = performance.now();
            // The native setter, then an input event: React's onChange runs as for a reader.
            setValue.call(input, String(values[i]));
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await painted;
            await new Promise((done) => requestAnimationFrame(done));
            latencies.push(performance.now() - t0);
          }
          return latencies;
        },
        { values: scrub.values, days: scrub.days },
      ),
    );
    const sourceLoadsDuringChanges = (await sourceLoads()) - loadsBefore;

    // Playback: from PLAY_FROM, press play, count frames.
    await page.evaluate(
      ({ value }) => {
        const input = document.querySelector<HTMLInputElement>('input[type=range]');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        if (!input || !setValue) throw new Error('no slider');
        setValue.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      { value: scrub.playFrom },
    );
    await page.waitForTimeout(700);
    await page.locator('.play-button').click();
    const stamps = await countFrames(page, FPS_MS);
    await page.locator('.play-button').click();
    return {
      load,
      changes,
      sourceLoadsDuringChanges,
      requestsDuringChanges: requests,
      fps: framesPerSecond(stamps),
      frameIntervalP95: percentile(intervals(stamps), 95),
    };
  } finally {
    await context.close();
  }
}

async function measureFloor(
  browser: Browser,
  url: string,
  scrub: Scrub,
  size: { width: number; height: number },
  initial: string[],
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({
      w: String(size.width),
      h: String(size.height),
      statuses: initial.join(','),
    });
    await page.goto(`${url}floor/?${query}`);
    await page.waitForFunction(() => window.floor?.times.idle != null, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const times = (await page.evaluate(() => window.floor?.times)) as FloorTimes;
    const load: LoadTimes = {
      sitesPainted: times.sitesPainted,
      fullRender: times.idle,
      readyRule: times.ready,
      firstContentfulPaint: await timeOf(page, 'first-contentful-paint'),
    };

    const loadsBefore = await page.evaluate(() => window.floor?.sourceLoads() ?? 0);
    const [changes, requests] = await countRequests(page, () =>
      page.evaluate(
        async ({ statuses }) => {
          const floor = window.floor;
          if (!floor) throw new Error('the floor page did not start');
          const latencies: number[] = [];
          for (const next of statuses) {
            const t0 = performance.now();
            floor.setStatuses(next);
            await new Promise((done) => floor.map.once('render', done));
            await new Promise((done) => requestAnimationFrame(done));
            latencies.push(performance.now() - t0);
          }
          return latencies;
        },
        { statuses: scrub.statuses },
      ),
    );
    const sourceLoadsDuringChanges =
      (await page.evaluate(() => window.floor?.sourceLoads() ?? 0)) - loadsBefore;

    // The floor's playback: the whole map repainted on every animation frame.
    await page.evaluate(() => window.floor?.repaintEveryFrame());
    await page.waitForTimeout(300);
    const stamps = await countFrames(page, FPS_MS);
    return {
      load,
      changes,
      sourceLoadsDuringChanges,
      requestsDuringChanges: requests,
      fps: framesPerSecond(stamps),
      frameIntervalP95: percentile(intervals(stamps), 95),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------
// Sizes

interface Bytes {
  raw: number;
  gzip: number;
}

const sum = (files: FileSize[]): Bytes =>
  files.reduce((total, f) => ({ raw: total.raw + f.raw, gzip: total.gzip + f.gzip }), {
    raw: 0,
    gzip: 0,
  });

function sizes() {
  const app = measureBuild(DIST_DIR);
  const appTotals = totalsByGroup(app);
  const floor = measureBuild(FLOOR_DIR);
  const floorTotals = totalsByGroup(floor);
  const zero = { raw: 0, gzip: 0 };
  // The floor reads the app's basemap and sites files (and no others).
  const floorData = sum(
    app.filter((f) => f.file === 'data/basemap.geojson' || f.file === 'data/sites.geojson'),
  );
  return {
    app: {
      ownJs: appTotals['app-js'] ?? zero,
      maplibreJs: appTotals['maplibre-js'] ?? zero,
      css: appTotals.css ?? zero,
      data: appTotals.data ?? zero,
      fonts: appTotals.fonts ?? zero,
    },
    floor: {
      ownJs: floorTotals['app-js'] ?? zero,
      maplibreJs: floorTotals['maplibre-js'] ?? zero,
      css: floorTotals.css ?? zero,
      data: floorData,
      fonts: floorTotals.fonts ?? zero,
    },
    files: { app, floor },
  };
}

// ---------------------------------------------------------------------------------
// Report

interface Row {
  metric: string;
  unit: string;
  app: number;
  floor: number;
  /** The value the ratio divides by (the floor's, unless the target says otherwise). */
  reference?: number;
  target?: { comparison: Comparison; limit: number; of: 'floor' | 'absolute'; text: string };
}

function evaluateRow(row: Row) {
  const r = ratio(row.app, row.reference ?? row.floor);
  const target = row.target;
  const pass = target
    ? meets(target.of === 'floor' ? r : row.app, target.comparison, target.limit)
    : null;
  return { ...row, ratio: r, pass };
}

const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

function printTable(rows: ReturnType<typeof evaluateRow>[]): void {
  const head = ['metric', 'app', 'floor', 'app/floor', 'target', ''];
  const lines = rows.map((row) => {
    const digits = row.unit === 'ms' || row.unit === 'loads' ? 0 : 1;
    return [
      `${row.metric} [${row.unit}]`,
      fmt(row.app, digits),
      fmt(row.floor, digits),
      row.floor || row.reference ? fmt(row.ratio, 2) : '—',
      row.target?.text ?? '',
      row.pass === null ? '' : row.pass ? 'PASS' : 'FAIL',
    ];
  });
  const widths = head.map((_, i) =>
    Math.max(...[head, ...lines].map((line) => line[i]?.length ?? 0)),
  );
  const print = (line: string[]) =>
    console.log(
      line
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    );
  console.log('');
  print(head);
  print(widths.map((w) => '-'.repeat(w)));
  for (const line of lines) print(line);
  console.log('');
}

const medianOf = (runs: RunResult[], pick: (run: RunResult) => number | null | undefined) =>
  median(runs.map(pick).filter((v): v is number => typeof v === 'number'));

async function main(): Promise<void> {
  const started = Date.now();
  if (!SKIP_BUILD) buildApp();
  await buildFloor();
  const dataset = loadDataset();
  const scrub = scrubPlan(dataset);
  const initial = statusesOn(dataset, dataset.timeline.range.start);

  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: see README, "Quick start"');
  const server = await serveBoth();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const app: RunResult[] = [];
  const floor: RunResult[] = [];
  let mapSize = { width: 0, height: 0 };
  try {
    // A first load of each, not counted: the browser's caches of code and shaders warm up,
    // and the app tells the floor how big its map is.
    {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
      mapSize = await page
        .locator('.map')
        .evaluate((map: HTMLElement) => ({ width: map.clientWidth, height: map.clientHeight }));
      await context.close();
    }
    log(`app map ${mapSize.width}×${mapSize.height} px; warming up the floor…`);
    {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${server.url}floor/?w=${mapSize.width}&h=${mapSize.height}`);
      await page.waitForFunction(() => window.floor?.times.idle != null, null, { timeout: 60_000 });
      await context.close();
    }
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
      for (const which of order) {
        const result =
          which === 'app'
            ? await measureApp(browser, server.url, scrub)
            : await measureFloor(browser, server.url, scrub, mapSize, initial);
        (which === 'app' ? app : floor).push(result);
        log(
          `run ${run + 1}/${RUNS} ${which.padEnd(5)}: sites ${fmt(result.load.sitesPainted ?? Number.NaN)} ms, ` +
            `full render ${fmt(result.load.fullRender ?? Number.NaN)} ms, ` +
            `date change ${fmt(median(result.changes))} ms (p95 ${fmt(percentile(result.changes, 95))}), ` +
            `${fmt(result.fps, 1)} fps`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const bytes = sizes();
  const kB = (b: number) => b / 1000;
  const allChanges = (runs: RunResult[]) => runs.flatMap((run) => run.changes);
  const changeCount = allChanges(app).length;
  const floorFullRender = medianOf(floor, (run) => run.load.fullRender);
  const rows: Row[] = [
    {
      metric: 'first paint of the sites (ratio to floor full render)',
      unit: 'ms',
      app: medianOf(app, (run) => run.load.sitesPainted),
      floor: medianOf(floor, (run) => run.load.sitesPainted),
      reference: floorFullRender,
      target: { comparison: 'at-most', limit: 0.5, of: 'floor', text: '≤ 0.5× floor render' },
    },
    {
      metric: "  the SVG first paint's sites",
      unit: 'ms',
      app: medianOf(app, (run) => run.load.svgSitesPainted),
      floor: Number.NaN,
    },
    {
      metric: "  first WebGL frame with the sites' source loaded",
      unit: 'ms',
      app: medianOf(app, (run) => run.load.webglSitesPainted),
      floor: medianOf(floor, (run) => run.load.sitesPainted),
    },
    {
      metric: 'first full render (floor: first idle)',
      unit: 'ms',
      app: medianOf(app, (run) => run.load.fullRender),
      floor: floorFullRender,
      target: { comparison: 'at-most', limit: 1.1, of: 'floor', text: '≤ 1.1×' },
    },
    {
      metric: "  floor by the app's rule (first frame, style and tiles loaded)",
      unit: 'ms',
      app: medianOf(app, (run) => run.load.fullRender),
      floor: medianOf(floor, (run) => run.load.readyRule),
    },
    {
      metric: 'first contentful paint',
      unit: 'ms',
      app: medianOf(app, (run) => run.load.firstContentfulPaint),
      floor: medianOf(floor, (run) => run.load.firstContentfulPaint),
    },
    {
      metric: `date change → painted frame, median of ${changeCount}`,
      unit: 'ms',
      app: median(allChanges(app)),
      floor: median(allChanges(floor)),
      target: { comparison: 'at-most', limit: 1.1, of: 'floor', text: '≤ 1.1×' },
    },
    {
      metric: `date change → painted frame, p95 of ${changeCount}`,
      unit: 'ms',
      app: percentile(allChanges(app), 95),
      floor: percentile(allChanges(floor), 95),
    },
    {
      metric: 'source loads during all the date changes',
      unit: 'loads',
      app: app.reduce((total, run) => total + run.sourceLoadsDuringChanges, 0),
      floor: floor.reduce((total, run) => total + run.sourceLoadsDuringChanges, 0),
      target: { comparison: 'at-most', limit: 0, of: 'absolute', text: '0' },
    },
    {
      metric: 'playback',
      unit: 'fps',
      app: medianOf(app, (run) => run.fps),
      floor: medianOf(floor, (run) => run.fps),
      target: { comparison: 'at-least', limit: 0.9, of: 'floor', text: '≥ 0.9×' },
    },
    {
      metric: 'playback, p95 frame interval',
      unit: 'ms',
      app: medianOf(app, (run) => run.frameIntervalP95),
      floor: medianOf(floor, (run) => run.frameIntervalP95),
    },
    {
      metric: 'JS beyond maplibre and its worker, gzip',
      unit: 'kB',
      app: kB(bytes.app.ownJs.gzip),
      floor: kB(bytes.floor.ownJs.gzip),
      target: { comparison: 'at-most', limit: 89.999, of: 'absolute', text: '< 90 kB' },
    },
    {
      metric: 'JS beyond maplibre and its worker, raw',
      unit: 'kB',
      app: kB(bytes.app.ownJs.raw),
      floor: kB(bytes.floor.ownJs.raw),
    },
    {
      metric: 'maplibre and its worker, gzip',
      unit: 'kB',
      app: kB(bytes.app.maplibreJs.gzip),
      floor: kB(bytes.floor.maplibreJs.gzip),
    },
    {
      metric: 'CSS, gzip',
      unit: 'kB',
      app: kB(bytes.app.css.gzip),
      floor: kB(bytes.floor.css.gzip),
    },
    {
      metric: 'CSS, raw',
      unit: 'kB',
      app: kB(bytes.app.css.raw),
      floor: kB(bytes.floor.css.raw),
    },
    {
      metric: 'data, gzip',
      unit: 'kB',
      app: kB(bytes.app.data.gzip),
      floor: kB(bytes.floor.data.gzip),
      target: { comparison: 'at-most', limit: 149.999, of: 'absolute', text: '< 150 kB' },
    },
    {
      metric: 'data, raw',
      unit: 'kB',
      app: kB(bytes.app.data.raw),
      floor: kB(bytes.floor.data.raw),
    },
  ];
  const evaluated = rows.map(evaluateRow);
  printTable(evaluated);

  mkdirSync(RESULTS_DIR, { recursive: true });
  const out = join(RESULTS_DIR, 'bench.json');
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        environment: {
          chromium: chromiumVersion,
          cpus: cpus().length,
          viewport: VIEWPORT,
          mapSize,
          runs: RUNS,
          changes: CHANGES_PER_RUN * RUNS,
          fpsSeconds: FPS_MS / 1000,
        },
        medians: evaluated,
        runs: { app, floor },
        sizes: bytes,
        seconds: Math.round((Date.now() - started) / 1000),
      },
      null,
      2,
    )}\n`,
  );
  log(`written to ${out} in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
