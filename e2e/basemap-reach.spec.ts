/**
 * The basemap reaches every edge of the map, at every size: the countries the build
 * ships cover more than any view shows, the SVG map's (fitted, and dragged as far as it
 * goes) and the engine's (zoomed out and panned as far as it allows). Where they did not,
 * a projector at 1024×768 showed the land stop in a straight line south of Mali.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { type Extent, landExtent } from '../scripts/data/landExtent.ts';
import { expect, test } from './fixtures.ts';
import { pageAddress } from './map-driver.ts';
import { holdRequests, MAP_ENGINE_FILES } from './requests.ts';

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** The extent of the land the build ships (every vertex of its countries). */
async function landOf(request: APIRequestContext): Promise<Extent> {
  return landExtent(
    (await (await request.get('data/basemap.geojson')).json()) as FeatureCollection,
  );
}

/** Where the SVG map's view reaches, from two sites' places on screen and on the ground. */
async function svgView(page: Page, request: APIRequestContext): Promise<Extent> {
  const sites = (await (await request.get('data/sites.geojson')).json()) as {
    features: { geometry: { coordinates: [number, number] }; properties: { id: string } }[];
  };
  const at = (id: string) => {
    const site = sites.features.find((f) => f.properties.id === id);
    if (!site) throw new Error(`no ${id}`);
    return site.geometry.coordinates;
  };
  const onScreen = async (id: string) => {
    const box = await page
      .locator(`.static-map [data-site-id="${id}"] .static-site-target`)
      .boundingBox();
    if (!box) throw new Error(`${id} is not drawn`);
    return [box.x + box.width / 2, box.y + box.height / 2] as const;
  };
  // Bamako in the south-west, Tessalit in the north-east: a Mercator scale from each axis.
  const [bLon, bLat] = at('bamako');
  const [tLon, tLat] = at('tessalit');
  const [bx, by] = await onScreen('bamako');
  const [tx, ty] = await onScreen('tessalit');
  const perX = (tx - bx) / (mercX(tLon) - mercX(bLon));
  const perY = (ty - by) / (mercY(tLat) - mercY(bLat));
  const map = await page.locator('.static-map').boundingBox();
  if (!map) throw new Error('no map');
  const lonAt = (x: number) => lonOf(mercX(bLon) + (x - bx) / perX);
  const latAt = (y: number) => latOf(mercY(bLat) + (y - by) / perY);
  return {
    west: lonAt(map.x),
    east: lonAt(map.x + map.width),
    north: latAt(map.y),
    south: latAt(map.y + map.height),
  };
}

/** Mali's bounds (src/map/maliFrame.ts): the engine reports where it draws them (probes.ts). */
const MALI = { west: -12.4, south: 10.0, east: 4.4, north: 25.2 };

/** Where the engine's view reaches, from where it draws Mali's bounds in its container. */
async function engineView(page: Page): Promise<Extent> {
  const section = page.locator('section.map');
  const [west, north, east, south] = ((await section.getAttribute('data-mali-box')) ?? '')
    .split(' ')
    .map(Number) as [number, number, number, number];
  const [width, height] = ((await section.getAttribute('data-framed')) ?? '')
    .split('x')
    .map(Number) as [number, number];
  const perX = (east - west) / (mercX(MALI.east) - mercX(MALI.west));
  const perY = (south - north) / (mercY(MALI.south) - mercY(MALI.north));
  return {
    west: lonOf(mercX(MALI.west) - west / perX),
    east: lonOf(mercX(MALI.west) + (width - west) / perX),
    north: latOf(mercY(MALI.north) - north / perY),
    south: latOf(mercY(MALI.north) + (height - north) / perY),
  };
}

function expectInside(view: Extent, land: Extent, where: string) {
  const outside = [
    view.west < land.west && `west to ${view.west.toFixed(1)}° (land from ${land.west}°)`,
    view.east > land.east && `east to ${view.east.toFixed(1)}° (land to ${land.east}°)`,
    view.south < land.south && `south to ${view.south.toFixed(1)}° (land from ${land.south}°)`,
    view.north > land.north && `north to ${view.north.toFixed(1)}° (land to ${land.north}°)`,
  ].filter(Boolean);
  expect(outside, `${where}: the view reaches past the basemap`).toEqual([]);
}

const LAYOUTS = [
  { name: 'presentation', width: 1920, height: 1080, query: 'present=1&date=2023-10-31' },
  { name: 'presentation', width: 1280, height: 720, query: 'present=1&date=2023-10-31' },
  { name: 'presentation', width: 1024, height: 768, query: 'present=1&date=2023-10-31' },
  { name: 'page', width: 375, height: 740, query: '' },
  { name: 'page', width: 1366, height: 768, query: '' },
  { name: 'page', width: 1440, height: 900, query: '' },
  { name: 'page', width: 1920, height: 1080, query: '' },
  { name: 'embed', width: 1366, height: 768, query: 'embed=1' },
];

