/**
 * The basemap as SVG path strings in a frame's pixels, layer by layer: drawn by the
 * SVG map as <path d>, and by the exports as canvas Path2D from the same strings.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Frame } from './maliFrame.ts';

type Props = Record<string, unknown>;

/**
 * `geometry` as path data in `frame`'s pixels, at `digits` decimals: relative moves
 * between rounded points (short numbers; no drift), points that round onto the last
 * one left out. The HTML the build writes carries these strings, so their length counts.
 */
/** Two numbers; the minus sign separates them as well as a space does. */
const pair = (a: number, b: number) => (b < 0 ? `${a}${b}` : `${a} ${b}`);

export function pathOf(geometry: Geometry, frame: Frame, digits = 1): string {
  const unit = 10 ** digits;
  const line = (points: Position[], close: boolean) => {
    let text = '';
    let last: [number, number] | null = null;
    for (const [lon = 0, lat = 0] of points) {
      const [px, py] = frame.project(lon, lat);
      const x = Math.round(px * unit);
      const y = Math.round(py * unit);
      if (!last) text += `M${pair(x / unit, y / unit)}`;
      else if (x !== last[0] || y !== last[1])
        text += `l${pair((x - last[0]) / unit, (y - last[1]) / unit)}`;
      last = [x, y];
    }
    return text + (close ? 'z' : '');
  };
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => line(ring, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates
        .flatMap((polygon) => polygon.map((ring) => line(ring, true)))
        .join('');
    case 'LineString':
      return line(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((part) => line(part, false)).join('');
    default:
      return '';
  }
}

export interface Layered {
  neighbours: string;
  mali: string;
  regions: string;
  borders: string;
  maliBorder: string;
  rivers: string;
  lakes: string;
}

export function basemapPaths(
  basemap: FeatureCollection<Geometry, Props>,
  frame: Frame,
  digits = 1,
): Layered {
  const paths: Layered = {
    neighbours: '',
    mali: '',
    regions: '',
    borders: '',
    maliBorder: '',
    rivers: '',
    lakes: '',
  };
  for (const feature of basemap.features as Feature<Geometry, Props>[]) {
    const { layer, mali } = feature.properties;
    const d = pathOf(feature.geometry, frame, digits);
    if (layer === 'country') {
      if (mali) paths.mali += d;
      else paths.neighbours += d;
    } else if (layer === 'border') {
      if (mali) paths.maliBorder += d;
      else paths.borders += d;
    } else if (layer === 'region') paths.regions += d;
    else if (layer === 'river') paths.rivers += d;
    else if (layer === 'lake') paths.lakes += d;
  }
  return paths;
}
