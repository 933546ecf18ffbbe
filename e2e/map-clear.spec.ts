/**
 * No site under the page's own parts: at the usual laptop and desktop sizes, in both
 * stories, at every event a reader steps to with "Next event", every site's symbol on
 * the SVG map is in sight and clear of every element drawn over the map (those marked
 * `data-over-map`: the caption, whose story it is, the notices, the zoom buttons, the
 * credits, the scale bar…), and no site's name lies over another site's symbol.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pageAddress } from './map-driver.ts';
import { holdRequests, MAP_ENGINE_FILES } from './requests.ts';
import { StaticPageDriver } from './static-driver.ts';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/**
 * Opens the app at `query` in a window of `size` with the engine held back, so that the
 * SVG map is the map, and waits for it.
 */
async function openSvgMap(page: Page, size: { width: number; height: number }, query: string) {
  await holdRequests(page, MAP_ENGINE_FILES);
  await page.setViewportSize(size);
  await page.goto(pageAddress(query));
  await expect(page.locator('.map')).toHaveAttribute('data-map-ready', 'true');
}

interface Step {
  day: string;
  /** The classes of the parts over the map found on screen. */
  parts: string[];
  /** "site under part, part", for each site covered; "site out of sight" for one off the map. */
  offenders: string[];
}

/**
 * Presses the timeline's `button` ("Next event", "Previous event"; none for the day
 * shown), lets the page lay out and draw, then reads every box at once.
 */
