import { describe, expect, it } from 'vitest';
import type { FileSize } from '../size.ts';
import { scriptsBefore } from './scriptBytes.ts';

const files: FileSize[] = [
  { file: 'assets/index-a1.js', group: 'app-js', raw: 30_000, gzip: 10_000 },
  { file: 'assets/react-b2.js', group: 'app-js', raw: 180_000, gzip: 60_000 },
  { file: 'assets/MapController-c3.js', group: 'app-js', raw: 20_000, gzip: 7_000 },
  { file: 'assets/maplibre-d4.js', group: 'maplibre-js', raw: 900_000, gzip: 280_000 },
  { file: 'assets/maplibre-gl-worker-e5.mjs', group: 'maplibre-js', raw: 300_000, gzip: 100_000 },
];

describe('scriptsBefore', () => {
  it('sums the gzip bytes of the files a load fetched, each once, and keeps the largest load', () => {
    const result = scriptsBefore(
      [
        { scriptsBeforeGesture: ['assets/index-a1.js'] },
        {
          scriptsBeforeGesture: ['assets/index-a1.js', 'assets/react-b2.js', 'assets/index-a1.js'],
        },
      ],
      files,
    );
    expect(result).toEqual({ gzip: 70_000, maplibreGzip: 0, unknown: [] });
  });

  it("counts maplibre's chunk, its worker and the controller as the engine", () => {
    const result = scriptsBefore(
      [
        {
          scriptsBeforeGesture: [
            'assets/index-a1.js',
            'assets/MapController-c3.js',
            'assets/maplibre-d4.js',
            'assets/maplibre-gl-worker-e5.mjs',
          ],
        },
      ],
      files,
    );
    expect(result.maplibreGzip).toBe(387_000);
    expect(result.gzip).toBe(397_000);
  });

  it('names the paths the build does not hold instead of counting them', () => {
    const result = scriptsBefore([{ scriptsBeforeGesture: ['sw.js'] }], files);
    expect(result).toEqual({ gzip: 0, maplibreGzip: 0, unknown: ['sw.js'] });
  });
});
