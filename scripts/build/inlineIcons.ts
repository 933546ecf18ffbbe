/**
 * Writes the page's favicons into it as data: URLs. Chromium asks for a page's
 * favicon again on every same-document navigation, and the map writes its day into
 * the address (`history.replaceState`) on each date change: with the icons as files,
 * scrubbing the slider cost a request (or a revalidation) per change, on the costly
 * mobile data some readers have. Inline, they cost 2 kB once, with the page.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export interface PageIcon {
  /** The file's name as index.html links it (`./icons/<file>`). */
  file: string;
  type: 'image/svg+xml' | 'image/png';
  bytes: Buffer;
}

export function dataUrl(icon: PageIcon): string {
  return `data:${icon.type};base64,${icon.bytes.toString('base64')}`;
}

/** The page with each `rel="icon"` link to one of `icons` pointing at its data: URL. */
export function withInlineIcons(html: string, icons: PageIcon[]): string {
  let page = html;
  for (const icon of icons) {
    const link = new RegExp(`(<link rel="icon" href=")[^"]*icons/${icon.file}(")`, 'g');
    if (!link.test(page)) throw new Error(`index.html links no icon ${icon.file}`);
    page = page.replace(
      link,
      (_match, before: string, after: string) => `${before}${dataUrl(icon)}${after}`,
    );
  }
  return page;
}

export function inlineIcons(publicDir = 'public'): Plugin {
  return {
    name: 'minusma:inline-icons',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        withInlineIcons(html, [
          {
            file: 'favicon.svg',
            type: 'image/svg+xml',
            bytes: readFileSync(`${publicDir}/icons/favicon.svg`),
          },
          {
            file: 'favicon-32.png',
            type: 'image/png',
            bytes: readFileSync(`${publicDir}/icons/favicon-32.png`),
          },
        ]),
    },
  };
}
