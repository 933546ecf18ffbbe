/**
 * The locator map: Africa with Mali highlighted and the map's view framed, written into
 * every page by the build (before any script) and kept by the app; its frame follows the
 * reader's zoom on the SVG map and, once it has taken over, on the engine.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pageAddress, startEngine } from './map-driver.ts';
import { holdRequests, MAP_ENGINE_FILES } from './requests.ts';
import { StaticPageDriver } from './static-driver.ts';

const EN = 'Locator map: Mali in Africa, with the part of it the map shows framed';
const FR = 'Carte de situation : le Mali en Afrique, avec la partie que montre la carte encadrée';

/** Africa's extent: Cap Vert, 17.53° W, to Ras Hafun, 51.28° E. */
const AFRICA_LON_SPAN = 51.28 - -17.53;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not drawn`);
  return found;
}

/** An SVG element's geometry in its drawing's units (getBBox: without the stroke). */
async function bbox(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).evaluate((element) => {
    const { x, y, width, height } = (element as SVGGraphicsElement).getBBox();
    return { x, y, width, height };
  });
}

const contains = (outer: Box, inner: Box, slack = 0.5) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

async function expectLocator(page: Page, name: string) {
  const locator = page.locator('.locator-map');
  await expect(locator).toBeVisible();
  await expect(locator).toHaveAttribute('role', 'img');
  await expect(locator).toHaveAttribute('aria-label', name);
  await expect(locator).toHaveAttribute('data-over-map', '');
  await expect(locator.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  // Not a stop for the keyboard.
  expect(await locator.locator('[tabindex], a, button').count()).toBe(0);
  // Mali drawn, in the west of Africa's north half, and framed by the view's rectangle.
  const africa = await box(page, '.locator-africa');
  const mali = await box(page, '.locator-mali');
  expect(contains(africa, mali)).toBe(true);
  const middleX = (mali.x + mali.width / 2 - africa.x) / africa.width;
  const middleY = (mali.y + mali.height / 2 - africa.y) / africa.height;
  expect(middleX).toBeGreaterThan(0.1);
  expect(middleX).toBeLessThan(0.35);
  expect(middleY).toBeGreaterThan(0.1);
  expect(middleY).toBeLessThan(0.4);
  expect(contains(await box(page, '.locator-frame'), mali)).toBe(true);
}

test('the locator is written into the page before its scripts run, and kept by the app', async ({
  page,
  map,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const html = new StaticPageDriver(page);
  await html.holdScripts();
  await html.open('', { waitUntil: 'commit' });
  await expectLocator(page, EN);
  await page.evaluate(() => {
    Object.assign(window, { writtenLocator: document.querySelector('.locator-map') });
  });
  html.releaseScripts();
  await map.waitForFirstRender(60_000);
  expect(
    await page.evaluate(
      () => (window as unknown as { writtenLocator: Element }).writtenLocator.isConnected,
    ),
  ).toBe(true);
  await expectLocator(page, EN);
});

for (const [where, path, query, name] of [
  ['the embed', 'embed/', 'date=2023-10-31', EN],
  ['presentation', '', 'present=1&date=2023-10-31&lang=fr', FR],
  ['an event page, in French', 'fr/2023-08-12/', '', FR],
] as const) {
  test(`the locator is on ${where}`, async ({ page, map }) => {
    await holdRequests(page, MAP_ENGINE_FILES);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(pageAddress(query, path));
    await map.waitForFirstRender(60_000);
    await expectLocator(page, name);
  });
}

test.describe('in the offline copy, opened from a file', () => {
  test.use({ baseURL: pathToFileURL(`${resolve(import.meta.dirname, '..', 'dist')}/`).href });
  test('the locator is there', async ({ page, context, map }) => {
    await context.setOffline(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await map.openPage('minusma-withdrawal-map.html', 'date=2023-08-12&lang=en');
    await expectLocator(page, EN);
  });
});

test('no locator on a phone, where it would crowd the map', async ({ page, map }) => {
  await holdRequests(page, MAP_ENGINE_FILES);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(pageAddress());
  await map.waitForFirstRender(60_000);
  await expect(page.locator('.locator-map')).toBeHidden();
});

test('the frame shrinks as the reader zooms in on the SVG map', async ({ page, map }) => {
  await holdRequests(page, MAP_ENGINE_FILES);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(pageAddress());
  await map.waitForFirstRender(60_000);
  const fitted = await bbox(page, '.locator-frame');
  // Fitted, the view reaches past Africa's west (the frame stops at the locator's edge):
  // one step in first, then two more of 2× each, a quarter of the width, the same middle.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await zoomIn.click();
  await expect
    .poll(async () => (await bbox(page, '.locator-frame')).width)
    .toBeLessThan(fitted.width);
  const once = await bbox(page, '.locator-frame');
  await zoomIn.click();
  await zoomIn.click();
  await expect
    .poll(async () => (await bbox(page, '.locator-frame')).width / once.width)
    .toBeCloseTo(0.25, 1);
  // Zoomed about the middle of the free area beside the caption: what is shown now was
  // inside what was shown before.
  const zoomed = await bbox(page, '.locator-frame');
  expect(zoomed.x).toBeGreaterThan(once.x);
  expect(zoomed.y).toBeGreaterThan(once.y);
  expect(zoomed.x + zoomed.width).toBeLessThan(once.x + once.width);
  expect(zoomed.y + zoomed.height).toBeLessThan(once.y + once.height);
});

/** The engine's view, west and east, from where it draws Mali's bounds (probes.ts, maliFrame.ts). */
async function engineLonSpan(page: Page): Promise<number> {
  const section = page.locator('section.map');
  const [west = 0, , east = 0] = ((await section.getAttribute('data-mali-box')) ?? '')
    .split(' ')
    .map(Number);
  const [width = 0] = ((await section.getAttribute('data-framed')) ?? '').split('x').map(Number);
  // Mali's bounds are 12.4° W to 4.4° E (src/map/maliFrame.ts, MALI_BOUNDS).
  return (width * (4.4 - -12.4)) / (east - west);
}

test('after the engine takes over, the frame is the engine’s view and follows its zoom', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(pageAddress());
  await startEngine(page, 90_000);
  const section = page.locator('section.map');
  const perDegree = (await bbox(page, '.locator-africa')).width / AFRICA_LON_SPAN;
  const check = async () => {
    const expected = perDegree * (await engineLonSpan(page));
    await expect
      .poll(async () => (await bbox(page, '.locator-frame')).width / expected)
      .toBeCloseTo(1, 1);
  };
  // Two steps in, so that the view lies within Africa's box (fitted, and one step in with
  // Mali framed right of the caption, it reaches past Africa's west, where the frame stops).
  const zoomIn = async () => {
    const probe = await section.getAttribute('data-mali-box');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(section).not.toHaveAttribute('data-mali-box', probe ?? '');
  };
  await zoomIn();
  await zoomIn();
  await check();
  const before = await bbox(page, '.locator-frame');
  await zoomIn();
  await check();
  expect((await bbox(page, '.locator-frame')).width / before.width).toBeCloseTo(0.5, 1);
});
