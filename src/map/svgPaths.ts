/**
 * The basemap as SVG path strings in a frame's pixels, layer by layer: drawn by the
 * SVG map as <path d>, and by the exports as canvas Path2D from the same strings.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Frame } from './framing.ts';

type Props = Record<string, unknown>;

export function pathOf(geometry: Geometry, frame: Frame): string {
  const line = (points: Position[], close: boolean) =>
    points
      .map(([lon = 0, lat = 0], i) => {
        const [x, y] = frame.project(lon, lat);
        return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
      })
      .join('') + (close ? 'Z' : '');
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

export function basemapPaths(basemap: FeatureCollection<Geometry, Props>, frame: Frame): Layered {
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
    const d = pathOf(feature.geometry, frame);
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
