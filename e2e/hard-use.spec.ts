import { BASEMAP_COLOURS } from '../src/map/palette.ts';
import { expect, test } from './fixtures.ts';

test.describe('hard use', () => {
  test('1,000 date changes as fast as the slider can send them end in the right state', async ({
    map,
    reader,
    page,
  }) => {
    await map.open('date=2023-06-16');
    // Each day of 2023 is one unit along the track and 2024 is drawn a quarter as wide:
    // 16 June to 31 December 2023 is 199 days, then 366 days of 2024 in 365 / 4 units.
    const max = Number(await reader.slider.getAttribute('max'));
    expect(max).toBe(199 + 365 / 4);
    const values = Array.from({ length: 1000 }, (_, i) => (i * 37) % Math.floor(max));
    await reader.sendSliderValues(values);
    // The last change wins: 999 × 37 units along the track, modulo its whole units, falls in
    // 2023, where one unit is one day.
    const last = values.at(-1) ?? 0;
    expect(last).toBeLessThan(199);
    const expectedDay = new Date(Date.UTC(2023, 5, 16 + last)).toISOString().slice(0, 10);
    await reader.waitForPaintedDay(expectedDay);
    await expect(page).toHaveURL(new RegExp(`date=${expectedDay}`));
    expect(await reader.statusOf('ber')).toBe(
      expectedDay >= '2023-08-12' ? 'closed' : expectedDay >= '2023-07-15' ? 'closing' : 'open',
    );
  });

  test.describe('with motion, as a reader plays it', () => {
    test.use({ reducedMotion: 'no-preference' });
    test('a full playback ends on the last day with no console warning, and memory does not grow from one to the next', async ({
      map,
      page,
    }) => {
      test.setTimeout(150_000);
      const warnings: string[] = [];
      page.on('console', (message) => {
        // The driver's own notes are not the app's: software GL's, and Playwright's word that
        // it blocked the service worker (blocked for every test, see playwright.config.ts).
        const text = message.text();
        const harness =
          text.includes('GL Driver Message') || text.includes('blocked by Playwright');
        if (message.type() === 'warning' && !harness) warnings.push(text);
      });
      await map.open('date=2023-06-16');
      await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
      const heap: number[] = [];
      for (let loop = 0; loop < 2; loop++) {
        await page.locator('.play-button').click();
        await expect(page.locator('.play-button')).toHaveAttribute('aria-pressed', 'false', {
          timeout: 60_000,
        });
        await expect(page.locator('.timeline-date')).toHaveText('31 December 2024');
        const client = await page.context().newCDPSession(page);
        await client.send('HeapProfiler.collectGarbage');
        const { usedSize } = await client.send('Runtime.getHeapUsage');
        heap.push(usedSize);
        await client.detach();
      }
      expect(warnings).toEqual([]);
      // The second loop ends with no more than 15 % more heap than the first (which has
      // already warmed every cache a playback fills).
      expect(heap[1] ?? 0).toBeLessThan((heap[0] ?? 0) * 1.15);
    });
  });

  // One engine for every size: its first frames cost seconds of software WebGL; each new
  // size is one framing and a frame or two.
  test('Mali stays framed as the window changes: a phone turned and back, then a projector', async ({
    map,
    page,
    pixels,
  }, testInfo) => {
    await page.setViewportSize({ width: 375, height: 667 });
    // The engine comes with a zoom in and out: back to Mali shown whole, which the engine
    // keeps framed through a rotation (a view the reader moved to would be kept instead).
    await map.openWithEngine('date=2023-08-12');
    for (const size of [
      { width: 667, height: 375 },
      { width: 375, height: 667 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      const box = await map.waitForFraming();
      const png = await map.screenshotCanvas(testInfo, `basemap-${size.width}x${size.height}`);
      // Mali's bounds lie inside the map, and fill it one way (less the padding).
      const width = box.east - box.west;
      const height = box.south - box.north;
      expect(box.west).toBeGreaterThanOrEqual(0);
      expect(box.north).toBeGreaterThanOrEqual(0);
      expect(box.east).toBeLessThanOrEqual(box.mapWidth);
      expect(box.south).toBeLessThanOrEqual(box.mapHeight);
      // Beside the caption's column where it stands over the map (not on a phone, where
      // the caption is under the map): Mali fills the room the column leaves.
      const column = await page.evaluate(() => {
        const map = document.querySelector('.map')?.getBoundingClientRect();
        const beside = document.querySelector('[data-over-map="beside"]')?.getBoundingClientRect();
        if (!map || !beside || beside.width === 0 || beside.bottom <= map.top) return 0;
        return Math.max(0, beside.right - map.left);
      });
      const room = box.mapWidth - column;
      expect(Math.max(width / room, height / box.mapHeight)).toBeGreaterThan(0.85);
      // And the map drawn shows it so, on an upright phone and on a projector: Mali's light
      // land covers a good share of the canvas.
      if (size.width < size.height || size.width > 1000) {
        const colours = await pixels.analyseColours(png, { mali: BASEMAP_COLOURS.mali });
        expect(colours.shares.mali, `Mali's share at ${size.width}×${size.height}`).toBeGreaterThan(
          0.15,
        );
      }
    }
  });
});
