/**
 * Writes the Content Security Policy into the built page as a `<meta>`, for hosts
 * that send none (README, "Hosting"). Build only: Vite's dev server injects inline
 * scripts (React's refresh preamble) that the policy rightly refuses.
 */
import type { Plugin } from 'vite';
import { CSP_META } from '../serve/csp.ts';

const CHARSET = /<meta charset="UTF-8" \/>/i;

/** The page with the policy right after its charset, before any script or stylesheet. */
export function withCspMeta(html: string): string {
  if (!CHARSET.test(html)) throw new Error('index.html has no <meta charset="UTF-8" />');
  return html.replace(
    CHARSET,
    (charset) =>
      `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`,
  );
}

export function cspMeta(): Plugin {
  return {
    name: 'minusma:csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withCspMeta },
  };
}
