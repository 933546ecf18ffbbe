/**
 * Writes the Natural Earth country extracts of data/basemap/ from the npm package
 * world-atlas (Natural Earth v4.1.0 admin-0 countries as TopoJSON):
 *
 * - countries.geojson: Mali and its neighbours at 1:10m, whole; every other country
 *   in the window that any framing of the map can show at 1:50m, simplified (they are
 *   seen small, at the map's edges) and cut to that window. The window holds the
 *   engine's pan limit (src/map/MapController.ts, MAX_BOUNDS) with a margin, so that no
 *   view the map can show reaches a cut.
 * - borders.geojson: the land borders between those countries (not the coasts: the sea
 *   meets the land there), at 1:10m wherever Mali or a neighbour is on one side, else
 *   at 1:50m like the far countries; Mali's own border as a feature of its own.
 * - locator.geojson: Africa's outline (its countries merged) and Mali at 1:110m,
 *   simplified to what a 130-pixel locator map shows.
 *
 *   npx tsx scripts/basemap-extract.ts
 *
 * Then `npm run data` compiles them into public/data/basemap.geojson.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import intersect from '@turf/intersect';
import simplify from '@turf/simplify';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_WINDOW } from '../src/map/maliFrame.ts';
import { clipBox } from './data/basemap.ts';

const require = createRequire(import.meta.url);
const OUT = 'data/basemap';

const [[west, south], [east, north]] = BASEMAP_WINDOW;

/**
 * Mali and the countries around it, drawn at 1:10m, with the English and French names
 * of Natural Earth v5's attribute table (ne_10m_admin_0_countries: NAME, NAME_EN,
 * NAME_FR), joined on the ISO numeric code that world-atlas uses as the feature's id.
 */
const NEAR: Record<string, { iso: string; long: string; fr: string }> = {
  '012': { iso: 'DZA', long: 'Algeria', fr: 'Algérie' },
  '204': { iso: 'BEN', long: 'Benin', fr: 'Bénin' },
  '854': { iso: 'BFA', long: 'Burkina Faso', fr: 'Burkina Faso' },
  '384': { iso: 'CIV', long: 'Ivory Coast', fr: "Côte d'Ivoire" },
  '270': { iso: 'GMB', long: 'The Gambia', fr: 'Gambie' },
  '288': { iso: 'GHA', long: 'Ghana', fr: 'Ghana' },
  '324': { iso: 'GIN', long: 'Guinea', fr: 'Guinée' },
  '624': { iso: 'GNB', long: 'Guinea-Bissau', fr: 'Guinée-Bissau' },
  '430': { iso: 'LBR', long: 'Liberia', fr: 'Liberia' },
  '466': { iso: 'MLI', long: 'Mali', fr: 'Mali' },
  '478': { iso: 'MRT', long: 'Mauritania', fr: 'Mauritanie' },
  '504': { iso: 'MAR', long: 'Morocco', fr: 'Maroc' },
  '562': { iso: 'NER', long: 'Niger', fr: 'Niger' },
  '566': { iso: 'NGA', long: 'Nigeria', fr: 'Nigeria' },
  '686': { iso: 'SEN', long: 'Senegal', fr: 'Sénégal' },
  '694': { iso: 'SLE', long: 'Sierra Leone', fr: 'Sierra Leone' },
  '768': { iso: 'TGO', long: 'Togo', fr: 'Togo' },
  '732': { iso: 'ESH', long: 'Western Sahara', fr: 'Sahara occidental' },
};

/** Africa's countries as world-atlas names them (its 110m file). */
const AFRICA = new Set([
  'Algeria',
  'Angola',
  'Benin',
  'Botswana',
  'Burkina Faso',
  'Burundi',
  'Cameroon',
  'Central African Rep.',
  'Chad',
  'Congo',
  "Côte d'Ivoire",
  'Dem. Rep. Congo',
  'Djibouti',
  'Egypt',
  'Eq. Guinea',
  'Eritrea',
  'eSwatini',
  'Ethiopia',
  'Gabon',
  'Gambia',
  'Ghana',
  'Guinea',
  'Guinea-Bissau',
  'Kenya',
  'Lesotho',
  'Liberia',
  'Libya',
  'Madagascar',
  'Malawi',
  'Mali',
  'Mauritania',
  'Morocco',
  'Mozambique',
  'Namibia',
  'Niger',
  'Nigeria',
  'Rwanda',
  'S. Sudan',
  'Senegal',
  'Sierra Leone',
  'Somalia',
  'Somaliland',
  'South Africa',
  'Sudan',
  'Tanzania',
  'Togo',
  'Tunisia',
  'Uganda',
  'W. Sahara',
  'Zambia',
  'Zimbabwe',
]);

