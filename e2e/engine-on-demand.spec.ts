/**
 * The SVG map the build wrote is the map; the WebGL engine (maplibre, about 290 kB gzip)
 * comes only when a reader zooms or pans. Given each kind of page, when nothing but
 * reading happens, then no file of the engine is fetched; when the reader turns the
 * wheel, then the SVG map zooms at once and the engine takes over at the same place.
 */
import type { Page } from '@playwright/test';
import { attachScreenshot } from './attach.ts';
import { expect, test } from './fixtures.ts';
import { letFramesPass, type MapDriver } from './map-driver.ts';
import { holdRequests, MAP_ENGINE_FILES } from './requests.ts';

/** Opens `path` at `query`, lets it settle, and returns the engine's files it fetched. */
async function engineFilesFetched(
  page: Page,
  map: MapDriver,
  query: string,
  path = '',
): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (MAP_ENGINE_FILES.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await map.visit(query, { path });
  await map.waitForFirstRender();
  // Settled: the data and the page's own files are in, and the page has run a while.
  await page.waitForLoadState('networkidle');
  await letFramesPass(page, 60);
  return fetched;
}

const PAGES = [
  { name: 'the page', query: '', path: '' },
  { name: 'the embed', query: 'embed=1', path: '' },
  { name: 'an event page', query: '', path: 'en/2023-08-12/' },
  { name: 'presentation', query: 'present=1&date=2023-08-12', path: '' },
] as const;

for (const { name, query, path } of PAGES) {
  test(`${name}: no file of the map engine is fetched before the reader zooms or pans`, async ({
    page,
    map,
  }) => {
    expect(await engineFilesFetched(page, map, query, path)).toEqual([]);
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
    await expect(map.svg.locator('.static-site')).toHaveCount(13);
  });
}

test('a turn of the wheel zooms the SVG map at once; the engine then takes over at the same place and zoom', async ({
  page,
  map,
}, testInfo) => {
  const release = await map.holdEngine();
  await map.visit('date=2023-08-12');
  await map.waitForFirstRender();
  const before = await map.svgMaliBox();
  const mapBox = await map.container.boundingBox();
  if (!mapBox) throw new Error('the map has no box');
  // Over Mali, right of its middle (the caption covers the map's left): that point of
  // the map stays under the pointer.
  const x = mapBox.x + (before.west + before.east) / 2 + 60;
  const y = mapBox.y + (before.north + before.south) / 2 + 20;
  const onMap = await page.evaluate(
    (point) => !!document.elementFromPoint(point.x, point.y)?.closest('.static-map'),
    { x, y },
  );
  expect(onMap).toBe(true);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, -300);
  // The engine is held back: the SVG map alone has answered, one zoom level in.
  await expect
    .poll(async () => {
      const box = await map.svgMaliBox();
      return (box.east - box.west) / (before.east - before.west);
    })
    .toBeCloseTo(2, 2);
  const zoomed = await map.svgMaliBox();
  const pointer = { x: x - mapBox.x, y: y - mapBox.y };
  const fraction = (b: typeof before) => (pointer.x - b.west) / (b.east - b.west);
  expect(fraction(zoomed)).toBeCloseTo(fraction(before), 3);
  await expect(page.locator('.zoom-reset')).toBeVisible();
  await attachScreenshot(testInfo, 'svg-zoomed', page);
  await expect(map.container).toHaveAttribute('data-engine', 'loading');
  release();
  await expect(map.container).toHaveAttribute('data-engine', 'ready', { timeout: 60_000 });
  await expect(map.svg).toHaveCount(0);
  const engine = await map.engineMaliBox();
  for (const side of ['west', 'north', 'east', 'south'] as const)
    expect(Math.abs(engine[side] - zoomed[side]), side).toBeLessThanOrEqual(3);
  await attachScreenshot(testInfo, 'engine-took-over', page);
  // The reset button now drives the engine: Mali fitted again, as the SVG map drew it.
  await page.locator('.zoom-reset').click();
  await expect(page.locator('.zoom-reset')).toHaveCount(0);
  const fitted = await map.engineMaliBox();
  for (const side of ['west', 'north', 'east', 'south'] as const)
    expect(Math.abs(fitted[side] - before[side]), side).toBeLessThanOrEqual(3);
});

test('the keyboard’s + zooms the SVG map, and the reset button shows all of Mali again', async ({
  page,
  map,
}) => {
  // Saving data: the SVG map answers alone, and the engine never comes.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true } });
  });
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (MAP_ENGINE_FILES.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await map.visit('date=2023-08-12');
  await map.waitForFirstRender();
  const before = await map.svgMaliBox();
  await map.svg.locator('.static-site[data-site-id="gao"]').focus();
  await page.keyboard.press('+');
  await expect
    .poll(async () => {
      const box = await map.svgMaliBox();
      return (box.east - box.west) / (before.east - before.west);
    })
    .toBeCloseTo(2, 2);
  await page.getByRole('button', { name: 'Show all of Mali again' }).click();
  expect(await map.svgMaliBox()).toEqual(before);
  await page.mouse.move(500, 300);
  await page.mouse.down();
  await page.mouse.move(560, 340, { steps: 4 });
  await page.mouse.up();
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await expect(map.container).not.toHaveAttribute('data-engine');
});

test('a reader who zooms back out before the engine has drawn gets the engine fitted, as the SVG map is', async ({
  page,
  map,
}) => {
  // The engine is made at the SVG map's zoomed view; its worker is held back, so that it
  // draws only after the reader has come back to Mali shown whole.
  const release = await holdRequests(page, /maplibre-gl-worker[^/]*\.mjs$/);
  const workerAsked = page.waitForRequest(/maplibre-gl-worker[^/]*\.mjs$/);
  await map.visit('date=2023-08-12');
  await map.waitForFirstRender();
  const fitted = await map.svgMaliBox();
  await page.locator('.zoom-controls .zoom-in').click();
  await workerAsked;
  await page.locator('.zoom-controls .zoom-out').click();
  await expect(page.locator('.zoom-reset')).toHaveCount(0);
  release();
  await expect(map.container).toHaveAttribute('data-engine', 'ready', { timeout: 60_000 });
  // The engine shows Mali whole, where the SVG map did, and says the view is fitted.
  const engine = await map.engineMaliBox();
  for (const side of ['west', 'north', 'east', 'south'] as const)
    expect(Math.abs(engine[side] - fitted[side]), side).toBeLessThanOrEqual(3);
  await expect(page.locator('.zoom-reset')).toHaveCount(0);
});
