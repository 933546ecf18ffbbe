import type { CDPSession, Page } from '@playwright/test';
import { STATUS_STYLES } from '../src/symbols/symbols.ts';
import { expect, test } from './fixtures.ts';

/**
 * A page left alone does no work: no playback, no input, and the main thread stays
 * idle. Measured as the browser counts it (the DevTools protocol's task and script
 * time), so a timer, an animation loop or a map that repaints forever shows up
 * whatever its source.
 */

/** The measure: five seconds of a page left alone. */
const REST_WINDOW_MS = 5000;
/**
 * The target is 2 %; the bound is generous so that a shared machine's hiccup (a
 * garbage collection, a late font) cannot fail the test. A map that repaints every
 * frame keeps software WebGL busy far above it (20–100 %).
 */
const REST_BOUND = 0.05;
/** How long the page may take to settle after its first full render (the pulse's few cycles). */
const SETTLE_TIMEOUT_MS = 15_000;
const SETTLE_PROBE_MS = 1000;

interface Busy {
  task: number;
  script: number;
}

async function metrics(session: CDPSession): Promise<{ task: number; script: number; at: number }> {
  const { metrics } = await session.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { task: value('TaskDuration'), script: value('ScriptDuration'), at: value('Timestamp') };
}

/** The main thread's busy share (task time, script time) over `windowMs` of doing nothing. */
async function busyShare(page: Page, session: CDPSession, windowMs: number): Promise<Busy> {
  const before = await metrics(session);
  // The test itself waits here: the page is left alone for the window.
  await page.waitForTimeout(windowMs);
  const after = await metrics(session);
  const span = after.at - before.at;
  return { task: (after.task - before.task) / span, script: (after.script - before.script) / span };
}

async function openAndSettle(page: Page, query: string): Promise<CDPSession> {
  await page.goto(`./?${query}`);
  await expect(page.locator('.map')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  // The page may move for a few seconds after it has drawn (a closing site's pulse runs
  // a few cycles); wait until a one-second probe finds it idle, then measure.
  await expect
    .poll(async () => (await busyShare(page, session, SETTLE_PROBE_MS)).task, {
      timeout: SETTLE_TIMEOUT_MS,
      intervals: [0],
    })
    .toBeLessThan(REST_BOUND);
  return session;
}

const MODES = [
  { name: 'reader', query: '' },
  { name: 'embed', query: '&embed=1' },
  { name: 'presentation', query: '&present=1' },
];
const DAYS = ['2023-10-10', '2023-12-20'];

for (const motion of ['no-preference', 'reduce'] as const) {
  test.describe(`at rest, motion ${motion}`, () => {
    test.use({ reducedMotion: motion });
    // Two loads of software WebGL each, on a machine that may be busy with other work.
    test.describe.configure({ timeout: 240_000 });
    for (const mode of MODES) {
      test(`${mode.name}: the page does no work when nothing changes, on days with sites closing`, async ({
        page,
        map,
      }, testInfo) => {
        for (const day of DAYS) {
          const session = await openAndSettle(page, `date=${day}&lang=en${mode.query}`);
          const busy = await busyShare(page, session, REST_WINDOW_MS);
          test.info().annotations.push({
            type: 'busy at rest',
            description: `${day}: tasks ${(busy.task * 100).toFixed(2)} %, scripts ${(busy.script * 100).toFixed(2)} %`,
          });
          expect(busy.task, `main thread busy at rest on ${day}`).toBeLessThan(REST_BOUND);
          expect(busy.script, `scripts running at rest on ${day}`).toBeLessThan(REST_BOUND);
          await session.detach();
          // At rest, the closing sites are still drawn as closing (the striped orange fill;
          // on 20 December, Ansongo's alone: a few dozen pixels).
          const png = await map.screenshotCanvas(testInfo, `${mode.name}-${day}-at-rest`);
          const colours = await map.analyseColours(png, { closing: STATUS_STYLES.closing.fill });
          expect(colours.shares.closing, `closing sites drawn at rest on ${day}`).toBeGreaterThan(
            0.00002,
          );
        }
      });
    }
  });
}
