/**
 * The handout: "Print the briefing" writes one page per step of the story shown, and
 * printed to PDF it has as many pages as the deck has steps, each with its date.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 720 } });

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
  // The deck's steps, one per day with an event of the reported story, 16 June 2023 to
  // 15 November 2024: 32 days, counted from the sources' days (the day a site was handed
  // over and the day it was left are two steps where they differ: Ogossagou, Ber, Goundam).
  const pages = page.locator('.briefing-page');
  await expect(pages).toHaveCount(32);
  await expect(pages.first()).toContainText('16 June 2023');
  await expect(pages.last()).toContainText('15 November 2024');
  await expect(pages.nth(21).locator('.briefing-points')).toContainText(
    '31 October 2023 — Kidal left without a handover, 31 days before its planned window',
  );
  // Served over http: each page carries a QR code of its step's event page.
  await expect(pages.nth(21).locator('.briefing-qr svg')).toHaveAttribute(
    'aria-label',
    /en\/reported\/2023-10-31\/$/,
  );

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = testInfo.outputPath('briefing.pdf');
  writeFileSync(file, pdf);
  await testInfo.attach('briefing.pdf', { path: file, contentType: 'application/pdf' });
  // The printed pages, counted in the PDF's own page objects: one per step, none split
  // over two sheets (each page's date is checked on the page above).
  const pageObjects = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pageObjects).toHaveLength(32);
});
