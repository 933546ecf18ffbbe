/**
 * The offline copy's page (README, "The offline copy"): the built index.html, with the
 * day's map already in its markup, turned into one file that needs nothing beside it.
 * Its stylesheet and its one script are inlined, its data files ride along as JSON
 * blocks, its icon becomes a data: URL, and everything that points at a file of the
 * build (preloads, the manifest, the service worker's pages) goes. Its own policy
 * replaces the site's: `'self'` means nothing to a file, so the policy lists the
 * inlined script and stylesheet by their hashes instead.
 */
import { createHash } from 'node:crypto';

export interface OfflineCopyParts {
  /** The built index.html (with the day's map in its markup). */
  shell: string;
  /** The whole app as one ES module, the map engine and its worker's source included. */
  script: string;
  /** Every stylesheet the app uses, as one. */
  style: string;
  /** The data files the app loads, by the path it asks for (`data/sites.geojson`). */
  data: Record<string, string>;
  /** The page's icon, as a data: URL. */
  iconDataUrl: string;
}

/** An inline script or style stays one element whatever it contains. */
export function escapeForInlineScript(source: string): string {
  // `</script` would end the element; `<!--` could start HTML's escaped states. Both
  // occur only inside strings, template literals or regular expressions, where `<\/`
  // and `\x3C!--` mean the same characters.
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

/** JSON inside a `<script type="application/json">`: `<` written as an escape. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/</g, '\\u003c');
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The offline copy's policy: only what it inlines, no request to anywhere. */
export function offlineCopyPolicy(scriptHash: string, styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHash}`,
    // maplibre's worker: from the blob: URL of its inlined source, which maplibre turns
    // into a data: URL in an opaque origin (a file's page is one).
    'worker-src blob: data:',
    // The inlined stylesheets; the day's map in the markup has style attributes, and
    // React and maplibre set element styles.
    `style-src-elem ${styleHashes.join(' ')}`,
    "style-src-attr 'unsafe-inline'",
    // The fonts, inlined as data: URLs, which maplibre may fetch for its labels.
    'font-src data:',
    'connect-src data: blob:',
    // The icon, the site icons and the exports' previews.
    'img-src data: blob:',
    'media-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

const removed: RegExp[] = [
  /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/gi,
  /\s*<link rel="(?:modulepreload|stylesheet|manifest|icon|apple-touch-icon|canonical|alternate)"[^>]*>/gi,
  /\s*<script type="module"[^>]*src="[^"]*"[^>]*><\/script>/gi,
];

export function offlineCopyHtml(parts: OfflineCopyParts): string {
  const script = escapeForInlineScript(parts.script);
  const style = parts.style.replace(/<\/(style)/gi, '<\\/$1');
  let html = parts.shell;
  for (const pattern of removed) html = html.replace(pattern, '');
  if (!/<meta charset="UTF-8" \/>/i.test(html)) throw new Error('index.html has no charset meta');
  if (html.includes('src="./assets/') || html.includes('href="./assets/'))
    throw new Error('index.html still points at a file of the build');
  // The page's own small rules (the no-script ones) come first, the app's stylesheet
  // after them, as in the served page, where it is linked at the end of the head.
  html = html.replace(/<\/head>/i, () => `  <style>${style}</style>\n  </head>`);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map((match) => match[1] ?? '');
  const policy = offlineCopyPolicy(sha256Source(script), styles.map(sha256Source));
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    `<link rel="icon" href="${parts.iconDataUrl}" />`,
  ].join('\n    ');
  const dataBlocks = Object.entries(parts.data)
    .map(
      ([path, json]) =>
        `<script type="application/json" data-file="${path}">${escapeJsonForHtml(json)}</script>`,
    )
    .join('\n    ');
  return html
    .replace(/<meta charset="UTF-8" \/>/i, (charset) => `${charset}\n    ${head}`)
    .replace(
      /<\/body>/i,
      () => `    ${dataBlocks}\n    <script type="module">${script}</script>\n  </body>`,
    );
}
