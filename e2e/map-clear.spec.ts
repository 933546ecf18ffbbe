/**
 * No site under the page's own parts: at the usual laptop and desktop sizes, in both
 * stories, at every event a reader steps to with "Next event", every site's symbol on
 * the SVG map is in sight and clear of every element drawn over the map (those marked
 * `data-over-map`: the caption, whose story it is, the notices, the zoom buttons, the
 * credits, the scale bar…).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { holdRequests, MAP_ENGINE_FILES, pageAddress } from './map-driver.ts';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

interface Step {
  day: string;
  /** The classes of the parts over the map found on screen. */
  parts: string[];
  /** "site under part", for each overlap; "site out of sight" for a site off the map. */
  offenders: string[];
}

/**
 * Steps to the next event with the timeline's button (unless `first`), lets the page
 * lay out and draw, then reads every box at once.
 */
function step(page: Page, first: boolean): Promise<Step> {
  return page.evaluate(async (first) => {
    if (!first) {
      const next = [...document.querySelectorAll<HTMLButtonElement>('.timeline-controls button')];
      next.find((button) => button.getAttribute('aria-label') === 'Next event')?.click();
    }
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
    for (const site of map.querySelectorAll<SVGGElement>('.static-site')) {
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
      const id = site.dataset.siteId;
      if (
        symbol.left < area.left ||
        symbol.top < area.top ||
        symbol.right > area.right ||
        symbol.bottom > area.bottom
      )
        offenders.push(`${id} out of sight`);
      for (const part of parts) {
        const overlaps =
          symbol.left < part.box.right &&
          part.box.left < symbol.right &&
          symbol.top < part.box.bottom &&
          part.box.top < symbol.bottom;
        if (overlaps) offenders.push(`${id} under ${part.name}`);
      }
    }
    return {
      day: map.getAttribute('data-day') ?? '',
      parts: parts.map((part) => part.name),
      offenders,
    };
  }, first);
}

for (const size of SIZES) {
  for (const story of ['plan', 'reported'] as const) {
    test(`no site under the caption or the map's controls, ${story} story, ${size.width}×${size.height}, at every event`, async ({
      page,
    }) => {
      // The SVG map is the map here: the engine would only come with a zoom.
      await holdRequests(page, MAP_ENGINE_FILES);
      await page.setViewportSize(size);
      await page.goto(pageAddress(`view=${story}&date=2023-06-16`));
      await expect(page.locator('.map')).toHaveAttribute('data-map-ready', 'true');
      await expect(page.locator('.static-scale')).toBeVisible();
      const offenders: string[] = [];
      const days: string[] = [];
      const partsSeen = new Set<string>();
      for (let first = true; ; first = false) {
        const shown = await step(page, first);
        if (days.includes(shown.day)) break;
        days.push(shown.day);
        for (const part of shown.parts) partsSeen.add(part);
        offenders.push(...shown.offenders.map((offender) => `${shown.day}: ${offender}`));
      }
      // Every event was stepped to, and the parts that cover the map were there to check.
      expect(days.length).toBeGreaterThan(15);
      expect([...partsSeen]).toEqual(
        expect.arrayContaining([
          'caption',
          'view-banner',
          'zoom-controls',
          'static-credits',
          'static-scale',
        ]),
      );
      expect(offenders, `${offenders.length} site-steps under a part`).toEqual([]);
    });
  }
}
