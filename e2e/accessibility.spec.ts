import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Presses Tab until `predicate` holds for the focused element (at most `limit` times). */
async function tabTo(page: Page, predicate: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    // biome-ignore lint/security/noGlobalEval: the predicate is test code, evaluated in the page.
    if (await page.evaluate((code) => Boolean(eval(code)), predicate)) return;
  }
  throw new Error(`Tab never reached: ${predicate}`);
}

test.describe('keyboard and screen reader', () => {
  // Motion is not what these tests look at: with it reduced, the map stops drawing once
  // it is still, and the software renderer leaves the CPU to the test's own steps.
  test.use({ reducedMotion: 'reduce' });
  test('a keyboard-only journey: timeline, a site card, language, presentation', async ({
    map,
    reader,
    page,
  }) => {
    await map.open('date=2023-07-01');
    await tabTo(
      page,
      "document.activeElement?.getAttribute('role') === 'slider' || document.activeElement?.type === 'range'",
    );
    await page.keyboard.press('PageDown');
    await expect(reader.date).toHaveText('15 July 2023');
    await tabTo(page, 'document.activeElement?.closest(\'[data-site-id="ber"]\') !== null');
    await page.keyboard.press('Enter');
    await expect(reader.card).toHaveAttribute('data-site-id', 'ber');
    await expect(reader.card.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(reader.card).toBeHidden();
    await expect(reader.row('ber').getByRole('button')).toBeFocused();
    await tabTo(page, "document.activeElement?.classList.contains('lang-switch')");
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText('Le retrait de la MINUSMA du Mali, 2023');
    await page.locator('body').press('p');
    await expect(page.locator('.present-panel')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.present-panel')).toHaveCount(0);
  });

  test('every control shows a focus ring and is at least 24×24 px', async ({ map, page }) => {
    await map.open('date=2023-08-12&site=ber');
    const seen = new Set<string>();
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const inline =
          el.tagName === 'A' && getComputedStyle(el.parentElement ?? el).display !== 'flex';
        return {
          name: `${el.tagName.toLowerCase()}.${el.className}:${(el.textContent ?? '').trim().slice(0, 30)}`,
          ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
          width: box.width,
          height: box.height,
          inline,
        };
      });
      if (!focus || seen.has(focus.name)) continue;
      seen.add(focus.name);
      expect(focus.ring, `focus ring on ${focus.name}`).toBe(true);
      if (!focus.inline) {
        expect(Math.round(focus.width), `width of ${focus.name}`).toBeGreaterThanOrEqual(24);
        expect(Math.round(focus.height), `height of ${focus.name}`).toBeGreaterThanOrEqual(24);
      }
    }
    expect(seen.size).toBeGreaterThan(15);
  });

  test('screen readers hear the date and its events after the slider moves', async ({
    map,
    reader,
    page,
  }) => {
    await map.open('date=2023-08-11');
    await reader.slider.focus();
    await reader.slider.press('ArrowRight');
    const live = page.locator('[aria-live="polite"][aria-atomic="true"]');
    await expect(live).toHaveText(
      '12 August 2023: Ber: handover procedures conducted; withdrawal brought forward two days',
    );
  });

  for (const [date, lang] of [
    ['2023-06-16', 'en'],
    ['2023-09-15', 'fr'],
    ['2024-01-20', 'en'],
  ] as const) {
    test(`axe finds no violation on ${date} in ${lang}`, async ({ map, page }) => {
      await map.open(`date=${date}&lang=${lang}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});