/** Far countries: Douglas–Peucker tolerance (°) and the smallest island kept (square degrees). */
const FAR_TOLERANCE = 0.08;
const FAR_SMALLEST = 0.03;
/** The locator: 0.25° is under half a pixel at 130 px for Africa's 70° of longitude. */
const LOCATOR_TOLERANCE = 0.25;
const LOCATOR_SMALLEST = 1;

type Props = Record<string, unknown>;

function topology(file: string): Topology<{ countries: GeometryCollection<Props> }> {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'));
}

function countries(topo: Topology<{ countries: GeometryCollection<Props> }>) {
  return feature(topo, topo.objects.countries).features as Feature<Polygon | MultiPolygon, Props>[];
}

const windowBox = clipBox({ west, south, east, north });

/** Planar area of a ring in square degrees: enough to tell an islet from a country. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] as Position;
    const [x1 = 0, y1 = 0] = ring[i] as Position;
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum) / 2;
}

/** The polygons of `geometry` at least `smallest` square degrees large, or null. */
function withoutIslets(geometry: Polygon | MultiPolygon, smallest: number): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.filter((polygon) => ringArea(polygon[0] ?? []) >= smallest);
  return kept.length > 0 ? { type: 'MultiPolygon', coordinates: kept } : null;
}

/** Cut to the window; null when nothing of it is inside. */
function inWindow(country: Feature<Polygon | MultiPolygon, Props>) {
  return intersect<Props>({ type: 'FeatureCollection', features: [country, windowBox] });
}

/** Coordinates rounded to `digits` decimals, repeated points dropped, rings closed. */
function rounded(geometry: Geometry, digits: number): Geometry {
  const unit = 10 ** digits;
  const round = (value: number) => Math.round(value * unit) / unit;
  const line = (points: Position[]) => {
    const out: Position[] = [];
    for (const [x = 0, y = 0] of points) {
      const point = [round(x), round(y)];
      const last = out[out.length - 1];
      if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
    }
    return out;
  };
  const ring = (points: Position[]) => {
    const out = line(points);
    const [first, last] = [out[0], out[out.length - 1]];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
    return out;
  };
  const polygon = (rings: Position[][]) => rings.map(ring).filter((r) => r.length >= 4);
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: polygon(geometry.coordinates) };
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: geometry.coordinates.map(line).filter((l) => l.length > 1),
      };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map(polygon).filter((p) => p.length > 0),
      };
    default:
      return geometry;
  }
}

