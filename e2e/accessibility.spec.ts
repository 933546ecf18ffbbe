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

interface TargetCheck {
  name: string;
  ring: boolean;
  width: number;
  height: number;
  /** WCAG 2.5.8's inline exception: a link among the words of a sentence. */
  inSentence: boolean;
  /** WCAG 2.5.8's spacing exception: a 24-px circle on its centre meets no other target. */
  spaced: boolean;
  download: boolean;
}

/** Runs in the page: the focused element as a pointer target (null on the body). */
function checkFocusedTarget(): TargetCheck | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  // In a sentence: the block the link sits in has words of its own besides the link's.
  let block = el.parentElement;
  while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  const ownWords = (block?.textContent ?? '').replace(el.textContent ?? '', '').trim();
  const inSentence = el.tagName === 'A' && /\p{L}{2,}/u.test(ownWords);
  // Spacing: the circle of 24 px diameter on this target's centre does not meet any other
  // target's box (nor, for another small target, that target's own circle).
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const others = [
    ...document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])',
    ),
  ]
    .filter((other) => other !== el && !other.contains(el) && !el.contains(other))
    .map((other) => other.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0);
  const spaced = others.every((rect) => {
    const dx = Math.max(rect.left - cx, 0, cx - rect.right);
    const dy = Math.max(rect.top - cy, 0, cy - rect.bottom);
    const small = rect.width < 24 || rect.height < 24;
    const centre = Math.hypot(cx - (rect.left + rect.width / 2), cy - (rect.top + rect.height / 2));
    return Math.hypot(dx, dy) >= 12 && (!small || centre >= 24);
  });
  return {
    name: `${el.tagName.toLowerCase()}.${el.className}:${(el.textContent ?? '').trim().slice(0, 30)}`,
    ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    width: Math.round(box.width),
    height: Math.round(box.height),
    inSentence,
    spaced,
    download: el.hasAttribute('download'),
  };
}

test.describe('keyboard and screen reader', () => {
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
    await expect(page.locator('h1')).toHaveText('Le retrait de la MINUSMA du Mali, 2023–2024');
    await page.locator('body').press('p');
    await expect(page.locator('.present-panel')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.present-panel')).toHaveCount(0);
  });

  for (const lang of ['en', 'fr'] as const) {
    test(`every control shows a focus ring and meets WCAG 2.5.8's 24×24 px target size, in ${lang}`, async ({
      map,
      page,
    }) => {
      await map.open(`date=2023-08-12&site=ber&lang=${lang}`);
      const seen = new Map<string, TargetCheck>();
      // Tab through the whole page, to the data downloads at the end of the sources panel.
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(checkFocusedTarget);
        if (!focus) continue;
        if (seen.has(focus.name)) {
          if (seen.size > 15 && [...seen.keys()][0] === focus.name) break;
          continue;
        }
        seen.set(focus.name, focus);
        expect(focus.ring, `focus ring on ${focus.name}`).toBe(true);
        expect(
          focus.inSentence || focus.spaced || (focus.width >= 24 && focus.height >= 24),
          `${focus.name}: ${focus.width}×${focus.height} px, not in a sentence, too close to another target`,
        ).toBe(true);
      }
      expect(seen.size).toBeGreaterThan(15);
      // The downloads are a list of links, not words in a sentence: they were checked as targets.
      const downloads = [...seen.values()].filter((target) => target.download);
      expect(downloads.length).toBeGreaterThanOrEqual(2);
      for (const target of downloads) expect(target.inSentence, target.name).toBe(false);
    });
  }

  test('screen readers hear the step’s talking points after the slider moves', async ({
    map,
    reader,
    page,
  }) => {
    await map.open('date=2023-08-11');
    await reader.slider.focus();
    await reader.slider.press('ArrowRight');
    const live = page.locator('[aria-live="polite"][aria-atomic="true"]');
    // The letter reports Ber handed over on 12 August and Ogossagou on the 3rd; the
    // releases, Ogossagou left on 4 August and Ber not before the 13th.
    await expect(live).toHaveText(
      '12 August 2023 — Ber handed over; according to the letters, 11 of 13 sites not yet closed; as reported, 12.',
    );
  });

  // Three days, both languages, and the site card open on two of them (its quotes, its
  // sources' links): what a reader meets, each checked by axe.
  for (const [date, lang, site] of [
    ['2023-06-16', 'en', null],
    ['2023-09-15', 'fr', 'ber'],
    ['2024-01-20', 'en', 'ber'],
  ] as const) {
    test(`axe finds no violation on ${date} in ${lang}${site ? `, ${site}'s card open` : ''}`, async ({
      map,
      page,
    }) => {
      await map.open(`date=${date}&lang=${lang}${site ? `&site=${site}` : ''}`);
      if (site) await expect(page.locator('#site-card')).toHaveAttribute('data-site-id', site);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
});
