/**
 * The presenter view: S opens it in a second window; a step taken in either window
 * moves the other at once; closing the presenter view leaves the room's window working.
 * Served, and from the offline copy opened as a file.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, TestInfo } from '@playwright/test';
import { attachScreenshot } from './attach.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 720 } });

/** S in the room's window opens the presenter view; returns its page once it shows the step. */
async function openPresenter(page: Page, date: string): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await opened;
  await expect(presenter.locator('.presenter-date')).toHaveText(date, { timeout: 60_000 });
  return presenter;
}

async function stepBothWays(page: Page, presenter: Page, testInfo: TestInfo): Promise<void> {
  const room = page.locator('.present-panel .present-date');
  const notes = presenter.locator('.presenter-date');
  // The talking points, the next step and the quotes in full are there.
  await expect(presenter.locator('.presenter-points')).toContainText(
    'Aguelhok left without a handover, within its planned window; 6 of 13 sites not yet closed; the plan had 9 open.',
  );
  await expect(presenter.locator('.presenter-next-date')).toHaveText('24 October 2023');
  await expect(presenter.locator('.presenter-event blockquote').first()).toBeVisible();
  await attachScreenshot(testInfo, 'presenter-view', presenter);

  // A step in the room's window moves the presenter view.
  await page.keyboard.press('PageDown');
  await expect(room).toHaveText('24 October 2023');
  await expect(notes).toHaveText('24 October 2023');
  // A step in the presenter view moves the room's window: the clicker may be on either.
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(notes).toHaveText('31 October 2023');
  await expect(room).toHaveText('31 October 2023');
  await presenter.keyboard.press('PageUp');
  await expect(room).toHaveText('24 October 2023');
  // B in the presenter view blanks the room's screen.
  await presenter.keyboard.press('b');
  await expect(page.locator('.present-blank')).toBeVisible();
  await presenter.keyboard.press('.');
  await expect(page.locator('.present-blank')).toHaveCount(0);
  // Closed, the presenter view leaves the room's window working.
  await presenter.close();
  await page.bringToFront();
  await page.keyboard.press(' ');
  await expect(room).toHaveText('31 October 2023');
}

test('served: S opens the presenter view, and a step in either window moves the other', async ({
  map,
  page,
}, testInfo) => {
  await map.open('date=2023-10-23&present=1&view=reported&lang=en', 90_000);
  const presenter = await openPresenter(page, '23 October 2023');
  await stepBothWays(page, presenter, testInfo);
});

test.describe('from the offline copy opened as a file', () => {
  const dist = resolve(import.meta.dirname, '..', 'dist');
  test.use({ baseURL: pathToFileURL(`${dist}/`).href });

  test('S opens the presenter view, and a step in either window moves the other', async ({
    context,
    map,
    page,
  }, testInfo) => {
    await context.setOffline(true);
    await map.openPage(
      'minusma-withdrawal-map.html',
      'date=2023-10-23&present=1&view=reported&lang=en',
      90_000,
    );
    const presenter = await openPresenter(page, '23 October 2023');
    await stepBothWays(page, presenter, testInfo);
  });
});
