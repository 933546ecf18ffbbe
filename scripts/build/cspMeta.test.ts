import { describe, expect, it } from 'vitest';
import { CSP_META } from '../serve/csp.ts';
import { withCspMeta } from './cspMeta.ts';

describe('withCspMeta', () => {
  const page =
    '<!doctype html><html><head>\n    <meta charset="UTF-8" />\n    <script type="module" src="./a.js"></script></head></html>';

  it('puts the policy before the first script, so that it governs every one', () => {
    const html = withCspMeta(page);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${CSP_META}"`);
  });

  it('refuses a page without the charset it anchors on, rather than ship no policy', () => {
    expect(() => withCspMeta('<html><head></head></html>')).toThrow(/charset/);
  });
});
