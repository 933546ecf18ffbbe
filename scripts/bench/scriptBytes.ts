/**
 * The JavaScript a page fetched before the reader's first gesture, in the build's
 * compressed bytes: the most any one load fetched, and how much of it is the map
 * engine (maplibre's chunk and worker, and the controller that alone drives it).
 */
import type { FileSize } from '../size.ts';

export interface ScriptBytes {
  /** gzip bytes of the load that fetched the most. */
  gzip: number;
  /** gzip bytes of the map engine's files in that load, or in any load (the larger). */
  maplibreGzip: number;
  /** Paths fetched that the build does not hold (none expected). */
  unknown: string[];
}

/** The map engine's files: maplibre's own, and the controller chunk that loads with it. */
export const isEngineFile = (file: FileSize) =>
  file.group === 'maplibre-js' || /(^|\/)MapController[^/]*\.m?js$/.test(file.file);

/** `loads`: each load's script paths, relative to the build's root (repeats count once). */
export function scriptsBefore(
  loads: readonly { scriptsBeforeGesture: readonly string[] }[],
  files: readonly FileSize[],
): ScriptBytes {
  const byPath = new Map(files.map((file) => [file.file, file]));
  const unknown = new Set<string>();
  let gzip = 0;
  let maplibreGzip = 0;
  for (const load of loads) {
    let total = 0;
    let engine = 0;
    for (const path of new Set(load.scriptsBeforeGesture)) {
      const file = byPath.get(path);
      if (!file) {
        unknown.add(path);
        continue;
      }
      total += file.gzip;
      if (isEngineFile(file)) engine += file.gzip;
    }
    gzip = Math.max(gzip, total);
    maplibreGzip = Math.max(maplibreGzip, engine);
  }
  return { gzip, maplibreGzip, unknown: [...unknown] };
}
