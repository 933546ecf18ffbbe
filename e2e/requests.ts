/**
 * What a page fetches: the map engine's files by address, and requests held back as a
 * slow line would hold them.
 */
import type { Page } from '@playwright/test';

/** The address of maplibre's chunk (the map engine) in the build. */
export const MAPLIBRE_CHUNK = /\/assets\/maplibre-[^/]*\.js$/;
/** Any file of the map engine: its chunk, its worker, its stylesheet. */
export const MAP_ENGINE_FILES = /\/assets\/(maplibre|MapController)[^/]*$/;

/**
 * Holds back every request of `page` whose address matches `pattern`, as a slow line
 * would; returns the function that lets them through.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
