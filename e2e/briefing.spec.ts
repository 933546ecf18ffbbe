/**
 * The handout: "Print the briefing" writes one page per step of the story shown, and
 * printed to PDF it has as many pages as the deck has steps, each with its date.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });

test('Print the briefing: one PDF page per step of the reported story, each with its date', async ({
  map,
  page,
}, testInfo) => {
  await map.open('date=2023-10-31&view=reported&lang=en', 90_000);
  // The browser's print dialog is the user's; here the test prints the page itself.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Print the briefing' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  // The deck's steps, as the slider's event days: the reported story's 30.
  const pages = page.locator('.briefing-page');
  await expect(pages).toHaveCount(30);
  await expect(pages.nth(19).locator('.briefing-points')).toContainText(
    '31 October 2023 — Kidal left without a handover, 31 days before its planned window',
  );
  // Served over http: each page carries a QR code of its step's event page.
  await expect(pages.nth(19).locator('.briefing-qr svg')).toHaveAttribute(
    'aria-label',
    /en\/reported\/2023-10-31\/$/,
  );

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = testInfo.outputPath('briefing.pdf');
  writeFileSync(file, pdf);
  await testInfo.attach('briefing.pdf', { path: file, contentType: 'application/pdf' });
  // The text of each page (pdftotext, poppler-utils), split at the form feed it ends each page with.
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pageTexts = text.split('\f').filter((one) => one.trim().length > 0);
  expect(pageTexts).toHaveLength(30);
  expect(pageTexts[0]).toContain('16 June 2023');
  expect(pageTexts[19]).toContain('31 October 2023');
  expect(pageTexts[29]).toContain('15 November 2024');
});
