/**
 * What the benchmark installs in and reads from a page. Functions passed to
 * page.evaluate are sent as source text: no named inner functions there (the
 * TypeScript loader would wrap them in a helper the page lacks), only inline callbacks.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Moves the app's slider to `value` (track units) as a reader's drag does. */
    benchSetSlider?: (value: number) => void;
  }
}

/**
 * Installed in the app's page before its scripts: marks (performance.mark, no global)
 * when the `.map` becomes ready and when the SVG first paint's sites have been painted
 * (the frame after they enter the DOM: a rAF, then a task after that frame); and
 * `benchSetSlider`, which sets the slider with the native setter, then an input event,
 * so that React's onChange runs as for a reader.
 */
export const APP_PROBE = `(() => {
  // The TypeScript loader names inner arrow functions with a helper the page lacks.
  window.__name = (f) => f;
  window.benchSetSlider = (value) => {
    const input = document.querySelector('input[type=range]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    if (!input || !setValue) throw new Error('no slider');
    setValue.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
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

export interface LoadTimes {
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

export interface RunResult {
  load: LoadTimes;
  /** ms from each date change to the next painted frame that shows it. */
  changes: number[];
  sourceLoadsDuringChanges: number;
  requestsDuringChanges: number;
  /** Their addresses. */
  requestUrlsDuringChanges: string[];
  fps: number;
  frameIntervalP95: number;
}

export const timeOf = (page: Page, name: string) =>
  page.evaluate(
    (entry) => performance.getEntriesByName(entry)[0]?.startTime ?? null,
    name,
  ) as Promise<number | null>;

/** The addresses `page` requested while `work` ran. */
export async function countRequests<T>(page: Page, work: () => Promise<T>): Promise<[T, string[]]> {
  const requests: string[] = [];
  const onRequest = (request: { url: () => string }) => {
    requests.push(request.url());
  };
  page.on('request', onRequest);
  try {
    return [await work(), requests];
  } finally {
    page.off('request', onRequest);
  }
}

/** The timestamps of the page's animation frames over the next `ms`. */
export async function countFrames(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(async (duration) => {
    const stamps: number[] = [];
    const end = performance.now() + duration;
    while (performance.now() < end) {
      stamps.push(await new Promise<number>((done) => requestAnimationFrame(done)));
    }
    return stamps;
  }, ms);
}
