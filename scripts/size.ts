/**
 * What the build costs a reader: every file of dist/, raw and gzip, grouped as
 * the benchmark's budgets see them (our JavaScript, maplibre and its worker, CSS,
 * data, fonts). Run after `npm run build`; `--json` prints machine-readable output.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export type SizeGroup = 'app-js' | 'maplibre-js' | 'css' | 'data' | 'fonts' | 'other';

export interface FileSize {
  file: string;
  group: SizeGroup;
  raw: number;
  gzip: number;
}

function groupOf(file: string): SizeGroup {
  if (file.endsWith('.map')) return 'other';
  if (/maplibre.*\.(m?js)$/.test(file)) return 'maplibre-js';
  if (/\.(m?js)$/.test(file)) return 'app-js';
  if (file.endsWith('.css')) return 'css';
  if (file.startsWith('data/')) return 'data';
  if (/\.(woff2?|ttf)$/.test(file)) return 'fonts';
  return 'other';
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Sizes of every file in `dist`: not sourcemaps, nor the .br and .gz copies of the files listed. */
export function measureBuild(dist = 'dist'): FileSize[] {
  return walk(dist)
    .map((path) => {
      const file = relative(dist, path);
      const body = readFileSync(path);
      return {
        file,
        group: groupOf(file),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      };
    })
    .filter((entry) => !/\.(map|br|gz)$/.test(entry.file))
    .sort((a, b) => a.group.localeCompare(b.group) || b.gzip - a.gzip);
}

export function totalsByGroup(sizes: FileSize[]): Record<SizeGroup, { raw: number; gzip: number }> {
  const totals = {} as Record<SizeGroup, { raw: number; gzip: number }>;
  for (const { group, raw, gzip } of sizes) {
    const total = totals[group] ?? { raw: 0, gzip: 0 };
    totals[group] = { raw: total.raw + raw, gzip: total.gzip + gzip };
  }
  return totals;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

if (process.argv[1]?.endsWith('size.ts')) {
  const sizes = measureBuild();
  const totals = totalsByGroup(sizes);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files: sizes, totals }, null, 2));
  } else {
    const width = Math.max(...sizes.map((s) => s.file.length));
    console.log(
      `${'file'.padEnd(width)}  ${'group'.padEnd(11)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`,
    );
    for (const s of sizes) {
      console.log(
        `${s.file.padEnd(width)}  ${s.group.padEnd(11)}  ${kB(s.raw).padStart(10)}  ${kB(s.gzip).padStart(10)}`,
      );
    }
    console.log('');
    for (const [group, total] of Object.entries(totals)) {
      console.log(
        `${group.padEnd(width)}  ${''.padEnd(11)}  ${kB(total.raw).padStart(10)}  ${kB(total.gzip).padStart(10)}`,
      );
    }
  }
}
