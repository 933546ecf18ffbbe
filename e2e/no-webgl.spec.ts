/**
 * Chromium started with --disable-3d-apis: maplibre's constructor throws, as on old
 * machines and locked-down browsers. (A file of its own: launch options force a new worker.)
 */
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { attachPng, attachScreenshot } from './attach.ts';
import { exportFile } from './export-driver.ts';
import { expect, test } from './fixtures.ts';
import { pngSize } from './pixels.ts';
import { StaticPageDriver } from './static-driver.ts';

test.use({
  launchOptions: {
    executablePath: findChromium({ headlessShell: true }) ?? undefined,
    args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
  },
});

test('the SVG map is the map: it zooms, says the engine is missing, and the slider, list and cards keep working', async ({
  page,
  map,
  reader,
}, testInfo) => {
  await map.open('date=2023-09-10');
  await expect(map.svg).toHaveAttribute('role', 'group');
  await expect(page.locator('.static-map [data-site-id="tessalit"]')).toHaveAttribute(
    'data-status',
    'closing',
  );
  // A turn of the wheel asks for the engine, which cannot start: the SVG map zooms anyway.
  const before = await map.svgMaliBox();
  await page.mouse.move(500, 300);
  await page.mouse.wheel(0, -300);
  await expect(page.locator('[data-problem="no-webgl"]')).toContainText('WebGL is unavailable');
  const after = await map.svgMaliBox();
  expect((after.east - after.west) / (before.east - before.west)).toBeCloseTo(2, 2);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect
    .poll(async () => {
      const box = await map.svgMaliBox();
      return (box.east - box.west) / (before.east - before.west);
    })
    .toBeCloseTo(4, 2);
  await attachScreenshot(testInfo, 'no-webgl', page);
  await page.getByRole('button', { name: 'Show all of Mali again' }).click();
  await reader.slider.focus();
  await reader.slider.press('End');
  await expect(page.locator('.static-map [data-site-id="tessalit"]')).toHaveAttribute(
    'data-status',
    'closed',
  );
  await expect(page.locator('.static-map [data-site-id="gao"]')).toHaveAttribute(
    'data-status',
    'liquidation',
  );
  await reader.row('kidal').getByRole('button').click();
  await expect(reader.card).toContainText('Kidal');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

for (const lang of ['en', 'fr'] as const) {
  test(`on a 375-px phone every site name stays inside the map (${lang})`, async ({
    page,
    map,
  }, testInfo) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await map.visit(`date=2023-09-15&lang=${lang}`);
    const labels = page.locator('.static-map .static-site-label');
    await expect(labels).toHaveCount(13);
    const frame = await page.locator('.static-map').boundingBox();
    if (!frame) throw new Error('the SVG map has no box');
    const outside: string[] = [];
    for (const label of await labels.all()) {
      const box = await label.boundingBox();
      if (!box) throw new Error('a site label has no box');
      if (box.x < frame.x || box.x + box.width > frame.x + frame.width)
        outside.push(
          `${await label.textContent()} (${Math.round(box.x)}–${Math.round(box.x + box.width)} px)`,
        );
    }
    await attachScreenshot(testInfo, `phone-static-map-${lang}`, page.locator('.static-map'));
    expect(
      outside,
      `map from ${Math.round(frame.x)} to ${Math.round(frame.x + frame.width)} px`,
    ).toEqual([]);
    // The countries' names shown do not run into each other (Côte d'Ivoire, Ghana, Togo).
    const countries = await new StaticPageDriver(page).countryNames();
    expect(countries.shown.length).toBeGreaterThanOrEqual(5);
    expect(countries.crossing).toEqual([]);
  });
}

test('without WebGL the image of the view is drawn from the SVG drawing', async ({
  page,
  map,
  pixels,
}, testInfo) => {
  await map.open('date=2023-12-20');
  const { body: png } = await exportFile(page, 'Image of this view (PNG)');
  await attachPng(testInfo, 'export-without-webgl', png);
  const map2x = pngSize(png);
  const box = await map.container.boundingBox();
  // Twice the map's width, and a drawn map: many colours, none covering nearly all of it.
  expect(map2x.width).toBe(Math.round((box?.width ?? 0) * 2));
  const colours = await pixels.analyseColours(png);
  expect(colours.distinct).toBeGreaterThan(10);
  expect(colours.dominantShare).toBeLessThan(0.7);
});
