/**
 * The reader's first gesture, from a fresh load (no cache), served compressed: the
 * JavaScript the page fetched before it (which files, so that their gzip size and
 * whether maplibre is among them can be read from the build), then one turn of the
 * wheel over Mali: the time from the wheel event to the first painted frame in which
 * the SVG map has zoomed, and to the engine's first render (`data-engine="ready"`).
 */
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './measure.ts';

export interface FirstGestureResult {
  /** Paths (under the served base) of the scripts fetched before the first gesture. */
  scriptsBeforeGesture: string[];
  /** ms from the wheel event to the frame after the SVG map's zoom. */
  svgAnswer: number | null;
  /** ms from the wheel event to the engine's first render (`data-engine="ready"`). */
  engineTakeover: number | null;
}

declare global {
  interface Window {
    benchGesture?: { wheelAt?: number; svgAt?: number; engineAt?: number };
  }
}

const ENGINE_TIMEOUT_MS = 60_000;

export async function measureFirstGesture(
  browser: Browser,
  url: string,
): Promise<FirstGestureResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    // The TypeScript loader names inner arrow functions with a helper the page lacks.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    const base = new URL(url).pathname;
    const scripts: string[] = [];
    let gestured = false;
    page.on('request', (request) => {
      if (gestured) return;
      const path = new URL(request.url()).pathname;
      if (/\.m?js$/.test(path) && path.startsWith(base)) scripts.push(path.slice(base.length));
    });
    await page.goto(`${url}?date=2023-08-12`);
    await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    // Everything the page fetches on its own is in before the reader turns the wheel.
    await page.waitForLoadState('networkidle');
    const frame = page.locator('.static-map-frame');
    const box = await frame.boundingBox();
    if (!box) throw new Error('no SVG map to turn the wheel over');
    // Right of Mali's middle: the caption covers the map's left.
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 20);
    await page.evaluate(() => {
      const gesture: NonNullable<Window['benchGesture']> = {};
      window.benchGesture = gesture;
      const map = document.querySelector<HTMLElement>('.map');
      const svgFrame = document.querySelector('.static-map-frame');
      if (!map || !svgFrame) throw new Error('no map');
      const width = svgFrame.getBoundingClientRect().width;
      addEventListener(
        'wheel',
        (event) => {
          gesture.wheelAt = event.timeStamp;
          // Each frame from the wheel on, until one is drawn with the SVG map zoomed;
          // a task after that frame is when it has been painted.
          const check = () => {
            const now = document.querySelector('.static-map-frame')?.getBoundingClientRect();
            if (now && Math.abs(now.width - width) > 1) {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                gesture.svgAt = performance.now();
              };
              channel.port2.postMessage(null);
            } else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
      new MutationObserver((_, observer) => {
        if (map.dataset.engine !== 'ready') return;
        gesture.engineAt = performance.now();
        observer.disconnect();
      }).observe(map, { attributes: true, attributeFilter: ['data-engine'] });
    });
    gestured = true;
    await page.mouse.wheel(0, -300);
    await page.waitForFunction(() => window.benchGesture?.engineAt != null, null, {
      timeout: ENGINE_TIMEOUT_MS,
    });
    const times = await page.evaluate(() => window.benchGesture ?? {});
    const since = (at: number | undefined) =>
      at != null && times.wheelAt != null ? at - times.wheelAt : null;
    return {
      scriptsBeforeGesture: scripts,
      svgAnswer: since(times.svgAt),
      engineTakeover: since(times.engineAt),
    };
  } finally {
    await context.close();
  }
}
