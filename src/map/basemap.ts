import type { FeatureCollection, Geometry } from 'geojson';

/**
 * The basemap as loaded (Mali, its regions and neighbours, rivers, lakes; each feature's
 * `layer` says which): drawn by the SVG first paint, the exports and maplibre, from one download.
 */
export type Basemap = FeatureCollection<Geometry, Record<string, unknown>>;
