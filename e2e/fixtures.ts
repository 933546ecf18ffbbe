/**
 * Every end-to-end test runs under two watchers: no request may leave the page's
 * origin, and nothing may be written to the console as an error. Tests that expect
 * an error on purpose say so with `allowConsoleErrors`.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { MapDriver } from './map-driver.ts';
import { PixelReader } from './pixels.ts';
import { ReaderDriver } from './reader-driver.ts';

interface Watchers {
  consoleErrors: string[];
  offOriginRequests: string[];
  /** Console error texts (substrings) a test provokes on purpose. */
  allowConsoleErrors: (...patterns: string[]) => void;
}

function watch(page: Page, origin: string, watchers: Watchers, allowed: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!allowed.some((pattern) => text.includes(pattern))) watchers.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => watchers.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watchers.offOriginRequests.push(url);
  });
}

export const test = base.extend<{
  watchers: Watchers;
  map: MapDriver;
  reader: ReaderDriver;
  pixels: PixelReader;
}>({
  watchers: [
    async ({ page, baseURL }, use) => {
      const allowed: string[] = [];
      const watchers: Watchers = {
        consoleErrors: [],
        offOriginRequests: [],
        allowConsoleErrors: (...patterns) => allowed.push(...patterns),
      };
      watch(page, new URL(baseURL ?? 'http://127.0.0.1').origin, watchers, allowed);
      await use(watchers);
      expect(watchers.offOriginRequests, 'requests that left the page origin').toEqual([]);
      expect(watchers.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  map: async ({ page }, use) => {
    await use(new MapDriver(page));
  },
  reader: async ({ page }, use) => {
    await use(new ReaderDriver(page));
  },
  pixels: async ({ context }, use) => {
    await use(new PixelReader(context));
  },
});

export { expect };
