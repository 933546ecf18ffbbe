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
    requests: RunResult['requestUrlsDuringChanges'];
  },
  stamps: number[],
): RunResult {
  const { requests, ...rest } = measured;
  return {
    ...rest,
    requestsDuringChanges: requests.length,
    requestUrlsDuringChanges: requests,
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
    await page.waitForFunction(
      () => performance.getEntriesByName('bench-svg-sites-painted').length > 0,
    );
    await page.waitForTimeout(300);
    const load: LoadTimes = {
      sitesPainted: await timeOf(page, 'bench-svg-sites-painted'),
      fullRender: await timeOf(page, 'bench-map-ready'),
      firstContentfulPaint: await timeOf(page, 'first-contentful-paint'),
    };

    // A date change on the SVG map (the engine is never asked for here), made at the
    // start of a frame (in a requestAnimationFrame callback): from the change to a task
    // after the frame that painted it, if that frame shows the new day; otherwise on to
    // the frame after the day reached the SVG map. Within one frame means the change,
    // React's commit and the browser's style, layout and paint fit in that frame.
    const [changes, requests] = await countRequests(page, () =>
      page.evaluate(
        async ({ values, days }) => {
          const setSlider = window.benchSetSlider;
          if (!setSlider) throw new Error('no probe');
          const shown = () => document.querySelector<HTMLElement>('.static-map')?.dataset.day;
          const afterFrame = () =>
            new Promise<number>((done) =>
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => done(performance.now());
                channel.port2.postMessage(null);
              }),
            );
          const latencies: number[] = [];
          for (let i = 0; i < values.length; i++) {
            const day = days[i];
            const t0 = await new Promise<number>((started) =>
              requestAnimationFrame(() => {
                const now = performance.now();
                setSlider(values[i] ?? 0);
                started(now);
              }),
            );
            // The task after the frame in which the change was made.
            let t1 = await new Promise<number>((done) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => done(performance.now());
              channel.port2.postMessage(null);
            });
            const deadline = performance.now() + 10_000;
            while (shown() !== day) {
              if (performance.now() > deadline) throw new Error(`${day} never reached the SVG map`);
              t1 = await afterFrame();
            }
            latencies.push(t1 - t0);
          }
          return latencies;
        },
        { values: scrub.values, days: scrub.days },
      ),
    );
    // No source to reload on the SVG map: what is counted is the requests (none wanted).
    const sourceLoadsDuringChanges = 0;

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