/** One feature a line; `bbox` (RFC 7946) tells the data build where the cuts are. */
function write(file: string, features: Feature[], bbox?: number[]): void {
  const lines = features.map((f) => JSON.stringify(f));
  const box = bbox ? `"bbox":${JSON.stringify(bbox)},` : '';
  const text = `{"type":"FeatureCollection",${box}"features":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(`${OUT}/${file}`, text);
  console.warn(`${OUT}/${file}: ${features.length} features, ${text.length} bytes`);
}

function countriesFile(): Feature[] {
  const out: Feature[] = [];
  for (const country of countries(topology('countries-10m.json'))) {
    const near = NEAR[String(country.id)];
    if (!near) continue;
    const inside = inWindow(country);
    if (!inside) continue;
    out.push({
      type: 'Feature',
      id: near.iso,
      properties: {
        name: country.properties.name,
        name_long_en: near.long,
        name_fr: near.fr,
        iso_a3: near.iso,
        iso_n3: String(country.id),
      },
      geometry: rounded(inside.geometry, 4),
    });
  }
  for (const country of countries(topology('countries-50m.json'))) {
    if (NEAR[String(country.id)]) continue;
    const inside = inWindow(country);
    if (!inside) continue;
    const simple = simplify(inside, { tolerance: FAR_TOLERANCE, highQuality: true });
    const kept = withoutIslets(simple.geometry, FAR_SMALLEST);
    if (!kept) continue;
    const name = String(country.properties.name);
    // A few territories have no ISO code in world-atlas (N. Cyprus, Kosovo…): their name is their id.
    const id = country.id === undefined ? name : `n${country.id}`;
    out.push({
      type: 'Feature',
      id,
      properties: { name, iso_n3: country.id ?? null, far: true },
      geometry: rounded(kept, 3),
    });
  }
  return out.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Lines cut where they leave the window (a vertex outside ends a piece). */
function linesInWindow(lines: Position[][]): Position[][] {
  const pieces: Position[][] = [];
  for (const line of lines) {
    let piece: Position[] = [];
    for (const point of line) {
      const [x = 0, y = 0] = point;
      if (x >= west && x <= east && y >= south && y <= north) piece.push(point);
      else {
        if (piece.length > 1) pieces.push(piece);
        piece = [];
      }
    }
    if (piece.length > 1) pieces.push(piece);
  }
  return pieces;
}

function bordersFile(): Feature[] {
  type Country = { id?: string | number };
  const near = (country: Country) => NEAR[String(country.id)] !== undefined;
  const isMali = (country: Country) => String(country.id) === '466';
  const fine = topology('countries-10m.json');
  const coarse = topology('countries-50m.json');
  const lines = (
    topo: typeof fine,
    keep: (a: Country, b: Country) => boolean,
    tolerance: number,
  ): Position[][] => {
    const drawn = mesh(topo, topo.objects.countries, (a, b) => a !== b && keep(a, b));
    const simple =
      tolerance > 0
        ? simplify({ type: 'Feature', properties: {}, geometry: drawn }, { tolerance }).geometry
        : drawn;
    return linesInWindow(simple.coordinates);
  };
  const border = (mali: boolean, coordinates: Position[][]): Feature => ({
    type: 'Feature',
    properties: { mali },
    geometry: rounded({ type: 'MultiLineString', coordinates }, mali ? 4 : 3),
  });
  return [
    border(
      true,
      lines(fine, (a, b) => isMali(a) || isMali(b), 0),
    ),
    border(false, [
      ...lines(fine, (a, b) => !isMali(a) && !isMali(b) && (near(a) || near(b)), 0),
      ...lines(coarse, (a, b) => !near(a) && !near(b), FAR_TOLERANCE),
    ]),
  ];
}

function locatorFile(): Feature[] {
  const topo = topology('countries-110m.json');
  const nameOf = (g: { properties?: Props }) => String(g.properties?.name);
  const africa = topo.objects.countries.geometries.filter((g) => AFRICA.has(nameOf(g)));
  const mali = africa.find((g) => nameOf(g) === 'Mali');
  if (africa.length !== AFRICA.size || !mali) {
    throw new Error(`world-atlas 110m: ${africa.length} of ${AFRICA.size} African countries`);
  }
  const shape = (
    part: 'africa' | 'mali',
    geometry: MultiPolygon | Polygon,
  ): Feature<Geometry, Props> => {
    const simple = simplify(
      { type: 'Feature', properties: {}, geometry },
      { tolerance: LOCATOR_TOLERANCE, highQuality: true },
    );
    const kept = withoutIslets(simple.geometry, part === 'mali' ? 0 : LOCATOR_SMALLEST);
    if (!kept) throw new Error(`nothing left of ${part}`);
    return { type: 'Feature', properties: { part }, geometry: rounded(kept, 1) };
  };
  const maliShape = feature(topo, mali) as Feature<Polygon | MultiPolygon, Props>;
  return [
    shape('africa', merge(topo, africa as Parameters<typeof merge>[1])),
    shape('mali', maliShape.geometry),
  ];
}

write('countries.geojson', countriesFile(), [west, south, east, north]);
write('borders.geojson', bordersFile(), [west, south, east, north]);
write('locator.geojson', locatorFile());
