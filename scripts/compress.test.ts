import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliQuality, compressBuild, QUICK_BROTLI_NOTE } from './compress.ts';
import { tempFolder } from './tempFolder.testing.ts';

/** A build of one page, big and repetitive enough for both copies to be smaller. */
function oneFileBuild(): { dist: string; page: string } {
  const dist = tempFolder('minusma-compress-');
  const page = '<p>Gao, Tombouctou, Kidal</p>\n'.repeat(400);
  writeFileSync(join(dist, 'index.html'), page);
  return { dist, page };
}

describe('BROTLI_QUALITY', () => {
  it('is the highest quality when not set', () => {
    expect(brotliQuality(undefined)).toBe(11);
    expect(brotliQuality('')).toBe(11);
  });

  it('takes a whole number from 0 to 11', () => {
    expect(brotliQuality('5')).toBe(5);
    expect(brotliQuality('0')).toBe(0);
  });

  it('refuses anything else, naming the value', () => {
    expect(() => brotliQuality('12')).toThrow('"12"');
    expect(() => brotliQuality('fast')).toThrow('"fast"');
    expect(() => brotliQuality('4.5')).toThrow('"4.5"');
  });
});

describe('compressBuild', () => {
  it('writes Brotli and gzip copies that decode to the file, and no note at the highest quality', async () => {
    const { dist, page } = oneFileBuild();
    const [file] = await compressBuild(dist);
    expect(file?.br).toBeLessThan(page.length);
    expect(brotliDecompressSync(readFileSync(join(dist, 'index.html.br'))).toString()).toBe(page);
    expect(existsSync(join(dist, 'index.html.gz'))).toBe(true);
    expect(existsSync(join(dist, QUICK_BROTLI_NOTE))).toBe(false);
  });

  it('says so in the build when the copies are below the highest quality, and takes it back at 11', async () => {
    const { dist } = oneFileBuild();
    await compressBuild(dist, 5);
    expect(readFileSync(join(dist, QUICK_BROTLI_NOTE), 'utf8')).toContain('quality 5');
    await compressBuild(dist, 11);
    expect(existsSync(join(dist, QUICK_BROTLI_NOTE))).toBe(false);
  });
});
