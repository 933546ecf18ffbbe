/**
 * The Export menu as a briefer uses it: open it, press one of its buttons, and keep the
 * file the browser saves.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';

/** Presses the button named `button` and returns the download it starts. */
export async function downloadFrom(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return download;
}

/** Opens the Export menu, saves the export its button `button` makes, and returns the file. */
export async function exportFile(
  page: Page,
  button: string,
): Promise<{ filename: string; body: Buffer }> {
  await page.getByText('Export', { exact: true }).click();
  const download = await downloadFrom(page, button);
  return { filename: download.suggestedFilename(), body: readFileSync(await download.path()) };
}
