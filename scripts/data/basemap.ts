/**
 * The embedded basemap: Natural Earth extracts (data/basemap/) reduced to what a
 * briefing map of Mali needs, written as one GeoJSON file that both the WebGL map
 * and the SVG first paint draw from. Every feature carries `layer` so the style
 * can filter one source into several layers (one request, one parse).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import rewind from '@turf/rewind';
import simplify from '@turf/simplify';
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

const BASEMAP_DIR = 'data/basemap';
/** ~110 m at Mali's latitude: finer than a pixel at the zooms the map allows. */
const PRECISION = 3;
/** Douglas–Peucker tolerance in degrees; well under a pixel at zoom 7. */
const SIMPLIFY_TOLERANCE_DEG = 0.004;
/**
 * For the land around Mali: the coasts of Senegal, Guinea and the Gulf of Guinea are
 * seen at the map's edges, small; 0.02° is two pixels at zoom 7, one at the fitted view of a large screen.
 */
const AROUND_TOLERANCE_DEG = 0.02;

export type BasemapLayer =
  | 'country'
  | 'border'
  | 'region'
  | 'river'
  | 'lake'
  | 'town'
  | 'country-label'
  | 'region-label'
  | 'locator';

export interface Clip {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The window an extract was cut to (its `bbox`, data/basemap/SOURCES.md). */
function windowOf(collection: FeatureCollection, file: string): Clip {
  const [west, south, east, north] = collection.bbox ?? [];
  if (west === undefined || south === undefined || east === undefined || north === undefined)
    throw new Error(`data/basemap/${file} has no bbox: the window it was cut to`);
  return { west, south, east, north };
}

/** The rivers' and lakes' older, narrower window (SOURCES.md). */
const WATER_CLIP: Clip = { west: -14, east: 7, south: 8, north: 27 };

/** The rectangle `clip` as a polygon, to cut geometry to it with turf's intersect. */
export function clipBox({ west, south, east, north }: Clip): Feature<Polygon> {
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      ],
    },
  };
}

/**
 * A polygon cut to the clip box again, as polygon clipping does it: where the extract
 * cut a concave shape (Morocco at 27° N, Lake Volta at 8° N), its ring ran out along
 * the cut and back over the same edge; clipped properly, such a shape becomes the
 * separate pieces it really is.
 */
function clipped(feature: Feature<Geometry, Props>, clip: Clip): Feature<Geometry, Props> {
  const { geometry } = feature;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return feature;
  const inside = intersect<Props>({
    type: 'FeatureCollection',
    features: [feature as Feature<Polygon | MultiPolygon, Props>, clipBox(clip)],
  });
  return inside ? { ...feature, geometry: inside.geometry } : feature;
}

function onClipEdge(a: number[], b: number[], clip: Clip): boolean {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  return (
    (ax === bx && (ax === clip.west || ax === clip.east)) ||
    (ay === by && (ay === clip.south || ay === clip.north))
  );
}

/** Whether a lake was cut by the water window: a straight shore that is not there. */
function cutByClip(geometry: Geometry): boolean {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return false;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return rings.some((ring) =>
    ring.some((a, i) => i > 0 && onClipEdge(ring[i - 1] as number[], a, WATER_CLIP)),
  );
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
  simplifyIt: boolean | number,
): Feature<G, Props> {
  const simplified = simplifyIt
    ? simplify(feature, {
        tolerance: simplifyIt === true ? SIMPLIFY_TOLERANCE_DEG : simplifyIt,
        highQuality: true,
      })
    : feature;
  const rounded = truncate(simplified, { precision: PRECISION, coordinates: 2 });
  return rewind(rounded, { mutate: true }) as Feature<G, Props>;
}

/**
 * A country simplified at `tolerance`, or finer where that makes its coast cross itself
 * (the rias of Guinea-Bissau, the Gambia's estuary): never a ring that crosses.
 */
function tidyWithoutKinks(feature: Feature<Geometry, Props>, tolerance: number) {
  for (let step = tolerance; step > SIMPLIFY_TOLERANCE_DEG; step /= 2) {
    const clean = tidy(feature, step);
    if (kinks(clean as Feature<Polygon | MultiPolygon>).features.length === 0) return clean;
  }
  return tidy(feature, SIMPLIFY_TOLERANCE_DEG);
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

  const countries = readCollection('countries.geojson');
  const window = windowOf(countries, 'countries.geojson');
  for (const country of countries.features) {
    // Countries far from Mali (1:50m, unnamed on the map) have no ISO code in the extract.
    const iso = String(country.properties.iso_a3 ?? country.id);
    const clean = tidyWithoutKinks(
      clipped(country, window),
      iso === 'MLI' ? SIMPLIFY_TOLERANCE_DEG : AROUND_TOLERANCE_DEG,
    );
    clean.properties = country.properties.far
      ? { layer: 'country', iso, mali: false }
      : {
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

  // The land borders only: where the sea meets the land, the colours draw the coast.
  for (const border of readCollection('borders.geojson').features) {
    const mali = border.properties.mali === true;
    const clean = tidy(border, mali ? SIMPLIFY_TOLERANCE_DEG : AROUND_TOLERANCE_DEG);
    clean.properties = { layer: 'border', mali };
    features.push(clean);
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
    const inside = clipped(lake, WATER_CLIP);
    // Lake Volta and Lac de Kossou run on south of the water window: cut, they would
    // show a straight shore that does not exist; Mali's lakes are whole.
    if (cutByClip(inside.geometry)) continue;
    const clean = tidy(inside, true);
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

  // The locator map's Africa and Mali (LocatorMap.tsx): coarse, drawn 130 px wide.
  for (const shape of readCollection('locator.geojson').features) {
    features.push({
      type: 'Feature',
      geometry: (rewind(shape, { mutate: false }) as Feature).geometry,
      properties: { layer: 'locator', mali: shape.properties.part === 'mali' },
    });
  }

  const [west, south, east, north] = [window.west, window.south, window.east, window.north];
  return { type: 'FeatureCollection', bbox: [west, south, east, north], features };
}

/** Generator for scripts/build-data.ts: the basemap file the app and the SVG fallback load. */
export function basemapOutputs(): { path: string; content: string }[] {
  // One feature per line: small diffs when a source file changes.
  const collection = buildBasemap();
  const lines = collection.features.map((f) => JSON.stringify(f));
  // The window it covers (RFC 7946 bbox): the SVG map paints the sea over it.
  const bbox = JSON.stringify(collection.bbox);
  const content = `{"type":"FeatureCollection","bbox":${bbox},"features":[\n${lines.join(',\n')}\n]}\n`;
  return [{ path: 'public/data/basemap.geojson', content }];
}
