/**
 * `npm run screenshot`: the README's picture of the map, taken from the build as a
 * reader sees it (20 December 2023, Ansongo's card open, a 1440×900 window), so that
 * the README shows the current app. Writes e2e/screenshots/readme.png; the build
 * (dist/) is not touched, so the picture never ships with the map.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { serve } from './serve.ts';

const OUT = 'e2e/screenshots/readme.png';

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: see README, "Quick start"');
  const server = await serve({ root: 'dist', base: '/map/' });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}?date=2023-12-20&site=ansongo&lang=en`);
    await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    // Let a pulse reach its widest and the flows settle into their dash.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: OUT });
    console.log(`written ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
