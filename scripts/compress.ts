/**
 * The last step of `npm run build`: a Brotli (`.br`) and a gzip (`.gz`) copy beside
 * every text file of dist/, at the highest levels, so that a static host (and
 * `npm start`) sends them without compressing on each request. A copy that would not
 * be smaller is not written. Sourcemaps are left alone: only developer tools read them.
 *
 *   tsx scripts/compress.ts [dist]
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
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

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function brotli(body: Buffer): Promise<Buffer> {
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

async function compressFile(dist: string, path: string): Promise<CompressedFile> {
  const body = await readFile(path);
  const [br, gz] = await Promise.all([brotli(body), gzipAsync(body, { level: 9 })]);
  if (br.length < body.length) await writeFile(`${path}.br`, br);
  if (gz.length < body.length) await writeFile(`${path}.gz`, gz);
  return {
    file: relative(dist, path).split('\\').join('/'),
    raw: body.length,
    br: br.length,
    gzip: gz.length,
  };
}

/**
 * Writes the compressed copies of every text file under `dist`; returns their sizes.
 * Brotli at its highest level is most of the build's time: the files are compressed on
 * every core (zlib's work runs off the main thread), a few at a time.
 */
export async function compressBuild(dist = 'dist'): Promise<CompressedFile[]> {
  const paths = walk(dist).filter((path) => isText(relative(dist, path).split('\\').join('/')));
  const results: CompressedFile[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++)
      results[i] = await compressFile(dist, paths[i] as string);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const files = await compressBuild(dist);
  const total = (key: 'raw' | 'br' | 'gzip') =>
    (files.reduce((sum, f) => sum + f[key], 0) / 1000).toFixed(1);
  console.log(
    `Compressed ${files.length} text files: ${total('raw')} kB, ${total('br')} kB Brotli, ${total('gzip')} kB gzip.`,
  );
}
