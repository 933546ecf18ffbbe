import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { STATUS_STYLES } from '../src/symbols/symbols.ts';
import { expect, test } from './fixtures.ts';
import { pngSize, type Region } from './map-driver.ts';

// Motion is not what these tests look at: with it reduced, the map stops drawing once
// it is still, and the software renderer leaves the CPU to the test's own steps.
test.use({ reducedMotion: 'reduce' });

/**
 * Whose story the room sees stays on screen, not behind the panel: the banner says
 * `story`, and at each of its corners (2 px in) the topmost element is the banner.
 */
async function expectStoryInView(page: Page, story: string): Promise<void> {
  const banner = page.locator('.view-banner');
  await expect(banner).toContainText(story);
  const onTop = await banner.evaluate((self) => {
    const box = self.getBoundingClientRect();
    return [
      [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2],
      [box.left + 2, box.bottom - 2],
      [box.right - 2, box.bottom - 2],
    ].map(([x = 0, y = 0]) => self.contains(document.elementFromPoint(x, y)));
  });
  expect(onTop).toEqual([true, true, true, true]);
}

test.describe('a briefer presenting in a meeting', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('P starts presenting; the clicker keys step through events with what changed and the quote', async ({
    map,
    reader,
    page,
  }, testInfo) => {
    await map.open('date=2023-08-03');
    await page.keyboard.press('p');
    const panel = page.locator('.present-panel');
    await expect(panel).toBeVisible();
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('.panel')).toBeHidden();
    await expect(page).toHaveURL(/present=1/);
    await page.keyboard.press('PageDown');
    await expect(panel.locator('.present-date')).toHaveText('12 August 2023');
    // The deck's 16 event days, from 16 June to 1 January; 12 August is the 8th
    // (16, 21, 27, 30 June, 15 July, 2, 3, 12 August).
    await expect(panel.locator('.present-window')).toHaveText('Phase one · event 8 of 16');
    await expect(panel).toContainText('Ber: handover procedures conducted');
    await expect(panel.locator('blockquote')).toContainText(
      'restitution officielle du camp de Ber',
    );
    await expect(panel.locator('.present-changes [data-site-id="ber"]')).toContainText(
      'Closing → Closed',
    );
    await expect(page).toHaveURL(/date=2023-08-12/);
    // The date text is readable from the back of a room: at least 48 px on a 1080p projector.
    const size = await panel
      .locator('.present-date')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(48);
    await expectStoryInView(page, 'The plan of 18 August 2023');
    await testInfo.attach('presenting', {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
    await page.keyboard.press(' ');
    await expect(panel.locator('.present-date')).toHaveText('13 August 2023');
    await page.keyboard.press('ArrowRight');
    await expect(panel.locator('.present-date')).toHaveText('14 August 2023');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await expect(panel.locator('.present-date')).toHaveText('12 August 2023');
    expect(await reader.statusOf('ber')).toBe('closed');
  });

  test.describe('a presentation link opened on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('the panel spans the top, Mali is framed below it, whose story it is stays in view, and turning the phone keeps Mali clear of the panel', async ({
      map,
      page,
    }, testInfo) => {
      await map.open('date=2023-11-01&present=1&view=reported');
      const panel = page.locator('.present-panel');
      await expect(panel).toBeVisible();
      /** Mali's box and the panel's, in the page's pixels, once Mali is framed on a screen this size. */
      const framedOn = async (width: number, height: number) => {
        await page.setViewportSize({ width, height });
        const mali = await map.waitForFraming();
        const [panelBox, mapBox] = await Promise.all([
          panel.boundingBox(),
          map.container.boundingBox(),
        ]);
        const [x = 0, y = 0] = [mapBox?.x, mapBox?.y];
        return {
          mali: { west: mali.west + x, north: mali.north + y, south: mali.south + y },
          mapBottom: y + mali.mapHeight,
          panel: {
            width: panelBox?.width ?? 0,
            right: (panelBox?.x ?? 0) + (panelBox?.width ?? 0),
            bottom: (panelBox?.y ?? 0) + (panelBox?.height ?? 0),
          },
        };
      };
      // The panel spans the screen's width, and Mali lies wholly below it.
      const upright = await framedOn(390, 844);
      expect(upright.panel.width).toBeGreaterThan(360);
      expect(upright.mali.north).toBeGreaterThanOrEqual(upright.panel.bottom);
      expect(upright.mali.south).toBeLessThanOrEqual(upright.mapBottom);
      await expectStoryInView(page, 'As it happened');
      await testInfo.attach('presenting-on-a-phone', {
        body: await page.screenshot(),
        contentType: 'image/png',
      });
      // Turned on its side, the phone is wider than the phone layout: the panel moves to
      // the left, and Mali to its right.
      const sideways = await framedOn(844, 390);
      expect(sideways.mali.west).toBeGreaterThanOrEqual(sideways.panel.right);
      // And upright again.
      const again = await framedOn(390, 844);
      expect(again.mali.north).toBeGreaterThanOrEqual(again.panel.bottom);
    });
  });

  test('B and . blank the screen and bring it back; Esc leaves', async ({ map, page }) => {
    await map.open('date=2023-08-12&present=1');
    await expect(page.locator('.present-panel')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('.present-blank')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('.present-blank')).toHaveCount(0);
    await page.keyboard.press('.');
    await expect(page.locator('.present-blank')).toBeVisible();
    await page.keyboard.press('.');
    await page.keyboard.press('Escape');
    await expect(page.locator('.present-panel')).toHaveCount(0);
    await expect(page.locator('.app-header')).toBeVisible();
    await expect(page).not.toHaveURL(/present=1/);
  });

  test('the Present button enters presentation mode; axe finds nothing to fix there', async ({
    map,
    page,
  }) => {
    await map.open('date=2023-12-15');
    await page.getByRole('button', { name: 'Present full screen (P)' }).click();
    await expect(page.locator('.present-panel')).toContainText('Phase two, sequence c');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

/** Mali's paper-white fill on every exported map. */
const MALI_FILL = '#fcfbf8';

test.describe('exports for slides and handouts', () => {
  test('the view as PNG: a real image of the map, with title, legend and sources', async ({
    map,
    page,
  }, testInfo) => {
    await map.open('date=2023-12-20');
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Image of this view (PNG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('minusma-2023-12-20.png');
    const png = readFileSync(await download.path());
    await testInfo.attach('export-view', { body: png, contentType: 'image/png' });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const colours = await map.analyseColours(png, { mali: MALI_FILL, white: '#ffffff' });
    // The map (Mali's fill) and the white title and legend bands are both there.
    expect(colours.shares.mali).toBeGreaterThan(0.08);
    expect(colours.shares.white).toBeGreaterThan(0.05);
    expect(colours.distinct).toBeGreaterThan(10);
  });

  test('the phase sheet: one panel per phase and sequence, as PNG and as a printable page', async ({
    map,
    page,
  }, testInfo) => {
    await map.open();
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Phase sheet (PNG)' }).click(),
    ]);
    const png = readFileSync(await download.path());
    await testInfo.attach('phase-sheet', { body: png, contentType: 'image/png' });
    // The maps are found by Mali's own paper-white fill, two columns of them: one per
    // closure window of the compiled timeline, liquidation aside.
    const windows = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')).windows as {
      id: string;
    }[];
    const phases = windows.filter((window) => window.id !== 'liquidation');
    expect(phases.map((window) => window.id)).toEqual(['phase-1', 'seq-a', 'seq-b', 'seq-c']);
    const maps = (await map.colourBands(png, MALI_FILL, 2, 0.01))
      .filter((band) => band.height > 100)
      .sort((a, b) => a.y - b.y || a.x - b.x);
    expect(maps).toHaveLength(phases.length);
    // Each map shows the day after its window: the sites the next window closes have begun
    // closing (amber) by then. From the letter, S/2023/611: on 1 September sequence a's
    // three sites (Tessalit, Aguelhok, Douentza), on 1 December sequence b's two (Mopti,
    // Kidal), on 16 December sequence c's Ansongo, on 1 January 2024 none.
    const amber: number[] = [];
    for (const region of maps)
      amber.push(
        (await map.analyseColours(png, { closing: STATUS_STYLES.closing.fill }, 10, region)).shares
          .closing ?? 0,
      );
    const [afterPhaseOne = 0, afterA = 0, afterB = 0, afterC = 0] = amber;
    // Three, two, one and no sites' worth of amber (two of the three overlap a little).
    expect(afterB).toBeGreaterThan(0);
    expect(afterPhaseOne / afterB).toBeGreaterThan(2.1);
    expect(afterPhaseOne / afterB).toBeLessThan(3.5);
    expect(afterA / afterB).toBeGreaterThan(1.6);
    expect(afterA / afterB).toBeLessThan(2.4);
    expect(afterC).toBe(0);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Phase sheet (print)' }).click();
    await expect(page.locator('.print-sheet img')).toBeVisible();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  });

  test('the print stylesheet gives a clean page: the map and the facts, no controls', async ({
    map,
    page,
  }, testInfo) => {
    await map.open('date=2023-08-12');
    await page.emulateMedia({ media: 'print' });
    // The SVG map prints as it is: vectors, no still image needed.
    await expect(page.locator('.static-map .static-site')).toHaveCount(13);
    await expect(page.locator('.static-map')).toBeVisible();
    await expect(page.locator('.timeline-controls')).toBeHidden();
    await expect(page.locator('.export-menu')).toBeHidden();
    await expect(page.locator('.zoom-controls')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.timeline-date')).toHaveText('12 August 2023');
    await expect(page.locator('.legend')).toBeVisible();
    await testInfo.attach('print', {
      body: await page.pdf({ format: 'A4' }),
      contentType: 'application/pdf',
    });
  });

  test.describe('the video', () => {
    // The video records the animation as a reader sees it, with its motion.
    test.use({ reducedMotion: 'no-preference' });
    test('a WebM video of the animation, where the browser can record one', async ({
      map,
      page,
    }, testInfo) => {
      await map.open();
      const canRecord = await page.evaluate(
        () => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm'),
      );
      expect(canRecord, 'headless Chromium records WebM').toBe(true);
      await page.getByText('Export', { exact: true }).click();
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Video of the animation (WebM)' }).click();
      // A few seconds of the animation are enough to read a frame: once the map (the SVG
      // map: the video never starts the engine, and draws faster than it did) shows
      // October (well over the one second the frame is read at), the briefer pauses,
      // which ends the recording as the animation's own end does.
      await expect
        .poll(async () => (await page.locator('.static-map').getAttribute('data-day')) ?? '', {
          timeout: 60_000,
        })
        .toMatch(/^2023-1\d-/);
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      const download = await downloaded;
      expect(download.suggestedFilename()).toBe('minusma-withdrawal.webm');
      const video = readFileSync(await download.path());
      expect(video.length).toBeGreaterThan(10_000);
      // Each frame carries the title and the date over the map, as the image export does:
      // a frame's header band is white with dark type, and the map fills the middle.
      const frame = await map.videoFrame(video, 1);
      await testInfo.attach('video-frame', { body: frame, contentType: 'image/png' });
      const { width, height } = pngSize(frame);
      const header = { x: 0, y: 0, width, height: 80 };
      const middle = { x: 0, y: Math.round(height / 2) - 20, width, height: 40 };
      // White: every channel above 235; dark: every channel below 90.
      const white = async (region: Region) =>
        (await map.analyseColours(frame, { white: '#ffffff' }, 19, region)).shares.white;
      const dark = (await map.analyseColours(frame, { dark: '#000000' }, 89, header)).shares.dark;
      expect(width).toBeGreaterThan(300);
      expect(await white(header)).toBeGreaterThan(0.6);
      expect(dark).toBeGreaterThan(0.005);
      expect(await white(middle)).toBeLessThan(0.6);
    });

    test('a recording that fails says so, stops the playback and leaves the menu usable', async ({
      map,
      page,
    }) => {
      // Given a browser whose recorder starts, then fails, as an encoder can (memory, a lost GPU).
      await page.addInitScript(() => {
        class FailingRecorder extends EventTarget {
          static isTypeSupported = () => true;
          state = 'inactive';
          ondataavailable: ((event: Event) => void) | null = null;
          onstop: ((event: Event) => void) | null = null;
          onerror: ((event: Event) => void) | null = null;
          start() {
            this.state = 'recording';
            setTimeout(() => {
              this.state = 'inactive';
              const failure = new Event('error');
              this.dispatchEvent(failure);
              this.onerror?.(failure);
            }, 300);
          }
          stop() {
            this.state = 'inactive';
          }
        }
        Object.defineProperty(window, 'MediaRecorder', { value: FailingRecorder });
      });
      await map.open();
      // When the briefer records the video.
      await page.getByText('Export', { exact: true }).click();
      const record = page.getByRole('button', { name: 'Video of the animation (WebM)' });
      await record.click();
      // Then the failure is told, politely, instead of "Recording…" forever.
      const status = page.locator('.export-menu').getByRole('status');
      await expect(status).toHaveText('The video could not be recorded.');
      await expect(status).toHaveAttribute('data-state', 'failed');
      // The animation the recording started is stopped, and the menu works again.
      await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
      await expect(record).toBeEnabled();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Phase sheet (PNG)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('minusma-phases.png');
      await expect(status).toHaveText('Saved.');
    });
  });
});
