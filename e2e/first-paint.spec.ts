/**
 * The map in the HTML: the build writes the timeline's first day into index.html, so
 * the page shows the map, the day, the caption and the sites before any script runs,
 * and to a reader without JavaScript. The app then takes that page over in place.
 */

import { attachScreenshot } from './attach.ts';
import { expect, test } from './fixtures.ts';
import { StaticPageDriver } from './static-driver.ts';

// 16 June 2023, the timeline's first day: Mali's request; no site has begun to close
// (phase one starts on 15 July).
const FIRST_DAY = '16 June 2023';
const SITES = 13;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [375, 1280]) {
    test(`shows the map with every site and its status, the day, the list and the data (${width} px)`, async ({
      page,
      reader,
      request,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 800 });
      const html = new StaticPageDriver(page);
      await html.open();
      await expect(html.svgMap).toBeVisible();
      const svgStatuses = await html.svgStatuses();
      expect(Object.keys(svgStatuses)).toHaveLength(SITES);
      expect(new Set(Object.values(svgStatuses))).toEqual(new Set(['open']));
      expect(await reader.statuses()).toEqual(svgStatuses);
      await expect(page.locator('.static-map .static-site-label')).toHaveCount(SITES);
      await expect(reader.date).toHaveText(FIRST_DAY);
      await expect(page.locator('.caption')).toContainText('Mali asks for withdrawal');
      await expect(page.locator('.no-script-note')).toBeVisible();
      // Controls that need a script are not offered.
      await expect(page.getByRole('button', { name: 'Play' })).toBeHidden();
      const csv = page.getByRole('link', { name: /CSV/ });
      await expect(csv).toBeVisible();
      const href = await csv.evaluate((link) => (link as HTMLAnchorElement).href);
      expect((await request.get(href)).status()).toBe(200);
      const box = await html.svgMap.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(280);
      await attachScreenshot(testInfo, `no-javascript-${width}`, page);
    });
  }
});

for (const [width, height] of [
  [375, 740],
  [1280, 800],
] as const) {
  test(`paints the map before any script, then the app takes it over in place (${width} px)`, async ({
    page,
    map,
    reader,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    const html = new StaticPageDriver(page);
    await html.holdScripts();
    await html.open('', { waitUntil: 'commit' });
    await expect(html.svgSite('ber')).toBeVisible();
    await expect(page.locator('.map')).not.toHaveAttribute('data-map-ready', 'true');
    const paint = await html.firstContentfulPaint();
    testInfo.annotations.push({
      type: 'first contentful paint, scripts held',
      description: `${Math.round(paint.sinceStart)} ms after navigation start, ${Math.round(paint.sinceHtml)} ms after the HTML arrived`,
    });
    await attachScreenshot(testInfo, `first-paint-before-scripts-${width}`, page);
    const before = await html.svgMap.boundingBox();

    html.releaseScripts();
    // Generous: software WebGL on a shared two-core machine.
    await map.waitForFirstRender(90_000);
    expect(await map.container.boundingBox()).toEqual(before);
    await reader.waitForPaintedDay('2023-06-16');
    const shift = await html.layoutShift();
    testInfo.annotations.push({
      type: 'cumulative layout shift',
      description: shift.sum.toFixed(4),
    });
    expect(shift.sum, shift.moved.join('\n')).toBeLessThan(0.02);
    await attachScreenshot(testInfo, `after-take-over-${width}`, page);
  });
}

test('goes on to the day the address asks for once its script has run', async ({
  page,
  reader,
}) => {
  const html = new StaticPageDriver(page);
  await html.holdScripts();
  await html.open('', { query: 'date=2023-09-10', waitUntil: 'commit' });
  await expect(html.svgSite('tessalit')).toHaveAttribute('data-status', 'open');
  html.releaseScripts();
  // Tessalit closes in sequence a, 1 September – 30 November 2023 (the letters' window).
  await expect(reader.row('tessalit')).toHaveAttribute('data-status', 'closing');
  await expect(reader.date).toHaveText('10 September 2023');
});

// Every kind of page the build writes: the app's, an event's in each story and language,
// an event's embed, and the embed's own page framed at another state (as the Embed
// dialog's snippet frames it). Each must paint whole or not at all: a half-parsed page
// has no timeline yet, and the map's box shrinks when it comes (a layout shift of
// 0.03–0.06 under a frame's load, before the marker was read against the page's own
// address).
for (const [path, query] of [
  ['', 'date=2023-09-10'],
  ['fr/reported/2023-10-31/', ''],
  ['en/2023-08-12/embed/', ''],
  ['embed/', 'date=2023-10-31&lang=fr&view=reported'],
] as const) {
  test(`${path || 'the app'}${query ? `?${query}` : ''}: the first frame comes with the whole page`, async ({
    page,
  }) => {
    const html = new StaticPageDriver(page);
    // Half a second for a written page's 40 kB: in pieces, as the parser gets them.
    const firstFrameWhole = await html.watchFirstFrame(80_000);
    await html.open(path, { query, waitUntil: 'commit' });
    expect(await firstFrameWhole()).toBe(true);
  });
}
