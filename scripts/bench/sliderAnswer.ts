/**
 * The slider's answer while the map engine loads: a reader who takes the slider as
 * soon as the page shows and presses its arrow key every 150 ms for three seconds
 * after the app has taken the page over. Each press's time to the next painted frame
 * is the browser's own Event Timing measure (input delay, handlers and the paint),
 * the measure behind Interaction to Next Paint.
 */
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './measure.ts';

const PRESS_EVERY_MS = 150;
const PRESSING_MS = 3000;

export interface SliderAnswerResult {
  /** Presses after the app took over, and their durations to the next paint (ms). */
  presses: number;
  durations: number[];
  /** ms from the reader's last press to the WebGL map's first full render. */
  mapReadyAfterLastPress: number | null;
}

declare global {
  interface Window {
    sliderAnswers?: number[];
  }
}

export async function measureSliderAnswer(
  browser: Browser,
  url: string,
): Promise<SliderAnswerResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.sliderAnswers = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.name === 'keydown') window.sliderAnswers?.push(entry.duration);
      }).observe({
        type: 'event',
        durationThreshold: 16,
        buffered: true,
      } as PerformanceObserverInit);
    });
    await page.goto(`${url}?date=2023-10-10`, { waitUntil: 'commit' });
    const slider = page.locator('.timeline-slider');
    await slider.waitFor();
    // Before the app takes over, the HTML's slider moves but nothing answers: the
    // presses start counting when one changes the day the page reads out.
    const readout = async () => slider.getAttribute('aria-valuetext');
    let before = await readout();
    for (;;) {
      await slider.press('ArrowRight');
      const after = await readout();
      if (after !== before) break;
      before = after;
      await page.waitForTimeout(PRESS_EVERY_MS);
    }
    await page.evaluate(() => {
      window.sliderAnswers = [];
    });
    let presses = 0;
    const start = Date.now();
    while (Date.now() - start < PRESSING_MS) {
      await page.waitForTimeout(PRESS_EVERY_MS);
      await slider.press('ArrowRight');
      presses++;
    }
    const lastPress = Date.now();
    await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    const mapReadyAfterLastPress = Date.now() - lastPress;
    // A press's entry is reported once its frame is painted.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const durations = await page.evaluate(() => window.sliderAnswers ?? []);
    return { presses, durations, mapReadyAfterLastPress };
  } finally {
    await context.close();
  }
}
