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

/** The states measured: modes and days with sites closing. */
export const REST_STATES = [
  { name: 'reader, 10 Oct 2023', query: 'date=2023-10-10' },
  { name: 'reader, 20 Dec 2023', query: 'date=2023-12-20' },
  { name: 'embed, 10 Oct 2023', query: 'embed=1&date=2023-10-10' },
  { name: 'presentation, 20 Dec 2023', query: 'present=1&date=2023-12-20' },
];

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
  state: { name: string; query: string },
): Promise<RestResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
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
