/**
 * Fills the built index.html for one page: its language, its head, and the app's
 * markup in #root. Plain string edits on the template Vite wrote, each checked, so a
 * change to index.html that breaks one fails the build instead of writing a page
 * without its map.
 */
import { WRITTEN_APP_ID } from '../../src/prerender/writtenApp.ts';

export interface PageParts {
  lang: 'en' | 'fr';
  /** The app's HTML for the page's day, from renderApp. */
  markup: string;
  /** Attributes for <html> (`embed` for the embed's layout rules), already safe values. */
  htmlData?: Record<string, string>;
  /** Attributes for #root (data-page-day, data-page-lang), already safe values. */
  rootData?: Record<string, string>;
  /** Tags added at the end of <head>, already escaped. */
  head?: string;
  title?: string;
  description?: string;
  /**
   * The build's root relative to the page (`../../` for `en/2023-08-12/`): the page's
   * base, so the build's relative addresses (scripts, styles, data) work from there.
   */
  base?: string;
}

const MARKUP_END = 'static-markup-end';

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Replaces the first match; `by` is taken literally (the markup may hold a `$`). */
function replaceOnce(
  html: string,
  pattern: RegExp,
  by: string | ((match: string, first: string) => string),
  what: string,
): string {
  if (!pattern.test(html)) throw new Error(`index.html: ${what} not found`);
  return html.replace(pattern, (match: string, first: string) =>
    typeof by === 'string' ? by : by(match, first),
  );
}

export function fillPage(template: string, parts: PageParts): string {
  let html = template;
  // The browser may paint a page it has only partly parsed, and the map's box depends
  // on what follows it (the timeline's row, the scroll bar): the first paint waits for
  // the end of the app's markup (Chromium 124+; elsewhere the page paints as it
  // streams). The marker goes with the rest when the app takes the page over.
  // The link comes before <base>: its `#` is read against the base, and blocks only when
  // it names the page itself (with its query, as `embed/?date=…` is framed). After a
  // base of `../../`, it named the build's root page, and event and embed pages painted
  // half-parsed: the map's box a timeline taller, then shifted (CLS 0.03–0.06).
  const expectEnd = `<link rel="expect" href="#${MARKUP_END}" blocking="render" />`;
  const base = parts.base ? `\n    <base href="${escapeHtml(parts.base)}" />` : '';
  html = replaceOnce(html, /<head>/, `<head>\n    ${expectEnd}${base}`, '<head>');
  const dataAttributes = (data: Record<string, string> | undefined) =>
    Object.entries(data ?? {})
      .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
      .join('');
  html = replaceOnce(
    html,
    /<html lang="[a-z]+">/,
    `<html lang="${parts.lang}"${dataAttributes(parts.htmlData)}>`,
    '<html lang>',
  );
  if (parts.title !== undefined)
    html = replaceOnce(
      html,
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(parts.title)}</title>`,
      '<title>',
    );
  if (parts.description !== undefined)
    html = replaceOnce(
      html,
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escapeHtml(parts.description)}" />`,
      'the description',
    );
  if (parts.head)
    html = replaceOnce(html, /\s*<\/head>/, `\n${parts.head.trimEnd()}\n  </head>`, '</head>');
  const attributes = dataAttributes(parts.rootData);
  // #root's own fallback (a link to the full map) stays first: where the stylesheet is
  // refused too (a sandboxed frame on a host without CORS), the app's markup is hidden
  // by the rule below (the stylesheet's own .app rules come later and win) and the
  // fallback is what shows.
  html = replaceOnce(
    html,
    /<div id="root">([\s\S]*?)<\/div>/,
    (_, fallback) =>
      `<div id="root"${attributes}>${fallback}<div id="${WRITTEN_APP_ID}">${parts.markup}</div><div id="${MARKUP_END}" hidden></div></div>`,
    '#root',
  );
  html = replaceOnce(
    html,
    /<meta name="viewport"[^>]*>/,
    (meta) => `${meta}\n    <style>.app { display: none; }</style>`,
    'the viewport meta',
  );
  // The stylesheet without `crossorigin`: requested in CORS mode, it is refused in a
  // sandboxed frame (an opaque origin) whose host sends no CORS header, and the written
  // map stays hidden; requested plainly, it loads there too, and the map, its sites and
  // its title show even where the scripts cannot run. (Nothing reads its rules from a
  // script, which is what CORS mode would be for.)
  html = replaceOnce(
    html,
    /<link rel="stylesheet" crossorigin /,
    '<link rel="stylesheet" ',
    'the stylesheet link',
  );
  // The app's markup says what works without scripts; the template's note is for a
  // page without it (the dev server).
  html = replaceOnce(html, /\s*<noscript>[^<]*<\/noscript>/, '', '<noscript>');
  return html;
}
