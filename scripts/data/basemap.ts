/**
 * The embedded basemap: Natural Earth extracts (data/basemap/) reduced to what a
 * briefing map of Mali needs, written as one GeoJSON file that both the WebGL map
 * and the SVG first paint draw from. Every feature carries `layer` so the style
 * can filter one source into several layers (one request, one parse).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import intersect from '@turf/intersect';
import rewind from '@turf/rewind';
import simplify from '@turf/simplify';
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

const BASEMAP_DIR = 'data/basemap';
/** ~110 m at Mali's latitude: finer than a pixel at the zooms the map allows. */
const PRECISION = 3;
/** Douglas–Peucker tolerance in degrees; well under a pixel at zoom 7. */
const SIMPLIFY_TOLERANCE_DEG = 0.004;

export type BasemapLayer =
  | 'country'
  | 'border'
  | 'region'
  | 'river'
  | 'lake'
  | 'town'
  | 'country-label'
  | 'region-label';

/** The extracts' clip box (data/basemap/SOURCES.md): edges that are cuts, not borders. */
const CLIP = { west: -14, east: 7, south: 8, north: 27 };

const CLIP_BOX: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [CLIP.west, CLIP.south],
        [CLIP.east, CLIP.south],
        [CLIP.east, CLIP.north],
        [CLIP.west, CLIP.north],
        [CLIP.west, CLIP.south],
      ],
    ],
  },
};

/**
 * A polygon cut to the clip box again, as polygon clipping does it: where the extract
 * cut a concave shape (Morocco at 27° N, Lake Volta at 8° N), its ring ran out along
 * the cut and back over the same edge; clipped properly, such a shape becomes the
 * separate pieces it really is.
 */
function clipped(feature: Feature<Geometry, Props>): Feature<Geometry, Props> {
  const { geometry } = feature;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return feature;
  const inside = intersect<Props>({
    type: 'FeatureCollection',
    features: [feature as Feature<Polygon | MultiPolygon, Props>, CLIP_BOX],
  });
  return inside ? { ...feature, geometry: inside.geometry } : feature;
}

function onClipEdge(a: number[], b: number[]): boolean {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  return (
    (ax === bx && (ax === CLIP.west || ax === CLIP.east)) ||
    (ay === by && (ay === CLIP.south || ay === CLIP.north))
  );
}

/**
 * A country's border as lines, without the straight cuts where the extract was
 * clipped: drawn as outlines, those cuts would look like borders that do not exist.
 */
function borderLines(geometry: Geometry): number[][][] {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  const lines: number[][][] = [];
  for (const ring of polygons.flat()) {
    let current: number[][] = [];
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1] as number[];
      const b = ring[i] as number[];
      if (onClipEdge(a, b)) {
        if (current.length > 1) lines.push(current);
        current = [];
        continue;
      }
      if (current.length === 0) current.push(a);
      current.push(b);
    }
    if (current.length > 1) lines.push(current);
  }
  return lines;
}

interface Labels {
  countries: Record<string, [number, number]>;
  regions: Record<string, [number, number]>;
  towns: string[];
  rivers: string[];
}

type Props = Record<string, unknown>;

function readCollection(file: string): FeatureCollection<Geometry, Props> {
  return JSON.parse(readFileSync(join(BASEMAP_DIR, file), 'utf8')) as FeatureCollection<
    Geometry,
    Props
  >;
}

/**
 * Simplified, rounded, and wound as RFC 7946 asks (exterior rings counter-clockwise,
 * holes clockwise: the right-hand rule); Natural Earth winds them the other way.
 */
function tidy<G extends Geometry>(
  feature: Feature<G, Props>,
  simplifyIt: boolean,
): Feature<G, Props> {
  const simplified = simplifyIt
    ? simplify(feature, { tolerance: SIMPLIFY_TOLERANCE_DEG, highQuality: true })
    : feature;
  const rounded = truncate(simplified, { precision: PRECISION, coordinates: 2 });
  return rewind(rounded, { mutate: true }) as Feature<G, Props>;
}

