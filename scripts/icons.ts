/**
 * `npm run icons`: writes the favicon and the app icons into public/icons/ from the
 * one drawing in scripts/icons/drawing.ts, the PNG sizes rasterised by Chromium.
 * The files are committed; run this again only when the drawing changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { type IconOptions, iconSvg } from './icons/drawing.ts';

const OUT = 'public/icons';

const FAVICON: IconOptions = { tile: false, symbolShare: 1.25 };
const APP: IconOptions = { tile: true, symbolShare: 1 };
/** Android crops a maskable icon to a circle of 80 % of its width: the symbol stays inside. */
const MASKABLE: IconOptions = { tile: true, symbolShare: 0.8 };

const PNGS: { file: string; size: number; icon: IconOptions }[] = [
  { file: 'favicon-32.png', size: 32, icon: FAVICON },
  { file: 'apple-touch-icon.png', size: 180, icon: APP },
  { file: 'icon-192.png', size: 192, icon: APP },
  { file: 'icon-512.png', size: 512, icon: APP },
  { file: 'icon-maskable-512.png', size: 512, icon: MASKABLE },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/favicon.svg`, `${iconSvg(FAVICON)}\n`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found: see README, "Quick start"');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const { file, size, icon } of PNGS) {
      await page.setViewportSize({ width: size, height: size });
      const src = `data:image/svg+xml;base64,${Buffer.from(iconSvg(icon)).toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await page.screenshot({ path: `${OUT}/${file}`, omitBackground: true });
      console.log(`written ${OUT}/${file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
