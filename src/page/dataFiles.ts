/** The data files the app loads, relative to the page (public/data/, built by `npm run data`). */
export const DATA_FILES = {
  sites: 'data/sites.geojson',
  timeline: 'data/timeline.json',
  reported: 'data/reported.json',
  basemap: 'data/basemap.geojson',
} as const;
