/**
 * The installable map: its manifest and icons, and the service worker that lets a
 * briefer who opened the map once open it again with the network cut.
 */

import { attachScreenshot } from './attach.ts';
import { expect, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit, with the network cut, the map opens on another day and draws, and so does the French page once visited', async ({
  page,
  context,
  map,
  reader,
  pixels,
}, testInfo) => {
  // Two first loads of the WebGL map, each of which can take a minute with software
  // WebGL on a busy two-core machine (the shared driver's 30 s is for one).
  test.slow();
  const firstRender = 90_000;
  await map.open('date=2023-08-12&lang=en', firstRender);
  // The worker installs once the map has drawn, precaching the build, then claims the page.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), {
      timeout: 60_000,
    })
    .toBe('activated');

  // The app's French page, where French links lead, is not precached (every reader
  // would pay for it): a visit the worker controls keeps it.
  await map.visit('date=2023-09-10', { path: 'fr/' });
  await map.waitForFirstRender(firstRender);

  await context.setOffline(true);
  await map.visit('date=2023-12-20&view=reported', { path: 'fr/' });
  await map.waitForFirstRender(firstRender);
  await expect(page).toHaveTitle('Le retrait de la MINUSMA du Mali, 2023–2024');
  await expect(reader.date).toHaveText('20 décembre 2023');
  // Another address than the one visited: every day of the map is the same page.
  await map.open('date=2023-10-31&lang=fr', firstRender);
  await expect(reader.date).toHaveText('31 octobre 2023');
  await expect(reader.row('ber')).toHaveAttribute('data-status', 'closed');
  await expect(page.locator('[data-problem]')).toHaveCount(0);
  const png = await attachScreenshot(testInfo, 'offline-map', map.svg);
  const colours = await pixels.analyseColours(png);
  // A drawn map, not a blank one: the basemap, Mali and the symbols in many colours.
  expect(colours.distinct).toBeGreaterThan(8);
  expect(colours.dominantShare).toBeLessThan(0.9);
});

test('the page is installable: a manifest with the icons, a theme colour, a favicon', async ({
  page,
  map,
  request,
}) => {
  // The page's head is what is read: no wait for the map.
  await map.visit();
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', /^#/);
  const manifestHref = await page
    .locator('link[rel="manifest"]')
    .evaluate((link: HTMLLinkElement) => link.href);
  const manifest = await (await request.get(manifestHref)).json();
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('./');
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(new URL(icon.src, manifestHref).href);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type']).toBe(icon.type);
  }
  // The favicon is in the page (a date change would ask for it again otherwise);
  // the home-screen icon is a file, fetched only to install the page.
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute(
    'href',
    /^data:image\/svg\+xml;base64,/,
  );
  const touchIcon = await page
    .locator('link[rel="apple-touch-icon"]')
    .evaluate((link: HTMLLinkElement) => link.href);
  expect((await request.get(touchIcon)).ok()).toBe(true);
});
