/**
 * The offline copy for the meeting room: dist/minusma-withdrawal-map.html, copied to a
 * USB stick and opened by double-click, with no network. Opened here from file://,
 * with the browser offline; the fixture fails the test on any request that is not for
 * the file itself (or a data:/blob: URL made in the page).
 *
 * Expected statuses come from the sources, not from the code: the plan of 18 August
 * has Tessalit, Aguelhok and Douentza closing in sequence a (1 September–30 November)
 * and Kidal open until 1 December; as reported, the Mission left Tessalit on 21 October,
 * Aguelhok on 23 October and Kidal on 31 October without a handover, and Ansongo was
 * handed over on 18 November.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ABANDONED_STYLE, STATUS_STYLES } from '../src/symbols/symbols.ts';
import { expect, test } from './fixtures.ts';
import { letFramesPass } from './map-driver.ts';
import { ON_1_NOVEMBER_2023 } from './views-driver.ts';

const FILE = 'minusma-withdrawal-map.html';
const dist = resolve(import.meta.dirname, '..', 'dist');

test.describe('the offline copy, opened from a file with no network', () => {
  // The watchers compare each request's origin with the base URL's: a file's is "null".
  test.use({ baseURL: pathToFileURL(`${dist}/`).href });
  test.describe.configure({ timeout: 180_000 });

  test.beforeEach(async ({ context }) => {
    await context.setOffline(true);
  });

  test('no map engine starts before the reader zooms or pans (its code is in the file)', async ({
    page,
    map,
  }) => {
    await map.openPage(FILE, 'date=2023-08-12&lang=en');
    await letFramesPass(page, 60);
    await expect(map.svg.locator('.static-site')).toHaveCount(13);
    await expect(map.container).not.toHaveAttribute('data-engine');
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  });

  test('?date= ?view= ?lang=: the right statuses, in French, and the WebGL map drawn', async ({
    page,
    map,
    reader,
    pixels,
  }, testInfo) => {
    await map.openPage(FILE, 'date=2023-11-01&view=reported&lang=fr');
    await map.startEngine();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(reader.date).toHaveText('1er novembre 2023');
    expect(await reader.statuses()).toMatchObject({
      kidal: 'closed',
      tessalit: 'closed',
      aguelhok: 'closed',
      ansongo: 'open',
    });
    await expect(reader.row('kidal')).toHaveAttribute('data-departure', 'no-handover');
    await reader.waitForPaintedDay('2023-11-01');
    const png = await map.screenshotCanvas(testInfo, 'offline-copy-reported-fr');
    const colours = await pixels.analyseColours(png, {
      open: STATUS_STYLES.open.fill,
      leftWithoutHandover: ABANDONED_STYLE.outline,
    });
    testInfo.annotations.push({ type: 'colours', description: JSON.stringify(colours) });
    // WebGL drew the basemap, the open sites and the two left without a handover (Aguelhok, Kidal).
    expect(colours.distinct).toBeGreaterThan(10);
    expect(colours.shares.open).toBeGreaterThan(0.0002);
    expect(colours.shares.leftWithoutHandover).toBeGreaterThan(0.00005);

    // The plan on the same day, from the same file.
    await map.openPage(FILE, 'date=2023-11-01&view=plan&lang=en');
    expect(await reader.statuses()).toMatchObject(ON_1_NOVEMBER_2023.plan);
    // The file offers no copy of itself: it has nothing beside it to download.
    await page.getByText('Export', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Image of this view (PNG)' })).toBeVisible();
    await expect(page.locator('.export-download')).toHaveCount(0);
  });

  test('index.html double-clicked: its scripts are refused, and it points at the offline copy, which works', async ({
    page,
    map,
    reader,
    watchers,
  }) => {
    // The browser refuses a file's module scripts and stylesheets, and says so: that is the case.
    watchers.allowConsoleErrors('CORS policy', 'net::ERR_FAILED');
    // The built page itself, from disk: no first render to wait for, its scripts are refused.
    await map.visit('', { path: 'index.html' });
    await expect(page.getByText('Interactive map: the withdrawal of MINUSMA')).toBeVisible();
    await page.getByRole('link', { name: 'Opened from a file? The offline copy' }).click();
    await expect(page).toHaveURL(new RegExp(`/${FILE}$`));
    await map.waitForFirstRender();
    await expect(reader.row('gao')).toBeVisible();
  });

  test('?present=1: a briefer steps through the events with the clicker', async ({ page, map }) => {
    await map.openPage(FILE, 'present=1&date=2023-08-12&lang=en');
    const panel = page.locator('.present-panel');
    await expect(panel.locator('.present-date')).toHaveText('12 August 2023');
    await page.keyboard.press('PageDown');
    await expect(panel.locator('.present-date')).toHaveText('13 August 2023');
  });
});

test('the Export menu offers the offline copy with its size, and the download is that file', async ({
  page,
  map,
}) => {
  await map.open('lang=fr');
  await page.getByText('Exporter', { exact: true }).click();
  const link = page.locator('.export-download');
  const bytes = statSync(resolve(dist, FILE)).size;
  // Its size as a French reader writes it (a decimal comma, Mo), from the file on disk.
  const size = `${(bytes / 1e6).toFixed(1).replace('.', ',')}\u00a0Mo`;
  await expect(link).toHaveText(`Copie hors ligne (HTML, ${size})`);
  await expect(link).toHaveAccessibleDescription(/sans réseau/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(FILE);
  const saved = await download.path();
  expect(statSync(saved).size).toBe(bytes);
});
