import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from './csp.ts';
import {
  cacheControl,
  contentType,
  etagFor,
  type FileToSend,
  fileHeaders,
  isFresh,
  isHashedAsset,
  isText,
} from './headers.ts';

const script: FileToSend = {
  path: 'assets/index--vVafXxu.js',
  encoding: 'br',
  negotiated: true,
  length: 31_000,
  etag: 'W/"1-2-br"',
};

describe('caching', () => {
  it.each([
    {
      rule: 'keeps the files named after their content for a year, untouched',
      paths: [
        'assets/index--vVafXxu.js',
        'assets/maplibre-gl-worker-CZtFQQIV.mjs',
        'assets/noto-sans-latin-400-normal-BTkUljjl.woff2',
        'assets/MapController-qvkd0SPb.css',
      ],
      hashed: true,
      cache: 'public, max-age=31536000, immutable',
    },
    {
      rule: 'has the page, the data, the manifest and the service worker checked before each use',
      paths: [
        'index.html',
        'data/sites.geojson',
        'data/timeline.json',
        'manifest.webmanifest',
        'sw.js',
        'icons/favicon.svg',
      ],
      hashed: false,
      cache: 'no-cache',
    },
  ])('$rule', ({ paths, hashed, cache }) => {
    for (const path of paths) {
      expect(isHashedAsset(path), path).toBe(hashed);
      expect(cacheControl(path)).toBe(cache);
    }
  });
});

describe('fileHeaders', () => {
  it('names the encoding sent, and says the answer depends on Accept-Encoding', () => {
    const headers = fileHeaders(script, { csp: false, cors: true });
    expect(headers['content-encoding']).toBe('br');
    expect(headers.vary).toBe('Accept-Encoding');
    expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(headers['content-length']).toBe('31000');
  });

  it('sends no Content-Encoding for the file as it is, but still Vary when copies exist', () => {
    const headers = fileHeaders({ ...script, encoding: 'identity' }, { csp: false, cors: true });
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers.vary).toBe('Accept-Encoding');
    const font = fileHeaders(
      { ...script, path: 'assets/a-BTkUljjl.woff2', encoding: 'identity', negotiated: false },
      { csp: false, cors: true },
    );
    expect(font.vary).toBeUndefined();
  });

  it('lets any origin, an opaque one included, load the files, unless told not to', () => {
    expect(fileHeaders(script, { csp: false, cors: true })['access-control-allow-origin']).toBe(
      '*',
    );
    expect(
      fileHeaders(script, { csp: false, cors: false })['access-control-allow-origin'],
    ).toBeUndefined();
  });

  it('never forbids framing, and sends the policy only when asked', () => {
    for (const csp of [true, false]) {
      const headers = fileHeaders(script, { csp, cors: true });
      expect(Object.keys(headers)).not.toContain('x-frame-options');
      expect(headers['content-security-policy']).toBe(csp ? CSP_HEADER : undefined);
    }
  });
});

describe('the Content Security Policy', () => {
  const directives = (policy: string) =>
    new Map(
      policy.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );

  it('as a header: any site may frame the map; no base or form may point elsewhere; no inline script', () => {
    const header = directives(CSP_HEADER);
    expect(header.get('frame-ancestors')).toBe('*');
    expect(header.get('base-uri')).toBe("'self'");
    expect(header.get('form-action')).toBe("'self'");
    expect(header.get('script-src')).toBe("'self'");
    expect(header.get('default-src')).toBe("'self'");
  });

  it('as a meta: the same policy, without frame-ancestors, which a meta cannot carry', () => {
    const meta = directives(CSP_META);
    const header = directives(CSP_HEADER);
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });
});

describe('validators and types', () => {
  it('answers "not modified" only to the current validator', () => {
    const etag = etagFor(1234, 1_700_000_000_000, 'gzip');
    expect(isFresh(etag, etag)).toBe(true);
    expect(isFresh(`W/"other", ${etag}`, etag)).toBe(true);
    expect(isFresh(etagFor(1234, 1_700_000_000_000, 'br'), etag)).toBe(false);
    expect(isFresh(undefined, etag)).toBe(false);
  });

  it('compresses text, not fonts and images', () => {
    expect(
      ['index.html', 'a.js', 'a.mjs', 'a.css', 'b.geojson', 'm.webmanifest', 'f.svg'].every(isText),
    ).toBe(true);
    expect(['a.woff2', 'a.png', 'a.js.br', 'a.js.gz', 'a.js.map'].some(isText)).toBe(false);
    expect(contentType('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentType('data/basemap.geojson')).toBe('application/geo+json; charset=utf-8');
  });
});
