import { STATUS_STYLES } from '../src/symbols/symbols.ts';
import { attachScreenshot } from './attach.ts';
import { expect, test } from './fixtures.ts';

test.describe('a reader scrubbing the withdrawal', () => {
  test.describe('with motion', () => {
    test.use({ reducedMotion: 'no-preference' });

    // One engine for the map's four days: its first frames cost seconds of software
    // WebGL, each later day a frame or two. The slider's track is one unit a day in 2023,
    // from 16 June (unit 0); each move is checked against the date the page shows.
    test('the WebGL map draws the day: a dated URL, then the slider to the start, to sequence c and to the end', async ({
      map,
      reader,
      page,
      pixels,
    }, testInfo) => {
      const closingColours = {
        closing: STATUS_STYLES.closing.fill,
        drawdown: STATUS_STYLES.drawdown.fill,
      };
      const sharesOnCanvas = async (name: string) =>
        (await pixels.analyseColours(await map.screenshotCanvas(testInfo, name), closingColours))
          .shares;
      let closingOn12August = 0;

      await test.step('a dated URL shows that day: statuses in the list, the event caption, the map', async () => {
        await map.openWithEngine('date=2023-08-12&lang=en');
        await expect(reader.date).toHaveText('12 August 2023');
        await expect(page.locator('.timeline-window')).toHaveText('Phase one');
        expect(await reader.statuses()).toMatchObject({
          ber: 'closed',
          ogossagou: 'closed',
          goundam: 'closing',
          menaka: 'closing',
          tessalit: 'open',
          gao: 'open',
        });
        await expect(page.locator('.caption')).toContainText('Ber: handover procedures conducted');
        await expect(page.locator('.counter')).toHaveText('11 of 13 sites not yet closed');
        await reader.waitForPaintedDay('2023-08-12');
        const png = await map.screenshotCanvas(testInfo, 'map-12-august');
        const colours = await pixels.analyseColours(png, {
          open: STATUS_STYLES.open.fill,
          closing: STATUS_STYLES.closing.fill,
        });
        // Open sites in blue and closing ones in orange are drawn on the map.
        expect(colours.shares.open).toBeGreaterThan(0.0005);
        expect(colours.shares.closing).toBeGreaterThan(0.0002);
        closingOn12August = colours.shares.closing ?? 0;
      });

      await test.step('at the start no site is closing', async () => {
        await reader.sendSliderValues([4]);
        await expect(reader.date).toHaveText('20 June 2023');
        await reader.waitForPaintedDay('2023-06-20');
        // A reader's move shows the new day outright (no cross-fade), however many frames
        // the software renderer takes to show it.
        await expect
          .poll(async () => (await sharesOnCanvas('map-20-june')).closing)
          .toBeLessThan(0.00001);
      });

      await test.step('in sequence c Ansongo is closing and Gao drawing down', async () => {
        await reader.sendSliderValues([187]);
        await expect(reader.date).toHaveText('20 December 2023');
        expect(await reader.statusOf('ansongo')).toBe('closing');
        expect(await reader.statusOf('gao')).toBe('drawdown');
        expect(await reader.statusOf('mopti')).toBe('closed');
        await reader.waitForPaintedDay('2023-12-20');
        await expect
          .poll(async () => {
            const shares = await sharesOnCanvas('map-20-december');
            return Math.min(shares.closing ?? 0, shares.drawdown ?? 0);
          })
          .toBeGreaterThan(0.00002);
      });

      await test.step('the map follows the slider, not only the list: End', async () => {
        await reader.slider.focus();
        await reader.slider.press('End');
        await reader.waitForPaintedDay('2024-12-31');
        // The closing orange leaves the canvas.
        await expect
          .poll(async () => (await sharesOnCanvas('map-31-december-2024')).closing)
          .toBeLessThan(closingOn12August / 4);
      });
    });

    test('play moves the date forward and pause stops it', async ({ map, reader, page }) => {
      await map.open('date=2023-09-05');
      const play = page.locator('.play-button');
      await expect(play).toHaveAttribute('aria-pressed', 'false');
      await play.click();
      await expect(play).toHaveAttribute('aria-pressed', 'true');
      // A toggle keeps its name while pressed (WAI-ARIA's button pattern).
      await expect(play).toHaveAccessibleName('Play');
      await expect(reader.date).not.toHaveText('5 September 2023');
      await play.click();
      await expect(play).toHaveAttribute('aria-pressed', 'false');
      const stopped = await reader.date.textContent();
      // Playback moves a day every few frames: sixty frames would show a clock still running.
      await map.letFramesPass(60);
      await expect(reader.date).toHaveText(stopped ?? '');
    });
  });

  test('the slider follows the keyboard: arrows a day, Page Up/Down an event, Home/End the ends', async ({
    page,
    map,
    reader,
  }) => {
    await map.open('date=2023-08-11');
    // A date change is drawn from what the page has: it asks the server for nothing,
    // not even the favicon, which Chromium fetches again when the address changes.
    const requested: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requested.push(request.url());
    });
    await reader.slider.focus();
    await reader.pressOnSlider('ArrowRight', '12 August 2023');
    await expect(reader.slider).toHaveAttribute('aria-valuetext', /12 August 2023/);
    expect(await reader.statusOf('ber')).toBe('closed');
    await reader.pressOnSlider('ArrowLeft', '11 August 2023');
    expect(await reader.statusOf('ber')).toBe('closing');
    for (const [key, day] of [
      ['PageDown', '12 August 2023'],
      ['PageDown', '13 August 2023'],
      ['PageUp', '12 August 2023'],
      ['Home', '16 June 2023'],
      ['End', '31 December 2024'],
    ] as const)
      await reader.pressOnSlider(key, day);
    expect(await reader.statusOf('tombouctou')).toBe('liquidation');
    await expect(page).toHaveURL(/date=2024-12-31/);
    await map.letFramesPass(30);
    expect(requested, 'requests made by the date changes').toEqual([]);
  });

  test('the buttons step through events, and the URL follows without flooding history', async ({
    map,
    reader,
    page,
  }) => {
    await map.open('date=2023-08-03');
    const historyLength = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(reader.date).toHaveText('12 August 2023');
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(reader.date).toHaveText('3 August 2023');
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(page).toHaveURL(/date=2023-08-12/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('a site card shows the facts and the letter’s sentences with their source', async ({
    map,
    reader,
    page,
  }, testInfo) => {
    await map.open('date=2023-08-20');
    await reader.row('ber').getByRole('button').click();
    await expect(reader.card).toHaveAttribute('data-site-id', 'ber');
    await expect(reader.card.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(reader.card.locator('[data-handover="reported"]')).toHaveText(
      '12 August 2023 (the letter’s day)',
    );
    await expect(reader.card.locator('blockquote').first()).toContainText(
      'Ber, Goundam, Ménaka et Ogossagou',
    );
    await expect(
      reader.card.getByRole('link', { name: 'Original on undocs.org' }).first(),
    ).toHaveAttribute('href', 'https://undocs.org/en/S/2023/611');
    await expect(page).toHaveURL(/site=ber/);
    await attachScreenshot(testInfo, 'card', page);
    await reader.row('goundam').getByRole('button').click();
    await expect(reader.card).toContainText(
      'by 31 August 2023 (planned; the letter gives only the window)',
    );
    await page.keyboard.press('Escape');
    await expect(reader.card).toBeHidden();
  });

  test('switching to French translates the page and keeps the quotes in French', async ({
    map,
    reader,
    page,
  }) => {
    await map.open('date=2023-08-12&site=ber&lang=en');
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await expect(page.locator('h1')).toHaveText('Le retrait de la MINUSMA du Mali, 2023–2024');
    await expect(reader.date).toHaveText('12 août 2023');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(reader.card).toContainText('le 12 août 2023 (jour donné par la lettre)');
    await expect(page).toHaveURL(/lang=fr/);
  });

  test('a URL with bad values still opens, and says what it ignored', async ({
    map,
    reader,
    page,
  }) => {
    await map.open('date=2023-02-30&site=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=xx');
    await expect(reader.date).toHaveText('16 June 2023');
    const notices = page.locator('.notices');
    await expect(notices).toContainText('could not be read');
    await expect(notices).toContainText('There is no site');
    await expect(notices).toContainText('not available');
    expect(await page.locator('.notices img').count()).toBe(0);
  });

  for (const size of [
    { width: 375, height: 667 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ]) {
    test(`fits a ${size.width}×${size.height} screen: the whole map and the slider in view, every label in its place`, async ({
      map,
      page,
    }, testInfo) => {
      await page.setViewportSize(size);
      await map.open('date=2023-08-12');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // The first screen shows the map whole (nothing over its south, where Bamako is)
      // and the slider with its buttons.
      await expect(page.getByRole('slider')).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: 'Next event' })).toBeInViewport({ ratio: 1 });
      const mapBox = await map.container.boundingBox();
      const timelineBox = await page.locator('.timeline').boundingBox();
      expect(mapBox && timelineBox).toBeTruthy();
      if (!mapBox || !timelineBox) return;
      expect(mapBox.height).toBeGreaterThanOrEqual(300);
      expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(timelineBox.y + 1);
      // Every band's label fits inside its band; the month labels do not touch.
      const bands = await page.locator('.timeline-band').evaluateAll((elements) =>
        elements.map((band) => ({
          id: band.getAttribute('data-window-id'),
          label: band.textContent,
          fits: band.scrollWidth <= band.clientWidth,
        })),
      );
      expect(bands.filter((band) => !band.fits)).toEqual([]);
      expect(bands.find((band) => band.id === 'phase-1')?.label).toBeTruthy();
      const months = await page
        .locator('.timeline-month')
        .evaluateAll((elements) =>
          elements.map((month) => month.getBoundingClientRect()).map((r) => [r.left, r.right]),
        );
      expect(months.length).toBeGreaterThanOrEqual(4);
      for (let i = 1; i < months.length; i++)
        expect(months[i]?.[0] ?? 0).toBeGreaterThan(months[i - 1]?.[1] ?? 0);
      // The step buttons draw their icons (the media characters are missing from fonts).
      for (const name of ['Previous event', 'Next event'])
        await expect(page.getByRole('button', { name }).locator('svg path')).toHaveCount(1);
      await attachScreenshot(testInfo, `layout-${size.width}x${size.height}`, page);
    });
  }

  test('on a phone the introduction waits behind About, which opens and closes it', async ({
    map,
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await map.open('date=2023-08-12');
    const intro = page.locator('#intro');
    const about = page.getByRole('button', { name: 'About' });
    await expect(intro).toBeHidden();
    await expect(about).toHaveAttribute('aria-expanded', 'false');
    await about.click();
    await expect(intro).toBeVisible();
    await expect(intro).toContainText('On 16 June 2023 Mali asked');
    await expect(about).toHaveAttribute('aria-expanded', 'true');
    await about.click();
    await expect(intro).toBeHidden();
    // On a laptop the introduction is simply there, and the button is not.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(intro).toBeVisible();
    await expect(about).toBeHidden();
  });

  // axe with a site card open, in both languages: accessibility.spec.ts.

  test('missing data gives an alert with a retry, not a blank page', async ({
    map,
    page,
    watchers,
  }) => {
    watchers.allowConsoleErrors('404');
    await map.replaceDataFile('data/sites.geojson', 'Not found', 404);
    await map.visit();
    const alert = map.loadAlert;
    await expect(alert).toContainText('data/sites.geojson');
    await expect(alert).toContainText('404');
    await page.unroute('**/data/sites.geojson');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await map.waitForFirstRender();
  });
});
