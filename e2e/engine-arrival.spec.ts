/**
 * A reader who takes the slider as the map engine arrives: each day is answered at
 * once by the SVG map, and the WebGL map, whose first frame is one long task, waits
 * until the hand lets go (src/map/readerPause.ts).
 */
import { expect, test } from './fixtures.ts';
import { MAPLIBRE_CHUNK } from './map-driver.ts';
import { StaticPageDriver } from './static-driver.ts';

test('a reader dragging the slider as the map engine arrives is answered by the SVG map, and the WebGL map starts when they let go', async ({
  page,
  map,
  reader,
}) => {
  const releaseEngine = await map.holdEngine();
  const html = new StaticPageDriver(page);
  await map.visit();
  const firstDay = (await reader.date.textContent()) ?? '';
  const allOpen = await html.svgStatuses();
  expect(new Set(Object.values(allOpen))).toEqual(new Set(['open']));

  // The app has taken the page over once a key on the slider moves the day.
  await expect(async () => {
    await reader.slider.press('End');
    await expect(reader.date).not.toHaveText(firstDay, { timeout: 1_000 });
  }).toPass();
  await reader.slider.press('Home');
  await expect(reader.date).toHaveText(firstDay);

  // The reader takes the slider's thumb and drags it; the engine arrives mid-drag.
  const track = await reader.slider.boundingBox();
  if (!track) throw new Error('no slider on the page');
  const y = track.y + track.height / 2;
  await page.mouse.move(track.x + 4, y);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width * 0.5, y, { steps: 5 });
  const engineArrived = page.waitForResponse(MAPLIBRE_CHUNK);
  releaseEngine();
  await engineArrived;
  await page.mouse.move(track.x + track.width * 0.8, y, { steps: 5 });
  // Answered by the SVG map: the dragged-to day, with sites no longer open.
  await expect(reader.date).not.toHaveText(firstDay);
  await expect
    .poll(async () => Object.values(await html.svgStatuses()).filter((s) => s !== 'open').length)
    .toBeGreaterThan(0);
  expect(await html.svgStatuses()).toEqual(await reader.statuses());

  // The engine is in, the hand still holds the slider: no WebGL map yet. Counted in
  // frames, which the engine's own arrival (a long task) cannot shorten.
  await map.letFramesPass(90);
  await expect(map.canvas).toHaveCount(0);

  await page.mouse.up();
  await map.waitForFirstRender(90_000);
  // It draws the day the reader left the slider on (which the address keeps).
  const leftOn = await expect
    .poll(() => new URL(page.url()).searchParams.get('date'))
    .toMatch(/^\d{4}-\d\d-\d\d$/)
    .then(() => new URL(page.url()).searchParams.get('date') ?? '');
  await reader.waitForPaintedDay(leftOn);
});
