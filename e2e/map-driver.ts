/**
 * The map as the specs drive it: opening the app or one of its pages, waiting for the
 * SVG map and for the engine a zoom brings, where Mali is framed, and the faults a test
 * provokes (a data file replaced, the engine held back). Specs say what a reader does
 * ("open the map at 12 August"), this driver says how. Beside it: the reader's controls
 * (reader-driver.ts), reading images (pixels.ts), what the page fetches (requests.ts).
 */
import {
  expect,
  type FrameLocator,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { attachScreenshot } from './attach.ts';
import { holdRequests, MAPLIBRE_CHUNK } from './requests.ts';

/**
 * Lets `page` run `count` animation frames: for checks that something does NOT change
 * (a paused clock, a settled height), counted in frames rather than in time.
 */
export async function letFramesPass(page: Page, count = 30): Promise<void> {
  await page.evaluate(
    (total) =>
      new Promise<void>((done) => {
        let seen = 0;
        const next = () => (++seen >= total ? done() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    count,
  );
}

/**
 * The address of a built page: the app, or `path` under it (an event's page, the offline
 * copy), at `query`, relative to the served root.
 */
export function pageAddress(query = '', path = ''): string {
  const search = query.replace(/^\?/, '');
  return `./${path}${search ? `?${search}` : ''}`;
}

/**
 * Waits until the map in `root`, a page or a frame, is on screen and answers the
 * reader: the SVG map, taken over by the app (the engine comes only with a zoom or a pan).
 */
export async function waitForFirstRender(root: Page | FrameLocator, timeout = 30_000) {
  await expect(root.locator('.map')).toHaveAttribute('data-map-ready', 'true', { timeout });
}

/**
 * Brings the WebGL engine as a reader does, by zooming in and out again with the map's
 * buttons (the view ends where it began), and waits for its first full render: 30 s by
 * default, more where a test runs beside others on software WebGL and says so.
 */
export async function startEngine(root: Page | FrameLocator, timeout = 30_000) {
  await waitForFirstRender(root, timeout);
  await root.locator('.zoom-controls .zoom-in').click();
  await root.locator('.zoom-controls .zoom-out').click();
  await expect(root.locator('.map')).toHaveAttribute('data-engine', 'ready', { timeout });
}

export class MapDriver {
  constructor(readonly page: Page) {}

  get container(): Locator {
    return this.page.locator('.map');
  }

  get canvas(): Locator {
    return this.page.locator('.map canvas.maplibregl-canvas');
  }

  /**
   * Goes to the app (or to `path` under it) at `query` without waiting for the map: for
   * what a page shows before it, or instead of it (a load that fails, no WebGL).
   */
  async visit(query = '', { path = '', waitUntil }: { path?: string; waitUntil?: 'commit' } = {}) {
    await this.page.goto(pageAddress(query, path), waitUntil ? { waitUntil } : {});
  }

  /** Opens the app (optionally with a query string) and waits for the map's first full render. */
  async open(query = '', timeout?: number): Promise<void> {
    await this.visit(query);
    await this.waitForFirstRender(timeout);
  }

  /** Opens the app and brings the WebGL engine as a reader does (see `startEngine`). */
  async openWithEngine(query = '', timeout?: number): Promise<void> {
    await this.visit(query);
    await this.startEngine(timeout);
  }

  /** Brings the WebGL engine with a zoom in and out, and waits for its first render. */
  async startEngine(timeout?: number): Promise<void> {
    await startEngine(this.page, timeout);
  }

  /** The SVG map, the map until the engine takes over. */
  get svg(): Locator {
    return this.page.locator('.static-map');
  }

  /** Mali's box on the SVG map, as drawn now, relative to the map's container (CSS px). */
  async svgMaliBox(): Promise<{ west: number; north: number; east: number; south: number }> {
    return this.page.evaluate(() => {
      const frame = document.querySelector('.static-map-frame')?.getBoundingClientRect();
      const map = document.querySelector('.map')?.getBoundingClientRect();
      if (!frame || !map) throw new Error('no SVG map');
      return {
        west: frame.left - map.left,
        north: frame.top - map.top,
        east: frame.right - map.left,
        south: frame.bottom - map.top,
      };
    });
  }

  /** Where the engine last drew Mali's bounds (west, north, east, south, CSS px). */
  async engineMaliBox(): Promise<{ west: number; north: number; east: number; south: number }> {
    const box = (await this.container.getAttribute('data-mali-box')) ?? '';
    const [west = 0, north = 0, east = 0, south = 0] = box.split(' ').map(Number);
    return { west, north, east, south };
  }

  /** Opens a page under the app (an event's page, the offline copy) and waits for its map. */
  async openPage(path: string, query = '', timeout?: number): Promise<void> {
    await this.visit(query, { path });
    await this.waitForFirstRender(timeout);
  }

  /** Makes the server answer the data file `path` (as in `data/sites.geojson`) with `body` instead. */
  async replaceDataFile(path: string, body: string, status = 200): Promise<void> {
    await this.page.route(`**/${path}`, (route) =>
      route.fulfill({ status, contentType: 'application/json', body }),
    );
  }

  /** The alert that names the data file that failed and offers to try again. */
  get loadAlert(): Locator {
    return this.page.getByRole('alert');
  }

  /**
   * Holds maplibre's worker back, so that the WebGL map is created but slow to load;
   * returns the function that lets it through.
   */
  async holdWorker(): Promise<() => void> {
    return holdRequests(this.page, /maplibre-gl-worker.*\.mjs$/);
  }

  /** Holds maplibre's chunk back (the map engine); returns the function that lets it through. */
  async holdEngine(): Promise<() => void> {
    return holdRequests(this.page, MAPLIBRE_CHUNK);
  }

  /** The sites maplibre holds as selected (their feature state), as of the last selection drawn. */
  async selectedFeatures(): Promise<string[]> {
    const ids = await this.container.getAttribute('data-selected-features');
    return (ids ?? '').split(' ').filter(Boolean);
  }

  /**
   * Waits until the map has framed Mali for its container's current size; returns where
   * Mali's bounds fall (CSS px) and the map's size.
   */
  async waitForFraming(): Promise<{
    west: number;
    north: number;
    east: number;
    south: number;
    mapWidth: number;
    mapHeight: number;
  }> {
    const size = await this.container.evaluate((element) => [
      element.clientWidth,
      element.clientHeight,
    ]);
    if ((await this.container.getAttribute('data-engine')) !== 'ready') {
      // The SVG map is framed by CSS, at the next layout: where it draws Mali's bounds.
      await this.letFramesPass(2);
      const [mapWidth = 0, mapHeight = 0] = size;
      return { ...(await this.svgMaliBox()), mapWidth, mapHeight };
    }
    await expect(this.container).toHaveAttribute('data-framed', size.join('x'));
    const box = (await this.container.getAttribute('data-mali-box')) ?? '';
    const [west = 0, north = 0, east = 0, south = 0] = box.split(' ').map(Number);
    const [mapWidth = 0, mapHeight = 0] = size;
    return { west, north, east, south, mapWidth, mapHeight };
  }

  /** Lets the page run `count` animation frames (see `letFramesPass`). */
  async letFramesPass(count = 30): Promise<void> {
    await letFramesPass(this.page, count);
  }

  /** Waits for the map's first full render (see `waitForFirstRender`). */
  async waitForFirstRender(timeout?: number): Promise<void> {
    await waitForFirstRender(this.page, timeout);
  }

  /** Screenshot of the map canvas, attached to the report so a person can look at it. */
  async screenshotCanvas(testInfo: TestInfo, name: string): Promise<Buffer> {
    return attachScreenshot(testInfo, name, this.canvas);
  }
}
