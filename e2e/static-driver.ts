/**
 * Reads the HTML the build writes (the map of a day before any script), and holds
 * the page's scripts back so a test can look at the page as it is before they run.
 */
import type { Locator, Page } from '@playwright/test';
import { pageAddress } from './map-driver.ts';
import { holdRequests } from './requests.ts';

export class StaticPageDriver {
  private release: () => void = () => {};

  constructor(readonly page: Page) {}

  /**
   * Goes to a built page (the app, or `path` under it: an event's page) at `query`; with
   * `waitUntil: 'commit'`, returns as soon as its HTML starts to arrive.
   */
  async open(
    path = '',
    { query = '', waitUntil }: { query?: string; waitUntil?: 'commit' } = {},
  ): Promise<void> {
    await this.page.goto(pageAddress(query, path), waitUntil ? { waitUntil } : {});
  }

  get svgMap(): Locator {
    return this.page.locator('.static-map');
  }

  svgSite(siteId: string): Locator {
    return this.page.locator(`.static-map [data-site-id="${siteId}"]`);
  }

  /** Every site's status as the SVG map draws it. */
  async svgStatuses(): Promise<Record<string, string>> {
    return this.page
      .locator('.static-map [data-site-id]')
      .evaluateAll((sites) =>
        Object.fromEntries(
          sites.map((site) => [
            site.getAttribute('data-site-id'),
            site.getAttribute('data-status'),
          ]),
        ),
      );
  }

  /**
   * Whether the page's first frame came after the whole of the app's markup was parsed
   * (its end marker, the one the page's `<link rel="expect">` names): a frame before it
   * paints a half-written page, whose map box then moves. Call before `open`. The HTML
   * comes at `bytesPerSecond`, so the parser has it in pieces, as on a slow phone.
   */
  async watchFirstFrame(bytesPerSecond: number): Promise<() => Promise<boolean>> {
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: -1,
    });
    await this.page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { __firstFrameWhole: boolean }).__firstFrameWhole =
          document.getElementById('static-markup-end') !== null;
      });
    });
    return async () => {
      await this.page.waitForFunction(() => '__firstFrameWhole' in window);
      return this.page.evaluate(
        () => (window as unknown as { __firstFrameWhole: boolean }).__firstFrameWhole,
      );
    };
  }

  /**
   * The SVG map's country names on screen, and those that run into each other
   * ("CÔTE D'IVOIRE × GHANA").
   */
  async countryNames(): Promise<{ shown: string[]; crossing: string[] }> {
    const countries = await this.page
      .locator('.static-country-label')
      .evaluateAll((texts) =>
        texts
          .map((text) => ({ name: text.textContent ?? '', box: text.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0),
      );
    const crossing = countries.flatMap((a, i) =>
      countries
        .slice(i + 1)
        .filter(
          (b) =>
            a.box.left < b.box.right &&
            b.box.left < a.box.right &&
            a.box.top < b.box.bottom &&
            b.box.top < a.box.bottom,
        )
        .map((b) => `${a.name} × ${b.name}`),
    );
    return { shown: countries.map(({ name }) => name), crossing };
  }

  /** Holds every script of the build until `releaseScripts()`: the page as its HTML paints it. */
  async holdScripts(): Promise<void> {
    this.release = await holdRequests(this.page, /\/assets\/.*\.m?js$/);
  }

  releaseScripts(): void {
    this.release();
  }

  /**
   * The first contentful paint (the paint timing API), in ms since navigation started
   * and since the HTML's last byte: on a busy machine the server's answer can take
   * seconds, the second figure is the page's own.
   */
  async firstContentfulPaint(): Promise<{ sinceStart: number; sinceHtml: number }> {
    return this.page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const html = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        sinceStart: paint ?? Number.NaN,
        sinceHtml: (paint ?? Number.NaN) - html.responseEnd,
      };
    });
  }

  /** The layout shifts so far, as Core Web Vitals count them (no recent input): sum and what moved. */
  async layoutShift(): Promise<{ sum: number; moved: string[] }> {
    return this.page.evaluate(
      () =>
        new Promise<{ sum: number; moved: string[] }>((resolve) => {
          const rect = (r: DOMRect) => `${r.x},${r.y} ${r.width}×${r.height}`;
          new PerformanceObserver((list) => {
            let sum = 0;
            const moved: string[] = [];
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources: { node?: Node | null; previousRect: DOMRect; currentRect: DOMRect }[];
            })[]) {
              if (entry.hadRecentInput) continue;
              sum += entry.value;
              for (const source of entry.sources)
                moved.push(
                  `${entry.value.toFixed(4)} at ${entry.startTime.toFixed(0)} ms, ${rect(source.previousRect)} → ${rect(source.currentRect)}: ${(source.node as Element | null)?.outerHTML?.slice(0, 80) ?? '?'}`,
                );
            }
            resolve({ sum, moved });
          }).observe({ type: 'layout-shift', buffered: true });
          // No entry at all: the observer's callback never runs.
          setTimeout(() => resolve({ sum: 0, moved: [] }), 500);
        }),
    );
  }
}
