/**
 * Chromium started with --disable-3d-apis: maplibre's constructor throws, as on old
 * machines and locked-down browsers. (A file of its own: launch options force a new worker.)
 */
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { expect, test } from './fixtures.ts';

test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
  },
});

test('shows the SVG map, says what is missing, and the slider, list and cards keep working', async ({
  page,
  reader,
}, testInfo) => {
  await page.goto('./?date=2023-09-10');
  await expect(page.locator('[data-problem="no-webgl"]')).toContainText('WebGL is unavailable');
  const svg = page.locator('.static-map svg');
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(page.locator('.static-map [data-site-id="tessalit"]')).toHaveAttribute(
    'data-status',
    'closing',
  );
  await testInfo.attach('no-webgl', { body: await page.screenshot(), contentType: 'image/png' });
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