for (const layout of LAYOUTS) {
  test(`the SVG map's basemap reaches every edge: ${layout.name} at ${layout.width}×${layout.height}, fitted and dragged to each side`, async ({
    page,
    map,
    request,
  }) => {
    await holdRequests(page, MAP_ENGINE_FILES);
    await page.setViewportSize({ width: layout.width, height: layout.height });
    await page.goto(pageAddress(layout.query));
    await map.waitForFirstRender(60_000);
    const land = await landOf(request);
    expectInside(await svgView(page, request), land, 'fitted');
    // Dragged as far as the SVG map goes, each way (the engine is held back).
    const box = await page.locator('.static-map').boundingBox();
    if (!box) throw new Error('no map');
    const middle = { x: box.x + box.width * 0.7, y: box.y + box.height * 0.6 };
    for (const [dx, dy] of [
      [1, 1],
      [-1, -1],
    ] as const) {
      await page.mouse.move(middle.x, middle.y);
      await page.mouse.down();
      for (let step = 1; step <= 4; step++)
        await page.mouse.move(middle.x + dx * step * 2000, middle.y + dy * step * 2000);
      await page.mouse.up();
      expectInside(
        await svgView(page, request),
        land,
        `dragged ${dx > 0 ? 'south-east' : 'north-west'}`,
      );
    }
  });
}

/**
 * Makes one move of the engine's view and waits for it to end: each key press and each
 * drag ends in exactly one `moveend` (with motion reduced, a drag has no inertia and a
 * key's move no easing), counted by the map's probe.
 */
async function moveEngine(page: Page, move: () => Promise<void>) {
  const section = page.locator('section.map');
  const before = Number(await section.getAttribute('data-moves'));
  await move();
  await expect
    .poll(async () => Number(await section.getAttribute('data-moves')))
    .toBeGreaterThan(before);
}

// The engine keeps its whole view inside its pan limit (maplibre's maxBounds, which also
// sets how far it zooms out), and the data build checks that the land covers that limit
// (scripts/data/basemap.test.ts): that holds at any size. Here the engine is seen to obey
// it at one size, on the page; presenting, the room sees the SVG map.
test("the engine's basemap reaches every edge, zoomed out as far as it goes and dragged to each side", async ({
  page,
  map,
  request,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(pageAddress(''));
  await map.waitForFirstRender(60_000);
  const land = await landOf(request);
  const section = page.locator('section.map');
  const area = await page.locator('.map-area').boundingBox();
  if (!area) throw new Error('no map');
  // Right of the middle: on the map, clear of the caption.
  const at = { x: area.x + area.width * 0.75, y: area.y + area.height * 0.5 };
  // A turn of the wheel brings the engine.
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -200);
  await expect(section).toHaveAttribute('data-engine', 'ready', { timeout: 90_000 });
  await expect(section).toHaveAttribute('data-moves', /\d/);
  // Out as far as it goes: its minus key zooms out a level a press, and halves Mali's
  // width, until the pan limit stops it part of the way (a press that could change
  // nothing would end no move).
  await page.locator('section.map canvas').focus();
  const maliWidth = async () => {
    const [west = 0, , east = 0] = ((await section.getAttribute('data-mali-box')) ?? '')
      .split(' ')
      .map(Number);
    return east - west;
  };
  const widths = [await maliWidth()];
  for (let press = 0; press < 8; press++) {
    const last = widths.at(-1);
    await moveEngine(page, () => page.keyboard.press('Minus'));
    // Its own move, not one the page's framing made meanwhile: every press before the
    // limit changes the zoom, the one the limit stops part-way too.
    await expect.poll(maliWidth).not.toBe(last);
    widths.push(await maliWidth());
    const [before = 0, after = 0] = widths.slice(-2);
    if (after > before * 0.51) break;
  }
  // It went out by whole levels, then less than a level, where the limit held it.
  expect(widths.length, `Mali's width press by press: ${widths.join(', ')}`).toBeGreaterThan(2);
  expect(widths.at(-1)).toBeLessThan(widths[0] ?? 0);
  expectInside(await engineView(page), land, 'zoomed out');
  // Still zoomed out, dragged as far as it goes to the south-west, then to the north-east:
  // three strokes across the right of the map each way (a mouse let go outside the
  // window would never end its drag).
  const stroke = (from: [number, number], to: [number, number]) =>
    moveEngine(page, async () => {
      await page.mouse.move(area.x + area.width * from[0], area.y + area.height * from[1]);
      await page.mouse.down();
      for (let step = 1; step <= 4; step++)
        await page.mouse.move(
          area.x + area.width * (from[0] + ((to[0] - from[0]) * step) / 4),
          area.y + area.height * (from[1] + ((to[1] - from[1]) * step) / 4),
        );
      await page.mouse.up();
    });
  for (const [from, to, where] of [
    [[0.55, 0.85], [0.95, 0.15], 'south-west'],
    [[0.95, 0.15], [0.55, 0.85], 'north-east'],
  ] as const) {
    for (let count = 0; count < 3; count++) await stroke([...from], [...to]);
    expectInside(await engineView(page), land, `dragged to the ${where}`);
  }
});
