import { describe, expect, it } from 'vitest';
import { chooseEncoding, type Encoding } from './encoding.ts';

const both = new Set<Encoding>(['identity', 'br', 'gzip']);
const gzipOnly = new Set<Encoding>(['identity', 'gzip']);
const none = new Set<Encoding>(['identity']);

describe('chooseEncoding', () => {
  it('sends Brotli to a browser that takes it, as Chromium and Firefox do', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
  });

  it('sends gzip to a client that takes only gzip', () => {
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
  });

  it('sends gzip when the build has no Brotli copy of the file', () => {
    expect(chooseEncoding('br, gzip', gzipOnly)).toBe('gzip');
  });

  it('sends the file as it is when there is no copy, or no Accept-Encoding', () => {
    expect(chooseEncoding('br, gzip', none)).toBe('identity');
    expect(chooseEncoding(undefined, both)).toBe('identity');
    expect(chooseEncoding('', both)).toBe('identity');
  });

  it('respects a refusal (q=0), and reads a wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip;q=0.8', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', both)).toBe('identity');
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('*;q=0', both)).toBe('identity');
    expect(chooseEncoding('BR', both)).toBe('br');
  });
});
