/**
 * The exports draw from the same drawing as the SVG map, with no map engine: given the
 * map on a day, when the reader downloads the view as SVG, then the file is vectors
 * (paths and text, no embedded picture) with the title, the day, the legend and the
 * sources; and no file of the engine was fetched for it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { MAP_ENGINE_FILES } from './map-driver.ts';

test('the view as SVG: paths and text, with the title, the day, the legend and the sources', async ({
  page,
  map,
}, testInfo) => {
  const engineFiles: string[] = [];
  page.on('request', (request) => {
    if (MAP_ENGINE_FILES.test(new URL(request.url()).pathname)) engineFiles.push(request.url());
  });
  await map.open('date=2023-12-20&view=reported');
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'This view as vectors (SVG)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('minusma-2023-12-20.svg');
  const svg = readFileSync(await download.path(), 'utf8');
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
  await testInfo.attach('export-view-svg.png', { body: png, contentType: 'image/png' });
  expect((await map.analyseColours(png)).distinct).toBeGreaterThan(8);
  expect(engineFiles).toEqual([]);
});
