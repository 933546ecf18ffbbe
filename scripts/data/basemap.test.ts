import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PAN_BOUNDS } from '../../src/map/maliFrame.ts';
import { landExtent } from './landExtent.ts';

// The engine keeps its whole view inside its pan limit (maplibre's maxBounds, which also
// sets how far it zooms out, at any size of map). So the land the app downloads must reach
// past that limit on every side, or a reader zoomed out and panned to an edge sees the
// countries stop in a straight line. The engine is seen obeying the limit in
// e2e/basemap-reach.spec.ts.
describe('public/data/basemap.geojson', () => {
  it('has land past the engine’s pan limit on every side', () => {
    const basemap = JSON.parse(
      readFileSync('public/data/basemap.geojson', 'utf8'),
    ) as FeatureCollection;
    const land = landExtent(basemap);
    const [[west, south], [east, north]] = PAN_BOUNDS;
    expect(land.west).toBeLessThan(west);
    expect(land.south).toBeLessThan(south);
    expect(land.east).toBeGreaterThan(east);
    expect(land.north).toBeGreaterThan(north);
  });
});
