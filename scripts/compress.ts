/**
 * The last step of `npm run build`: a Brotli (`.br`) and a gzip (`.gz`) copy beside
 * every text file of dist/, at the highest levels, so that a static host (and
 * `npm start`) sends them without compressing on each request. A copy that would not
 * be smaller is not written. Sourcemaps are left alone: only developer tools read them.
 *
 *   tsx scripts/compress.ts [dist]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isText } from './serve/headers.ts';

export interface CompressedFile {
  file: string;
  raw: number;
  br: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function brotli(body: Buffer): Buffer {
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** Writes the compressed copies of every text file under `dist`; returns their sizes. */
export function compressBuild(dist = 'dist'): CompressedFile[] {
  const results: CompressedFile[] = [];
  for (const path of walk(dist)) {
    const file = relative(dist, path).split('\\').join('/');
    if (!isText(file)) continue;
    const body = readFileSync(path);
    const br = brotli(body);
    const gz = gzipSync(body, { level: 9 });
    if (br.length < body.length) writeFileSync(`${path}.br`, br);
    if (gz.length < body.length) writeFileSync(`${path}.gz`, gz);
    results.push({ file, raw: body.length, br: br.length, gzip: gz.length });
  }
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const files = compressBuild(dist);
  const total = (key: 'raw' | 'br' | 'gzip') =>
    (files.reduce((sum, f) => sum + f[key], 0) / 1000).toFixed(1);
  console.log(
    `Compressed ${files.length} text files: ${total('raw')} kB, ${total('br')} kB Brotli, ${total('gzip')} kB gzip.`,
  );
}
