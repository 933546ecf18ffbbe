import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { attachScreenshot } from './attach.ts';
import { expect, test } from './fixtures.ts';

/**
 * Whose story the room sees stays on screen, not behind the panel: the banner says
 * `story`, and at each of its corners (2 px in) the topmost element is the banner.
 */
async function expectStoryInView(page: Page, story: string): Promise<void> {
  const banner = page.locator('.view-banner');
  await expect(banner).toContainText(story);
  const onTop = await banner.evaluate((self) => {
    const box = self.getBoundingClientRect();
    return [
      [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2],
      [box.left + 2, box.bottom - 2],
      [box.right - 2, box.bottom - 2],
    ].map(([x = 0, y = 0]) => self.contains(document.elementFromPoint(x, y)));
  });
  expect(onTop).toEqual([true, true, true, true]);
}

test.describe('a briefer presenting in a meeting', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('P starts presenting; the clicker keys step through events with what changed and the quote', async ({
    map,
    reader,
    page,
  }, testInfo) => {
    await map.open('date=2023-08-03');
    await page.keyboard.press('p');
    const panel = page.locator('.present-panel');
    await expect(panel).toBeVisible();
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('.panel')).toBeHidden();
    await expect(page).toHaveURL(/present=1/);
    await page.keyboard.press('PageDown');
    await expect(panel.locator('.present-date')).toHaveText('12 August 2023');
    // The deck's 16 event days, from 16 June to 1 January; 12 August is the 8th
    // (16, 21, 27, 30 June, 15 July, 2, 3, 12 August).
    await expect(panel.locator('.present-window')).toHaveText('Phase one · event 8 of 16');
    await expect(panel).toContainText('Ber: handover procedures conducted');
    await expect(panel.locator('blockquote')).toContainText(
      'restitution officielle du camp de Ber',
    );
    await expect(panel.locator('.present-changes [data-site-id="ber"]')).toContainText(
      'Closing → Closed',
    );
    await expect(page).toHaveURL(/date=2023-08-12/);
    // The date text is readable from the back of a room: at least 48 px on a 1080p projector.
    const size = await panel
      .locator('.present-date')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(48);
    await expectStoryInView(page, 'The plan of 18 August 2023');
    await attachScreenshot(testInfo, 'presenting', page);
    await page.keyboard.press(' ');
    await expect(panel.locator('.present-date')).toHaveText('13 August 2023');
    await page.keyboard.press('ArrowRight');
    await expect(panel.locator('.present-date')).toHaveText('14 August 2023');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await expect(panel.locator('.present-date')).toHaveText('12 August 2023');
    expect(await reader.statusOf('ber')).toBe('closed');
  });

  test.describe('a presentation link opened on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('the panel spans the top, Mali is framed below it, whose story it is stays in view, and turning the phone keeps Mali clear of the panel', async ({
      map,
      page,
    }, testInfo) => {
      await map.open('date=2023-11-01&present=1&view=reported');
      const panel = page.locator('.present-panel');
      await expect(panel).toBeVisible();
      /** Mali's box and the panel's, in the page's pixels, once Mali is framed on a screen this size. */
      const framedOn = async (width: number, height: number) => {
        await page.setViewportSize({ width, height });
        const mali = await map.waitForFraming();
        const [panelBox, mapBox] = await Promise.all([
          panel.boundingBox(),
          map.container.boundingBox(),
        ]);
        const [x = 0, y = 0] = [mapBox?.x, mapBox?.y];
        return {
          mali: { west: mali.west + x, north: mali.north + y, south: mali.south + y },
          mapBottom: y + mali.mapHeight,
          panel: {
            width: panelBox?.width ?? 0,
            right: (panelBox?.x ?? 0) + (panelBox?.width ?? 0),
            bottom: (panelBox?.y ?? 0) + (panelBox?.height ?? 0),
          },
        };
      };
      // The panel spans the screen's width, and Mali lies wholly below it.
      const upright = await framedOn(390, 844);
      expect(upright.panel.width).toBeGreaterThan(360);
      expect(upright.mali.north).toBeGreaterThanOrEqual(upright.panel.bottom);
      expect(upright.mali.south).toBeLessThanOrEqual(upright.mapBottom);
      await expectStoryInView(page, 'As it happened');
      await attachScreenshot(testInfo, 'presenting-on-a-phone', page);
      // Turned on its side, the phone is wider than the phone layout: the panel moves to
      // the left, and Mali to its right.
      const sideways = await framedOn(844, 390);
      expect(sideways.mali.west).toBeGreaterThanOrEqual(sideways.panel.right);
      // And upright again.
      const again = await framedOn(390, 844);
      expect(again.mali.north).toBeGreaterThanOrEqual(again.panel.bottom);
    });
  });

  test('B and . blank the screen and bring it back; Esc leaves', async ({ map, page }) => {
    await map.open('date=2023-08-12&present=1');
    await expect(page.locator('.present-panel')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('.present-blank')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('.present-blank')).toHaveCount(0);
    await page.keyboard.press('.');
    await expect(page.locator('.present-blank')).toBeVisible();
    await page.keyboard.press('.');
    await page.keyboard.press('Escape');
    await expect(page.locator('.present-panel')).toHaveCount(0);
    await expect(page.locator('.app-header')).toBeVisible();
    await expect(page).not.toHaveURL(/present=1/);
  });

  test('the Present button enters presentation mode; axe finds nothing to fix there', async ({
    map,
    page,
  }) => {
    await map.open('date=2023-12-15');
    await page.getByRole('button', { name: 'Present full screen (P)' }).click();
    await expect(page.locator('.present-panel')).toContainText('Phase two, sequence c');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
