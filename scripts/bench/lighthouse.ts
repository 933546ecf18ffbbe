/**
 * Lighthouse's performance audit of the served build, mobile (its default: slow 4G, a
 * 4× slower CPU, simulated) and desktop: score, LCP, TBT, CLS, and the bytes a first
 * visit downloads (compressed, as served). Chromium is the system's, as for the tests.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../browser.ts';

/**
 * The pages the issue names, whose HTML shows the timeline's first day until the app
 * moves it to the address's, and an event's page, whose HTML is its own day.
 */
export const LIGHTHOUSE_PAGES = [
  { name: 'full page', path: '?date=2023-10-10' },
  { name: 'embed', path: '?embed=1&date=2023-10-10' },
  { name: "event page (its day's HTML)", path: 'en/2023-08-12/' },
];

export interface LighthouseResult {
  page: string;
  preset: 'mobile' | 'desktop';
  /** 0–100. */
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes transferred, compressed, by a first visit. */
  bytes: number;
}

export async function runLighthouse(
  chromePath: string,
  url: string,
  page: { name: string; path: string },
  preset: 'mobile' | 'desktop',
): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(
      `${url}${page.path}`,
      { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.name}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      page: page.name,
      preset,
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      bytes: audit('total-byte-weight'),
    };
  } finally {
    chrome.kill();
  }
}
