import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// The clicker cannot scroll: every step of both stories must fit the projector's screen.

/**
 * What does not fit on screen now: the panel scrolls, the page scrolls, or a line of
 * the panel's text lies past the screen's edge or past the panel's own (clipped) box.
 */
async function whatDoesNotFit(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const panel = document.querySelector<HTMLElement>('.present-panel');
    if (!panel) return ['no panel'];
    if (panel.scrollHeight > panel.clientHeight + 1)
      problems.push(`the panel scrolls (${panel.scrollHeight} > ${panel.clientHeight})`);
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollHeight > window.innerHeight + 1)
      problems.push(`the page scrolls (${root.scrollHeight} > ${window.innerHeight})`);
    const box = panel.getBoundingClientRect();
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.width === 0 || line.height === 0) continue;
        const out =
          line.bottom > Math.min(window.innerHeight, box.bottom) + 1 ||
          line.right > Math.min(window.innerWidth, box.right) + 1 ||
          line.top < Math.max(0, box.top) - 1 ||
          line.left < Math.max(0, box.left) - 1;
        if (out) {
          problems.push(
            `“${node.textContent.trim().slice(0, 40)}” at y ${Math.round(line.bottom)}`,
          );
          break;
        }
      }
    }
    return problems;
  });
}

const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

for (const screen of SCREENS) {
  for (const view of ['plan', 'reported'] as const) {
    test(`every step of the ${view} story fits a ${screen.width}×${screen.height} screen, in French`, async ({
      map,
      page,
    }) => {
      test.slow();
      await page.setViewportSize(screen);
      // The first step of both stories: Mali's request of 16 June 2023.
      await map.open(`date=2023-06-16&present=1&view=${view}&lang=fr`, 90_000);
      const date = page.locator('.present-panel .present-date');
      const step = page.locator('.present-panel .present-step');
      // The deck says how many steps it has ("événement 1 sur 30"): each is walked, with
      // the clicker's key, to the last ("… 30 sur 30").
      const total = Number(/ sur (\d+)$/.exec((await step.textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(10);
      await expect(step).toHaveText(new RegExp(`\\b1 sur ${total}$`));
      const misfits: string[] = [];
      for (let steps = 1; ; steps++) {
        const shown = (await date.textContent()) ?? '';
        for (const problem of await whatDoesNotFit(page)) misfits.push(`${shown}: ${problem}`);
        if (steps === total) break;
        await page.keyboard.press('PageDown');
        await expect(step).toHaveText(new RegExp(`\\b${steps + 1} sur ${total}$`));
        await expect(date).not.toHaveText(shown);
      }
      expect(misfits).toEqual([]);
    });
  }
}
