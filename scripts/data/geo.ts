/**
 * Where a site falls: inside Mali's outline, and in which Natural Earth region.
 * Build-only (the app trusts the compiled file and checks a bounding box), so the
 * polygons never ship to the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Whether `point` ([lon, lat]) is inside a Polygon or MultiPolygon, holes excluded, edges included. */
export function pointInGeometry(point: [number, number], geometry: Geometry): boolean {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return false;
  return booleanPointInPolygon(point, geometry);
}

export interface MaliGeography {
  /** Whether the point is inside Mali (Natural Earth admin-0). */
  inMali(point: [number, number]): boolean;
  /** The Natural Earth admin-1 region containing the point, in French and English, or null. */
  regionAt(point: [number, number]): { fr: string; en: string } | null;
}

function readCollection(path: string): FeatureCollection {
  return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
}

/** Mali's outline and regions from the Natural Earth extracts in data/basemap/. */
export function loadMaliGeography(root: string): MaliGeography {
  const countries = readCollection(join(root, 'basemap/countries.geojson'));
  const regions = readCollection(join(root, 'basemap/mali-regions.geojson'));
  const mali = countries.features.find((f: Feature) => f.properties?.iso_a3 === 'MLI');
  if (!mali) throw new Error(`${root}/basemap/countries.geojson has no feature with iso_a3 MLI`);
  return {
    inMali: (point) => pointInGeometry(point, mali.geometry),
    regionAt(point) {
      const region = regions.features.find((f) => pointInGeometry(point, f.geometry));
      const names = region?.properties;
      return names ? { fr: String(names.name_fr), en: String(names.name) } : null;
    },
  };
}
