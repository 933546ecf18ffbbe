/**
 * The main thread's busy share at rest: a page left alone (no playback, no input) for
 * five seconds, measured as the browser counts its work (the DevTools protocol's task
 * time), after the page has settled (a closing site's pulse runs a few cycles).
 */
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './measure.ts';

const REST_MS = 5000;
const SETTLE_PROBE_MS = 1000;
const SETTLE_TIMEOUT_MS = 15_000;
/** The share under which a one-second probe counts the page as settled. */
const SETTLED = 0.05;

/**
 * The states measured: every mode, on both days with sites closing, with and without
 * reduced motion (the end-to-end rest test checks three of them on each run).
 */
export const REST_STATES: RestState[] = (['no-preference', 'reduce'] as const).flatMap(
  (reducedMotion) =>
    [
      { mode: 'reader', query: '' },
      { mode: 'embed', query: '&embed=1' },
      { mode: 'presentation', query: '&present=1' },
    ].flatMap(({ mode, query }) =>
      [
        { day: '10 Oct 2023', date: '2023-10-10' },
        { day: '20 Dec 2023', date: '2023-12-20' },
      ].map(({ day, date }) => ({
        name: `${mode}, ${day}${reducedMotion === 'reduce' ? ', reduced motion' : ''}`,
        query: `date=${date}${query}`,
        reducedMotion,
      })),
    ),
);

export interface RestState {
  name: string;
  query: string;
  reducedMotion: 'no-preference' | 'reduce';
}

export interface RestResult {
  state: string;
  /** Task time over wall time, 0–1. */
  busy: number;
  /** ms from the first full render until a one-second probe found the page idle. */
  settledAfter: number | null;
}

export async function measureRest(
  browser: Browser,
  url: string,
  state: RestState,
): Promise<RestResult> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: state.reducedMotion,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${url}?${state.query}`);
    await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const taskTime = async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
      return { task: value('TaskDuration'), at: value('Timestamp') };
    };
    const busyOver = async (ms: number) => {
      const before = await taskTime();
      await page.waitForTimeout(ms);
      const after = await taskTime();
      return (after.task - before.task) / (after.at - before.at);
    };
    const start = Date.now();
    let settledAfter: number | null = null;
    while (Date.now() - start < SETTLE_TIMEOUT_MS) {
      if ((await busyOver(SETTLE_PROBE_MS)) < SETTLED) {
        settledAfter = Date.now() - start;
        break;
      }
    }
    return { state: state.name, busy: await busyOver(REST_MS), settledAfter };
  } finally {
    await context.close();
  }
}
