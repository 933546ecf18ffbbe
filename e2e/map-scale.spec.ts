/**
 * The SVG map's scale bar measures the map as drawn: the ground distance between two
 * sites, by the haversine formula, over the bar's km per pixel, is their distance on
 * screen, fitted and zoomed in, in English and French.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pageAddress } from './map-driver.ts';
import { holdRequests, MAP_ENGINE_FILES } from './requests.ts';

// Goundam and Ménaka (GeoNames), near the latitude the bar is true at, 660 km apart.
type LonLat = readonly [number, number];
const GOUNDAM: LonLat = [-3.6708, 16.4145];
const MENAKA: LonLat = [2.4022, 15.9182];

function haversineKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

async function centre(page: Page, siteId: string) {
  const box = await page
    .locator(`.static-map [data-site-id="${siteId}"] circle`)
    .first()
    .boundingBox();
  if (!box) throw new Error(`${siteId} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function expectScaleMatchesSites(page: Page) {
  const scale = page.locator('.static-scale');
  await expect(scale).toBeVisible();
  const km = Number(await scale.getAttribute('data-km'));
  const barPx = (await page.locator('.static-scale-bar').boundingBox())?.width ?? 0;
  const a = await centre(page, 'goundam');
  const b = await centre(page, 'menaka');
  const screenPx = Math.hypot(a.x - b.x, a.y - b.y);
  const groundKm = haversineKm(GOUNDAM, MENAKA);
  // Mercator's error between 16° N and the bar's latitude is about 1 %; a bar that forgot Mercator would be 5 % off.
  expect(screenPx / (groundKm * (barPx / km))).toBeGreaterThan(0.975);
  expect(screenPx / (groundKm * (barPx / km))).toBeLessThan(1.025);
}

test('the scale bar is the map’s scale, fitted and zoomed in', async ({ page }) => {
  await holdRequests(page, MAP_ENGINE_FILES);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(pageAddress());
  await expectScaleMatchesSites(page);
  const km = Number(await page.locator('.static-scale').getAttribute('data-km'));
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('.static-scale')).not.toHaveAttribute('data-km', String(km));
  await expectScaleMatchesSites(page);
  await expect(page.locator('.static-scale')).toContainText(/km, true at 1\d° N/);
});

test('the scale bar speaks French', async ({ page }) => {
  await page.goto(pageAddress('lang=fr'));
  await expect(page.locator('.static-scale')).toContainText(/Échelle : \d+ km, exacte à 1\d° N/);
});
