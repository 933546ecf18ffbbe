/**
 * The exports a briefer takes to slides and handouts: the view as PNG and as SVG, the
 * phase sheet, the printed page, and a WebM video of the animation. They draw from the
 * same drawing as the SVG map, with no map engine: given the map on a day, when the
 * reader downloads the view as SVG, then the file is vectors (paths and text, no
 * embedded picture) with the title, the day, the legend and the sources; and no file
 * of the engine was fetched for it.
 */
import { readFileSync } from 'node:fs';
import { LOCATOR_COLOURS, LOCATOR_FRAME, locatorWidthFor } from '../src/map/locator.ts';
import { STATUS_STYLES } from '../src/symbols/symbols.ts';
import { attachPng } from './attach.ts';
import { downloadFrom, exportFile } from './export-driver.ts';
import { expect, test } from './fixtures.ts';
import { pngSize, type Region } from './pixels.ts';
import { MAP_ENGINE_FILES } from './requests.ts';

/** Mali's paper-white fill on every exported map. */
const MALI_FILL = '#fcfbf8';

test.describe('exports for slides and handouts', () => {
  test('the view as PNG: a real image of the map, with title, legend and sources', async ({
    map,
    page,
    pixels,
  }, testInfo) => {
    await map.open('date=2023-12-20');
    const { filename, body: png } = await exportFile(page, 'Image of this view (PNG)');
    expect(filename).toBe('minusma-2023-12-20.png');
    await attachPng(testInfo, 'export-view', png);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const colours = await pixels.analyseColours(png, { mali: MALI_FILL, white: '#ffffff' });
    // The map (Mali's fill) and the white title and legend bands are both there.
    expect(colours.shares.mali).toBeGreaterThan(0.08);
    expect(colours.shares.white).toBeGreaterThan(0.05);
    expect(colours.distinct).toBeGreaterThan(10);
    // The locator in the map's bottom-right corner, as on screen (the image is twice the
    // screen's size; the locator 10 px from the right, 30 from the bottom): Africa, Mali
    // and the view framed.
    const image = pngSize(png);
    const scale = Math.max(1, Math.round(image.width / 1200));
    const mapHeight = image.height - (84 + 70) * scale;
    const mapBottom = image.height - 70 * scale;
    const width = 2 * locatorWidthFor(image.width / 2, mapHeight / 2);
    const height = (width * LOCATOR_FRAME.height) / LOCATOR_FRAME.width;
    const locator = await pixels.analyseColours(png, LOCATOR_COLOURS, 6, {
      x: Math.round(image.width - 20 - width),
      y: Math.round(mapBottom - 60 - height),
      width: Math.round(width),
      height: Math.round(height),
    });
    expect(locator.shares.land, 'Africa').toBeGreaterThan(0.2);
    expect(locator.shares.mali, 'Mali').toBeGreaterThan(0.005);
    expect(locator.shares.frame, 'the view framed').toBeGreaterThan(0.0005);
  });

  test('the view as SVG: paths and text, with the title, the day, the legend and the sources', async ({
    page,
    map,
    pixels,
  }, testInfo) => {
    const engineFiles: string[] = [];
    page.on('request', (request) => {
      if (MAP_ENGINE_FILES.test(new URL(request.url()).pathname)) engineFiles.push(request.url());
    });
    await map.open('date=2023-12-20&view=reported');
    const { filename, body } = await exportFile(page, 'This view as vectors (SVG)');
    expect(filename).toBe('minusma-2023-12-20.svg');
    const svg = body.toString('utf8');
    await testInfo.attach('export-view.svg', { body: svg, contentType: 'image/svg+xml' });
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = (selector: string) => [...doc.querySelectorAll(selector)];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('title')?.textContent ?? '',
        texts: all('text').map((element) => element.textContent ?? ''),
        sites: all('#sites > g').map((element) => element.id),
        paths: all('path').length,
        images: all('image').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.title).toContain('20 December 2023');
    expect(parsed.images).toBe(0);
    expect(parsed.paths).toBeGreaterThan(13 * 2);
    expect(parsed.sites).toHaveLength(13);
    expect(parsed.texts).toContain('The withdrawal of MINUSMA from Mali, 2023–2024');
    expect(parsed.texts.some((text) => text.startsWith('20 December 2023'))).toBe(true);
    expect(parsed.texts).toEqual(expect.arrayContaining(['Open', 'Closed', 'Timbuktu', 'Gao']));
    expect(parsed.texts.some((text) => text.includes('S/2023/611'))).toBe(true);
    // Opened as an image, it draws: Mali's fill and the white bands around it.
    const shot = await page.context().newPage();
    await shot.setContent(
      `<img id="export" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
    );
    const png = await shot.locator('#export').screenshot();
    await shot.close();
    await attachPng(testInfo, 'export-view-svg.png', png);
    expect((await pixels.analyseColours(png)).distinct).toBeGreaterThan(8);
    expect(engineFiles).toEqual([]);
  });

  test('the phase sheet: one panel per phase and sequence, as PNG and as a printable page', async ({
    map,
    page,
    pixels,
  }, testInfo) => {
    await map.open();
    const { body: png } = await exportFile(page, 'Phase sheet (PNG)');
    await attachPng(testInfo, 'phase-sheet', png);
    // The maps are found by Mali's own paper-white fill, two columns of them: one per
    // closure window of the compiled timeline, liquidation aside.
    const windows = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')).windows as {
      id: string;
    }[];
    const phases = windows.filter((window) => window.id !== 'liquidation');
    expect(phases.map((window) => window.id)).toEqual(['phase-1', 'seq-a', 'seq-b', 'seq-c']);
    const maps = (await pixels.colourBands(png, MALI_FILL, 2, 0.01))
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
        (await pixels.analyseColours(png, { closing: STATUS_STYLES.closing.fill }, 10, region))
          .shares.closing ?? 0,
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
      pixels,
    }, testInfo) => {
      await map.open();
      const canRecord = await page.evaluate(
        () => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm'),
      );
      expect(canRecord, 'headless Chromium records WebM').toBe(true);
      await page.getByText('Export', { exact: true }).click();
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Video of the animation (WebM)' }).click();
      // A few seconds of the animation make a video to look at: once the map (the SVG map:
      // the video never starts the engine) has played from 16 June to 15 July, the start of
      // phase one, the briefer pauses, which ends the recording as the animation's own end
      // does. Counted in days shown, not in seconds, so a busy machine cannot shorten it.
      await expect
        .poll(
          async () =>
            ((await page.locator('.static-map').getAttribute('data-day')) ?? '') >= '2023-07-15',
          { timeout: 60_000 },
        )
        .toBe(true);
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      const download = await downloaded;
      expect(download.suggestedFilename()).toBe('minusma-withdrawal.webm');
      const video = readFileSync(await download.path());
      expect(video.length).toBeGreaterThan(10_000);
      // Each frame carries the title and the date over the map, as the image export does:
      // a frame's header band is white with dark type, and the map fills the middle. The
      // frame read is the recording's middle, wherever a busy machine put its seconds.
      const frame = await pixels.videoFrame(video, 0.5);
      await attachPng(testInfo, 'video-frame', frame);
      const { width, height } = pngSize(frame);
      const header = { x: 0, y: 0, width, height: 80 };
      const middle = { x: 0, y: Math.round(height / 2) - 20, width, height: 40 };
      // White: every channel above 235; dark: every channel below 90.
      const white = async (region: Region) =>
        (await pixels.analyseColours(frame, { white: '#ffffff' }, 19, region)).shares.white;
      const dark = (await pixels.analyseColours(frame, { dark: '#000000' }, 89, header)).shares
        .dark;
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
      const download = await downloadFrom(page, 'Phase sheet (PNG)');
      expect(download.suggestedFilename()).toBe('minusma-phases.png');
      await expect(status).toHaveText('Saved.');
    });
  });
});
