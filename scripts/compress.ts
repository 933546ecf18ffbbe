/**
 * The last step of `npm run build`: a Brotli (`.br`) and a gzip (`.gz`) copy beside
 * every text file of dist/, at the highest levels, so that a static host (and
 * `npm start`) sends them without compressing on each request. A copy that would not
 * be smaller is not written. Sourcemaps are left alone: only developer tools read them.
 *
 * `BROTLI_QUALITY` (0–11, by default 11) is for `npm test` alone: Brotli at 11 costs
 * some 40 s of CPU over the build's 35 MB, at 5 about 1 s for copies 15 % larger, and
 * the end-to-end tests need copies, not the smallest ones. A build compressed below 11
 * says so in `dist/QUICK-BROTLI.txt`, which `npm run bench -- --no-build` refuses.
 *
 *   tsx scripts/compress.ts [dist]
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
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

/** Written into a build whose Brotli copies are not at the highest quality. */
export const QUICK_BROTLI_NOTE = 'QUICK-BROTLI.txt';

/** The Brotli quality asked for in `BROTLI_QUALITY`, else the highest. */
export function brotliQuality(value = process.env.BROTLI_QUALITY): number {
  if (value === undefined || value === '') return constants.BROTLI_MAX_QUALITY;
  const quality = Number(value);
  if (!Number.isInteger(quality) || quality < 0 || quality > constants.BROTLI_MAX_QUALITY)
    throw new Error(`BROTLI_QUALITY must be a whole number from 0 to 11, not "${value}".`);
  return quality;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function brotli(body: Buffer, quality: number): Promise<Buffer> {
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

async function compressFile(dist: string, path: string, quality: number): Promise<CompressedFile> {
  const body = await readFile(path);
  const [br, gz] = await Promise.all([brotli(body, quality), gzipAsync(body, { level: 9 })]);
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
export async function compressBuild(
  dist = 'dist',
  quality = constants.BROTLI_MAX_QUALITY,
): Promise<CompressedFile[]> {
  const note = join(dist, QUICK_BROTLI_NOTE);
  rmSync(note, { force: true });
  const paths = walk(dist).filter((path) => isText(relative(dist, path).split('\\').join('/')));
  const results: CompressedFile[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++)
      results[i] = await compressFile(dist, paths[i] as string, quality);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  if (quality < constants.BROTLI_MAX_QUALITY)
    await writeFile(
      note,
      `The .br copies of this build are at Brotli quality ${quality}, for the tests: run \`npm run build\` for the copies to publish (quality ${constants.BROTLI_MAX_QUALITY}).\n`,
    );
  return results;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const quality = brotliQuality();
  const files = await compressBuild(dist, quality);
  const total = (key: 'raw' | 'br' | 'gzip') =>
    (files.reduce((sum, f) => sum + f[key], 0) / 1000).toFixed(1);
  console.log(
    `Compressed ${files.length} text files: ${total('raw')} kB, ${total('br')} kB Brotli (quality ${quality}), ${total('gzip')} kB gzip.`,
  );
}