function point(layer: BasemapLayer, coordinates: [number, number], props: Props): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { layer, ...props },
  };
}

function text(value: unknown, fallback: unknown): string {
  if (typeof value === 'string' && value.length > 0) return value;
  return typeof fallback === 'string' ? fallback : '';
}

/** Builds the basemap FeatureCollection from the Natural Earth extracts. */
export function buildBasemap(): FeatureCollection {
  const labels = JSON.parse(readFileSync(join(BASEMAP_DIR, 'labels.json'), 'utf8')) as Labels;
  const features: Feature[] = [];

  for (const country of readCollection('countries.geojson').features) {
    const iso = String(country.properties.iso_a3);
    const clean = tidy(clipped(country), true);
    clean.properties = {
      layer: 'country',
      iso,
      mali: iso === 'MLI',
      // NE's short names abbreviate some ("W. Sahara"); its long English names anglicise
      // others ("Ivory Coast", where the UN writes Côte d'Ivoire).
      name_en: String(country.properties.name).includes('.')
        ? text(country.properties.name_long_en, country.properties.name)
        : text(country.properties.name, ''),
      name_fr: text(country.properties.name_fr, country.properties.name),
    };
    features.push(clean);
    features.push({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: borderLines(clean.geometry) },
      properties: { layer: 'border', iso, mali: iso === 'MLI' },
    });
    const at = labels.countries[iso];
    if (at) {
      features.push(
        point('country-label', at, {
          iso,
          name_en: clean.properties.name_en,
          name_fr: clean.properties.name_fr,
        }),
      );
    }
  }

  for (const region of readCollection('mali-regions.geojson').features) {
    const code = String(region.id ?? region.properties.iso_3166_2);
    const clean = tidy(region, true);
    const names = {
      name_en: text(region.properties.name, ''),
      name_fr: text(region.properties.name_fr, region.properties.name),
    };
    clean.properties = { layer: 'region', code, ...names };
    features.push(clean);
    const at = labels.regions[code];
    if (at) features.push(point('region-label', at, { code, ...names }));
  }

  for (const river of readCollection('rivers.geojson').features) {
    const name = String(river.properties.name);
    if (!labels.rivers.includes(name)) continue;
    const clean = tidy(river, true);
    clean.properties = {
      layer: 'river',
      name_en: text(river.properties.name_en, name),
      name_fr: text(river.properties.name_fr, name),
      rank: Number(river.properties.scalerank),
    };
    features.push(clean);
  }

  for (const lake of readCollection('lakes.geojson').features) {
    const clean = tidy(clipped(lake), true);
    clean.properties = {
      layer: 'lake',
      name_en: text(lake.properties.name, ''),
      name_fr: text(lake.properties.name_fr, lake.properties.name),
    };
    features.push(clean);
  }

  const towns = readCollection('places.geojson').features.filter((f) =>
    labels.towns.includes(String(f.properties.name)),
  );
  for (const town of towns) {
    const name = String(town.properties.name);
    const clean = tidy(town, false);
    clean.properties = {
      layer: 'town',
      name_en: name,
      name_fr: text(town.properties.name_fr, name),
      capital: town.properties.rank === 3 && town.properties.adm0_a3 !== 'MLI',
      rank: Number(town.properties.rank),
    };
    features.push(clean);
  }
  const missing = labels.towns.filter((name) => !towns.some((t) => t.properties.name === name));
  if (missing.length > 0) {
    throw new Error(
      `data/basemap/labels.json names towns not in places.geojson: ${missing.join(', ')}`,
    );
  }

  return { type: 'FeatureCollection', features };
}

/** Generator for scripts/build-data.ts: the basemap file the app and the SVG fallback load. */
export function basemapOutputs(): { path: string; content: string }[] {
  // One feature per line: small diffs when a source file changes.
  const collection = buildBasemap();
  const lines = collection.features.map((f) => JSON.stringify(f));
  const content = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  return [{ path: 'public/data/basemap.geojson', content }];
}
