/**
 * The one file that knows the app's selectors: specs say what a reader does
 * ("open the map at 12 August"), this driver says how.
 */
import {
  expect,
  type FrameLocator,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

export interface CanvasColours {
  /** How many distinct colours (quantised to 4 bits a channel) cover at least 0.1 % of the canvas. */
  distinct: number;
  /** Share of the canvas covered by the most common colour. */
  dominantShare: number;
  /** Share of pixels within `tolerance` of each requested colour. */
  shares: Record<string, number>;
}

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

/** Width and height from a PNG's header (IHDR). */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
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

/** The address of maplibre's chunk (the map engine) in the build. */
export const MAPLIBRE_CHUNK = /\/assets\/maplibre-[^/]*\.js$/;
/** Any file of the map engine: its chunk, its worker, its stylesheet. */
export const MAP_ENGINE_FILES = /\/assets\/(maplibre|MapController)[^/]*$/;

/**
 * Holds back every request of `page` whose address matches `pattern`, as a slow line
 * would; returns the function that lets them through.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** A rectangle of an image, in its pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
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
    const png = await this.canvas.screenshot();
    await testInfo.attach(name, { body: png, contentType: 'image/png' });
    return png;
  }

  /**
   * Counts colours in a PNG, the whole image or the `region` of it (in the image's pixels).
   */
  async analyseColours(
    png: Buffer,
    colours: Record<string, string> = {},
    tolerance = 10,
    region?: Region,
  ): Promise<CanvasColours> {
    return this.withPixels(
      png,
      ({ wanted, tol, area }) => {
        const image = (window as unknown as { pixels: ImageData }).pixels;
        const { x, y, width, height } = area ?? {
          x: 0,
          y: 0,
          width: image.width,
          height: image.height,
        };
        const total = width * height;
        const buckets = new Map<number, number>();
        const targets = Object.entries(wanted).map(([name, hex]) => ({
          name,
          rgb: [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)),
          count: 0,
        }));
        for (let row = y; row < y + height; row++)
          for (let column = x; column < x + width; column++) {
            const i = (row * image.width + column) * 4;
            const r = image.data[i] ?? 0;
            const g = image.data[i + 1] ?? 0;
            const b = image.data[i + 2] ?? 0;
            const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
            buckets.set(key, (buckets.get(key) ?? 0) + 1);
            for (const target of targets) {
              const [tr = 0, tg = 0, tb = 0] = target.rgb;
              if (Math.abs(r - tr) <= tol && Math.abs(g - tg) <= tol && Math.abs(b - tb) <= tol)
                target.count++;
            }
          }
        const counts = [...buckets.values()];
        return {
          distinct: counts.filter((count) => count >= total * 0.001).length,
          dominantShare: Math.max(...counts) / total,
          shares: Object.fromEntries(targets.map((t) => [t.name, t.count / total])),
        };
      },
      { wanted: colours, tol: tolerance, area: region },
    );
  }

  /**
   * Where a colour stands in a PNG: for each of `columns` equal vertical strips, the
   * runs of pixel rows in which it covers at least `minShare` of the strip's width.
   */
  async colourBands(
    png: Buffer,
    colour: string,
    columns: number,
    minShare: number,
  ): Promise<Region[]> {
    return this.withPixels(
      png,
      ({ hex, strips, share }) => {
        const image = (window as unknown as { pixels: ImageData }).pixels;
        const [tr = 0, tg = 0, tb = 0] = [1, 3, 5].map((i) =>
          Number.parseInt(hex.slice(i, i + 2), 16),
        );
        const width = Math.floor(image.width / strips);
        const near = (i: number) =>
          Math.abs((image.data[i] ?? 0) - tr) <= 3 &&
          Math.abs((image.data[i + 1] ?? 0) - tg) <= 3 &&
          Math.abs((image.data[i + 2] ?? 0) - tb) <= 3;
        const bands: { x: number; y: number; width: number; height: number }[] = [];
        for (let strip = 0; strip < strips; strip++) {
          let start = -1;
          for (let y = 0; y <= image.height; y++) {
            let count = 0;
            if (y < image.height)
              for (let x = strip * width; x < (strip + 1) * width; x++)
                if (near((y * image.width + x) * 4)) count++;
            const inBand = count >= width * share;
            if (inBand && start < 0) start = y;
            if (!inBand && start >= 0) {
              bands.push({ x: strip * width, y: start, width, height: y - start });
              start = -1;
            }
          }
        }
        return bands;
      },
      { hex: colour, strips: columns, share: minShare },
    );
  }

  /**
   * The frame at `seconds` of a WebM video, as a PNG. Decoded in a blank page: the app's
   * CSP rightly allows no data: media.
   */
  async videoFrame(webm: Buffer, seconds: number): Promise<Buffer> {
    const scratch = await this.page.context().newPage();
    try {
      const base64 = await scratch.evaluate(
        async ({ video, at }) => {
          const element = document.createElement('video');
          element.muted = true;
          element.src = `data:video/webm;base64,${video}`;
          await new Promise((done, fail) => {
            element.onloadeddata = done;
            element.onerror = () => fail(new Error('the video cannot be decoded'));
          });
          element.currentTime = at;
          await new Promise((done) => {
            element.onseeked = done;
          });
          const frame = new OffscreenCanvas(element.videoWidth, element.videoHeight);
          frame.getContext('2d')?.drawImage(element, 0, 0);
          const png = await frame.convertToBlob({ type: 'image/png' });
          const url = await new Promise<string>((done) => {
            const reader = new FileReader();
            reader.onload = () => done(String(reader.result));
            reader.readAsDataURL(png);
          });
          return url.slice(url.indexOf(',') + 1);
        },
        { video: webm.toString('base64'), at: seconds },
      );
      return Buffer.from(base64, 'base64');
    } finally {
      await scratch.close();
    }
  }

  /**
   * Decodes a PNG in a blank page of the same browser (no image library needed) into
   * `window.pixels`, then runs `analyse` there.
   */
  private async withPixels<Arg, Result>(
    png: Buffer,
    analyse: (arg: Arg) => Result,
    arg: Arg,
  ): Promise<Result> {
    const scratch = await this.page.context().newPage();
    try {
      await scratch.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(image, 0, 0);
        Object.assign(window, { pixels: context.getImageData(0, 0, image.width, image.height) });
      }, png.toString('base64'));
      // Playwright sends `arg` over as JSON: plain data here, so it arrives as it left.
      return await scratch.evaluate(analyse as (arg: unknown) => Result, arg as unknown);
    } finally {
      await scratch.close();
    }
  }
}

