import { readdirSync, readFileSync } from 'node:fs';
import { hint } from '@mapbox/geojsonhint';
import kinks from '@turf/kinks';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';

// The compiled files as the app and every reader download them, checked by validators
// that owe nothing to the data build: geojsonhint for RFC 7946 (structure, and the
// right-hand rule: exterior rings counter-clockwise), turf's kinks for rings that cross
// or run back over themselves.
const files = readdirSync('public/data').filter((name) => name.endsWith('.geojson'));

const isPolygon = (feature: Feature): feature is Feature<Polygon | MultiPolygon> =>
  feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon';

describe.each(files)('public/data/%s', (file) => {
  const text = readFileSync(`public/data/${file}`, 'utf8');

  it('is GeoJSON as RFC 7946 writes it', () => {
    expect(hint(text, { precisionWarning: false })).toEqual([]);
  });

  it('has no polygon whose rings cross or overlap themselves', () => {
    const collection = JSON.parse(text) as FeatureCollection;
    const crossed = collection.features
      .filter(isPolygon)
      .filter((feature) => kinks(feature).features.length > 0)
      .map((feature) => String(feature.properties?.name_en ?? feature.properties?.iso));
    expect(crossed).toEqual([]);
  });
});
