/**
 * One measured run of the app or of the floor, each in a fresh browser context (no
 * cache): load times, date changes to painted frames, playback frame rate.
 */
import type { Browser } from '@playwright/test';
import type { Scrub } from './dataset.ts';
import type { FloorTimes } from './floor.ts';
import {
  APP_PROBE,
  countFrames,
  countRequests,
  type LoadTimes,
  type RunResult,
  timeOf,
} from './probe.ts';
import { framesPerSecond, intervals, percentile } from './stats.ts';

export const VIEWPORT = { width: 1280, height: 800 };

export interface MeasureOptions {
  /** How long playback's frames are counted. */
  fpsMs: number;
}

/** A run's measures, with playback's frame rate from the frames' time stamps. */
function runResult(
  measured: Pick<RunResult, 'load' | 'changes' | 'sourceLoadsDuringChanges'> & {
    requests: RunResult['requestsDuringChanges'];
  },
  stamps: number[],
): RunResult {
  const { requests, ...rest } = measured;
  return {
    ...rest,
    requestsDuringChanges: requests,
    fps: framesPerSecond(stamps),
    frameIntervalP95: percentile(intervals(stamps), 95),
  };
}

export async function measureApp(
  browser: Browser,
  url: string,
  scrub: Scrub,
  { fpsMs }: MeasureOptions,
): Promise<RunResult> {
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
          const map = document.querySelector<HTMLElement>('.map');
          const setSlider = window.benchSetSlider;
          if (!map || !setSlider) throw new Error('no map or no probe');
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
            setSlider(values[i] ?? 0);
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
    await page.evaluate((value) => window.benchSetSlider?.(value), scrub.playFrom);
    await page.waitForTimeout(700);
    await page.locator('.play-button').click();
    const stamps = await countFrames(page, fpsMs);
    await page.locator('.play-button').click();
    return runResult({ load, changes, sourceLoadsDuringChanges, requests }, stamps);
  } finally {
    await context.close();
  }
}

export async function measureFloor(
  browser: Browser,
  url: string,
  scrub: Scrub,
  size: { width: number; height: number },
  initial: string[],
  { fpsMs }: MeasureOptions,
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
    const stamps = await countFrames(page, fpsMs);
    return runResult({ load, changes, sourceLoadsDuringChanges, requests }, stamps);
  } finally {
    await context.close();
  }
}
