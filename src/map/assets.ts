/**
 * The files the map loads, as absolute URLs on the page's own origin: maplibre needs
 * absolute URLs, and the build has a relative base so it works from any sub-path.
 */

import regularFont from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import semiboldFont from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import type { FontFiles } from './basemapStyle.ts';

/** Absolute URL of a file in public/ (copied to the build's root), relative to the page. */
export function publicUrl(path: string, baseUri: string = document.baseURI): string {
  return new URL(path, baseUri).href;
}

export function fontFiles(): FontFiles {
  return {
    regular: new URL(regularFont, import.meta.url).href,
    semibold: new URL(semiboldFont, import.meta.url).href,
  };
}
