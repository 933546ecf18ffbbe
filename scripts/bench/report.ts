/**
 * The benchmark's report: the build's sizes by group, each measure against its
 * target (met or missed, never a failure), printed as a table.
 */
import { type FileSize, measureBuild, totalsByGroup } from '../size.ts';
import { DIST_DIR, FLOOR_DIR } from './build.ts';
import type { RunResult } from './probe.ts';
import { type Comparison, median, meets, ratio } from './stats.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

const sum = (files: FileSize[]): Bytes =>
  files.reduce((total, f) => ({ raw: total.raw + f.raw, gzip: total.gzip + f.gzip }), {
    raw: 0,
    gzip: 0,
  });

/** A build's files, without the compressed copies a host would serve in their place. */
const builtFiles = (dir: string) => measureBuild(dir).filter((f) => !/\.(br|gz)$/.test(f.file));
/** React's own chunk (react and react-dom), which the JavaScript budget leaves out. */
const isReact = (f: FileSize) => /(^|\/)react-[\w-]+\.js$/.test(f.file);

export function sizes() {
  const app = builtFiles(DIST_DIR);
  const appTotals = totalsByGroup(app);
  const floor = builtFiles(FLOOR_DIR);
  const floorTotals = totalsByGroup(floor);
  const zero = { raw: 0, gzip: 0 };
  // The floor reads the app's basemap and sites files (and no others).
  const floorData = sum(
    app.filter((f) => f.file === 'data/basemap.geojson' || f.file === 'data/sites.geojson'),
  );
  return {
    app: {
      ownJs: appTotals['app-js'] ?? zero,
      ownJsBeyondReact: sum(app.filter((f) => f.group === 'app-js' && !isReact(f))),
      maplibreJs: appTotals['maplibre-js'] ?? zero,
      css: appTotals.css ?? zero,
      data: appTotals.data ?? zero,
      fonts: appTotals.fonts ?? zero,
    },
    floor: {
      ownJs: floorTotals['app-js'] ?? zero,
      ownJsBeyondReact: floorTotals['app-js'] ?? zero,
      maplibreJs: floorTotals['maplibre-js'] ?? zero,
      css: floorTotals.css ?? zero,
      data: floorData,
      fonts: floorTotals.fonts ?? zero,
    },
    files: { app, floor },
  };
}

export interface Row {
  metric: string;
  unit: string;
  app: number;
  floor: number;
  /** The value the ratio divides by (the floor's, unless the target says otherwise). */
  reference?: number;
  target?: { comparison: Comparison; limit: number; of: 'floor' | 'absolute'; text: string };
}

export function evaluateRow(row: Row) {
  const r = ratio(row.app, row.reference ?? row.floor);
  const target = row.target;
  const pass = target
    ? meets(target.of === 'floor' ? r : row.app, target.comparison, target.limit)
    : null;
  return { ...row, ratio: r, pass };
}

export const fmt = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toFixed(digits) : '—';

export function printTable(rows: ReturnType<typeof evaluateRow>[]): void {
  const head = ['metric', 'app', 'floor', 'app/floor', 'target', ''];
  const lines = rows.map((row) => {
    const digits = row.unit === 'ms' || row.unit === 'loads' ? 0 : 1;
    return [
      `${row.metric} [${row.unit}]`,
      fmt(row.app, digits),
      fmt(row.floor, digits),
      row.floor || row.reference ? fmt(row.ratio, 2) : '—',
      row.target?.text ?? '',
      row.pass === null ? '' : row.pass ? 'met' : 'missed',
    ];
  });
  const widths = head.map((_, i) =>
    Math.max(...[head, ...lines].map((line) => line[i]?.length ?? 0)),
  );
  const print = (line: string[]) =>
    console.log(
      line
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    );
  console.log('');
  print(head);
  print(widths.map((w) => '-'.repeat(w)));
  for (const line of lines) print(line);
  console.log('');
}

export const medianOf = (runs: RunResult[], pick: (run: RunResult) => number | null | undefined) =>
  median(runs.map(pick).filter((v): v is number => typeof v === 'number'));
