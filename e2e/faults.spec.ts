import { STATUS_STYLES } from '../src/symbols/symbols.ts';
import { expect, test } from './fixtures.ts';

test.describe('when the WebGL context is lost', () => {
  test('says so while it is lost, and the map comes back in the same state', async ({
    map,
    page,
    pixels,
  }, testInfo) => {
    await map.openWithEngine('date=2023-12-20&site=gao');
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.map canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!extension) throw new Error('WEBGL_lose_context is not available');
      (window as unknown as { loseContext: WEBGL_lose_context }).loseContext = extension;
      extension.loseContext();
    });
    await expect(page.locator('[data-problem="context-lost"]')).toBeVisible();
    await page.evaluate(() =>
      (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext(),
    );
    await expect(page.locator('[data-problem="context-lost"]')).toHaveCount(0);
    // The map has drawn again and put its state back: the day's symbols and the selection.
    await expect(map.container).toHaveAttribute('data-restored', '1');
    expect(await map.selectedFeatures()).toEqual(['gao']);
    const colours = await pixels.analyseColours(await map.screenshotCanvas(testInfo, 'restored'), {
      drawdown: STATUS_STYLES.drawdown.fill,
    });
    expect(colours.shares.drawdown).toBeGreaterThan(0.00002);
  });
});

test.describe('when the data files are broken', () => {
  for (const [name, body, expected] of [
    ['invalid JSON', '{"type": "FeatureCollection", ', 'not valid JSON'],
    [
      'JSON of the wrong shape',
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[0,0]},"properties":{"id":"nowhere"}}]}',
      'sites.geojson: feature 0',
    ],
  ] as const) {
    test(`names the problem with ${name}, and offers to retry`, async ({ map }) => {
      await map.replaceDataFile('data/sites.geojson', body);
      await map.visit();
      const alert = map.loadAlert;
      await expect(alert).toContainText(expected);
      await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    });
  }
});