function step(page: Page, button: string | null): Promise<Step> {
  return page.evaluate(async (button) => {
    if (button)
      document
        .querySelector<HTMLButtonElement>(`.timeline-controls button[aria-label="${button}"]`)
        ?.click();
    // Two frames: React's commit, then any framing its layout brought.
    for (let frame = 0; frame < 2; frame += 1)
      await new Promise((resolve) => requestAnimationFrame(resolve));
    const map = document.querySelector('.static-map');
    if (!map) return { day: '', parts: [], offenders: ['no SVG map'] };
    const area = map.getBoundingClientRect();
    const parts = [...document.querySelectorAll('[data-over-map]')]
      .map((element) => ({
        name: String(element.classList[0] ?? element.tagName),
        box: element.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const offenders: string[] = [];
    const drawn = [...map.querySelectorAll<SVGGElement>('.static-site')].map((site) => {
      // The symbol: the site's glyph and rings, not its name, not a fading old glyph.
      const shapes = [...site.children].filter(
        (child) => child.tagName !== 'text' && !child.classList.contains('static-glyph-leaving'),
      );
      const boxes = shapes.map((shape) => shape.getBoundingClientRect());
      const symbol = {
        left: Math.min(...boxes.map((b) => b.left)),
        top: Math.min(...boxes.map((b) => b.top)),
        right: Math.max(...boxes.map((b) => b.right)),
        bottom: Math.max(...boxes.map((b) => b.bottom)),
      };
      const name = site.querySelector('text')?.getBoundingClientRect() ?? null;
      return { id: site.dataset.siteId, symbol, name };
    });
    // No name over another site's glyph (its own ring of a hub may reach a name: not
    // a glyph's 20 px, which is what a reader must see).
    for (const { id, name } of drawn)
      for (const other of drawn) {
        if (!name || other.id === id) continue;
        const cx = (other.symbol.left + other.symbol.right) / 2;
        const cy = (other.symbol.top + other.symbol.bottom) / 2;
        if (name.left < cx + 8 && cx - 8 < name.right && name.top < cy + 8 && cy - 8 < name.bottom)
          offenders.push(`${id}'s name over ${other.id}`);
      }
    for (const { id, symbol } of drawn) {
      if (
        symbol.left < area.left ||
        symbol.top < area.top ||
        symbol.right > area.right ||
        symbol.bottom > area.bottom
      )
        offenders.push(`${id} out of sight`);
      const over = parts.filter(
        ({ box }) =>
          symbol.left < box.right &&
          box.left < symbol.right &&
          symbol.top < box.bottom &&
          box.top < symbol.bottom,
      );
      if (over.length > 0) offenders.push(`${id} under ${over.map((p) => p.name).join(', ')}`);
    }
    return {
      day: map.getAttribute('data-day') ?? '',
      parts: parts.map((part) => part.name),
      offenders,
    };
  }, button);
}

/**
 * Steps through a story's events with `button` until the day stops changing; returns
 * the days met and what was found covered on each.
 */
async function walk(page: Page, button: string) {
  const days: string[] = [];
  const offenders: string[] = [];
  const parts = new Set<string>();
  for (let press: string | null = null; ; press = button) {
    const shown = await step(page, press);
    if (days.includes(shown.day)) break;
    days.push(shown.day);
    for (const part of shown.parts) parts.add(part);
    offenders.push(...shown.offenders.map((offender) => `${shown.day}: ${offender}`));
  }
  return { days, offenders, parts };
}

for (const size of SIZES) {
  test(`no site under the caption or the map's controls, nor under a name, at ${size.width}×${size.height}, at every event of both stories`, async ({
    page,
  }) => {
    // The SVG map is the map here: the engine would only come with a zoom.
    await openSvgMap(page, size, 'date=2023-06-16');
    await expect(page.locator('.static-scale')).toBeVisible();
    // The plan from its first event to its last, then what happened from the end back.
    const plan = await walk(page, 'Next event');
    await page.getByRole('button', { name: 'As it happened' }).click();
    await expect(page.locator('.static-map')).toHaveAttribute('data-view', 'reported');
    // From the timeline's last day, past any event of this story later than the plan's.
    await page.getByRole('slider').first().press('End');
    const reported = await walk(page, 'Previous event');
    // Every event was stepped to, and the parts that cover the map were there to check.
    expect(plan.days.length).toBeGreaterThan(15);
    expect(reported.days.length).toBeGreaterThan(15);
    expect(reported.days.at(-1)).toBe('2023-06-16');
    expect([...plan.parts, ...reported.parts]).toEqual(
      expect.arrayContaining([
        'caption',
        'view-banner',
        'zoom-controls',
        'static-credits',
        'static-scale',
      ]),
    );
    const offenders = [
      ...plan.offenders.map((offender) => `plan, ${offender}`),
      ...reported.offenders.map((offender) => `reported, ${offender}`),
    ];
    expect(offenders, `${offenders.length} site-steps under a part`).toEqual([]);
  });
}

test('the engine, brought by a zoom, takes over where the SVG map was and frames Mali in the same free area', async ({
  page,
  map,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const release = await map.holdEngine();
  // A day whose caption is long: before Mali was framed beside it, Bamako lay under it.
  await map.open('date=2023-10-16&view=reported');
  const fitted = await map.svgMaliBox();
  // Where each site lies in Mali's box, as the SVG map draws it.
  const fractions = await page.evaluate(() => {
    const frame = document.querySelector('.static-map-frame')?.getBoundingClientRect();
    if (!frame) throw new Error('no SVG map');
    return [...document.querySelectorAll<SVGGElement>('.static-site')].map((site) => {
      const target = site.querySelector('.static-site-target')?.getBoundingClientRect();
      if (!target) throw new Error('a site without its symbol');
      return {
        id: site.dataset.siteId ?? '',
        x: (target.left + target.width / 2 - frame.left) / frame.width,
        y: (target.top + target.height / 2 - frame.top) / frame.height,
      };
    });
  });
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = await map.svgMaliBox();
  release();
  await expect(map.container).toHaveAttribute('data-engine', 'ready', { timeout: 60_000 });
  const takenOver = await map.engineMaliBox();
  for (const side of ['west', 'north', 'east', 'south'] as const)
    expect(Math.abs(takenOver[side] - zoomed[side]), `zoomed, ${side}`).toBeLessThanOrEqual(2);
  // Mali fitted again, now by the engine: where the SVG map framed it, beside the caption.
  await page.getByRole('button', { name: 'Show all of Mali again' }).click();
  await expect(page.locator('.zoom-reset')).toHaveCount(0);
  const engine = await map.engineMaliBox();
  for (const side of ['west', 'north', 'east', 'south'] as const)
    expect(Math.abs(engine[side] - fitted[side]), `fitted, ${side}`).toBeLessThanOrEqual(2);
  const offenders = await page.evaluate(
    ({ engine, fractions }) => {
      const area = document.querySelector('.map')?.getBoundingClientRect();
      if (!area) throw new Error('no map');
      const parts = [...document.querySelectorAll('[data-over-map]')]
        .map((element) => ({
          name: String(element.classList[0]),
          box: element.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      // The engine draws a site's symbol and hub ring up to 15 px from its centre.
      const r = 15;
      return fractions.flatMap(({ id, x, y }) => {
        const cx = area.left + engine.west + x * (engine.east - engine.west);
        const cy = area.top + engine.north + y * (engine.south - engine.north);
        return parts
          .filter(
            ({ box }) =>
              cx - r < box.right && box.left < cx + r && cy - r < box.bottom && box.top < cy + r,
          )
          .map(({ name }) => `${id} under ${name}`);
      });
    },
    { engine, fractions },
  );
  expect(offenders).toEqual([]);
});

for (const [size, lang] of [
  [{ width: 900, height: 560 }, 'en'],
  [{ width: 1024, height: 640 }, 'fr'],
  [{ width: 1280, height: 720 }, 'en'],
] as const) {
  test(`every site's name is whole inside the map in an embed ${size.width}×${size.height} (${lang}), where Mali is small, and no country's name runs into another's`, async ({
    page,
  }) => {
    await openSvgMap(page, size, `embed=1&date=2023-10-16&view=reported&lang=${lang}`);
    // The framing measured from the parts over the map is applied by then.
    await expect(page.locator('.static-map')).toHaveAttribute('style', /--inset-left/);
    const cut = await page.evaluate(() => {
      const area = document.querySelector('.static-map')?.getBoundingClientRect();
      if (!area) return ['no SVG map'];
      return [...document.querySelectorAll<SVGGElement>('.static-site')].flatMap((site) =>
        [...site.querySelectorAll('text')]
          .map((text) => text.getBoundingClientRect())
          .filter(
            (box) =>
              box.width > 0 &&
              (box.left < area.left ||
                box.right > area.right ||
                box.top < area.top ||
                box.bottom > area.bottom),
          )
          .map((box) => `${site.dataset.siteId}: ${Math.round(box.right - area.right)} px past`),
      );
    });
    expect(cut, 'names cut by the map’s edge').toEqual([]);
    // Mali's neighbours at least: Algeria, Niger, Burkina Faso, Guinea, Senegal, Mauritania.
    const countries = await new StaticPageDriver(page).countryNames();
    expect(countries.shown.length).toBeGreaterThanOrEqual(6);
    expect(countries.crossing).toEqual([]);
  });
}