/** The reader's controls: the slider, the buttons, the list and the cards. */
export class ReaderDriver {
  constructor(readonly page: Page) {}

  get slider(): Locator {
    return this.page.getByRole('slider');
  }

  get date(): Locator {
    return this.page.locator('.timeline-date');
  }

  /**
   * Presses `key` on the slider, as a keyboard user does, and waits until the date shown
   * is `day` (as written on the page, e.g. "12 August 2023").
   */
  async pressOnSlider(key: string, day: string): Promise<void> {
    await this.slider.press(key);
    await expect(this.date).toHaveText(day);
  }

  /**
   * Sets the slider to each of `values` (track units) in turn, within one task, as fast
   * as a dragging hand could send them: the native setter, then an input event, so that
   * React's onChange runs as it does for a reader.
   */
  async sendSliderValues(values: number[]): Promise<void> {
    await this.slider.evaluate((slider, all) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      if (!setValue) throw new Error('no value setter');
      for (const value of all) {
        setValue.call(slider, String(value));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, values);
  }

  row(siteId: string): Locator {
    return this.page.locator(`.site-list [data-site-id="${siteId}"]`);
  }

  async statusOf(siteId: string): Promise<string | null> {
    return this.row(siteId).getAttribute('data-status');
  }

  async statuses(): Promise<Record<string, string>> {
    return this.page
      .locator('.site-list [data-site-id]')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((row) => [row.getAttribute('data-site-id'), row.getAttribute('data-status')]),
        ),
      );
  }

  get card(): Locator {
    return this.page.locator('#site-card');
  }

  /** Waits until the map (the engine, or the SVG map before it) shows `day`. */
  async waitForPaintedDay(day: string): Promise<void> {
    await expect(
      this.page.locator(`.map[data-painted-day="${day}"], .static-map[data-day="${day}"]`),
    ).toHaveCount(1);
  }
}
