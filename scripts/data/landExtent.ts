import type { FeatureCollection, Position } from 'geojson';

export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * How far the basemap's land reaches: the extent of every vertex of its countries. A view
 * that stays inside it never shows the countries stop in a straight line.
 */
export function landExtent(basemap: FeatureCollection): Extent {
  const extent = { west: 180, south: 90, east: -180, north: -90 };
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      const [lon = 0, lat = 0] = value as Position;
      extent.west = Math.min(extent.west, lon);
      extent.east = Math.max(extent.east, lon);
      extent.south = Math.min(extent.south, lat);
      extent.north = Math.max(extent.north, lat);
      return;
    }
    for (const item of value) visit(item);
  };
  for (const feature of basemap.features)
    if (feature.properties?.layer === 'country' && 'coordinates' in feature.geometry)
      visit(feature.geometry.coordinates);
  return extent;
}
