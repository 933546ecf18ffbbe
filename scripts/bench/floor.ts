/**
 * The benchmark's floor: a bare maplibre page that draws what the app's map draws
 * and nothing else — the same basemap (the app's style, data file and font files)
 * and the 13 sites as plain circles coloured by a feature-state `status`. What the
 * app costs beyond this is ours; this much is the engine's.
 *
 * Built by scripts/bench.ts into bench-results/floor/ (never into dist/) and served
 * next to the app, on the same origin, reading the app's own data files.
 *
 * Query: `w` and `h`, the map's size in CSS px (the app's map size, so both draw the
 * same number of pixels); `statuses`, the sites' first statuses by feature index.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { type ExpressionSpecification, Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { fontFiles, publicUrl } from '../../src/map/assets.ts';
import { basemapStyle } from '../../src/map/basemapStyle.ts';
import { framePadding, MALI_BOUNDS } from '../../src/map/framing.ts';
import { STATUS_STYLES } from '../../src/map/symbols.ts';

// As src/map/worker.ts: maplibre's worker from the build, on the page's origin.
setWorkerUrl(new URL(workerUrl, import.meta.url).href);

export const FLOOR_SITES_SOURCE = 'sites';

export interface FloorTimes {
  /** First frame drawn with the sites' source loaded (ms since navigation start). */
  sitesPainted: number | null;
  /** First frame drawn with the style and every tile loaded: the app's "ready" rule. */
  ready: number | null;
  /** First `idle` event. */
  idle: number | null;
}

export interface FloorApi {
  map: MaplibreMap;
  times: FloorTimes;
  /** How many times a source has started loading data or a tile. */
  sourceLoads: () => number;
  /** Sets every site's `status` feature state (by feature index). */
  setStatuses: (statuses: readonly string[]) => void;
  /** From now on, repaints the whole map on every animation frame (the playback floor). */
  repaintEveryFrame: () => void;
}

declare global {
  interface Window {
    floor?: FloorApi;
  }
}

const params = new URLSearchParams(window.location.search);
const container = document.getElementById('map');
if (!container) throw new Error('floor.html has no #map element');
const width = Number(params.get('w')) || container.clientWidth;
const height = Number(params.get('h')) || container.clientHeight;
container.style.width = `${width}px`;
container.style.height = `${height}px`;
const initialStatuses = (params.get('statuses') ?? '').split(',').filter(Boolean);

const base = basemapStyle({
  data: publicUrl('../data/basemap.geojson'),
  fonts: fontFiles(),
  lang: 'en',
});
const statusColour = [
  'match',
  ['feature-state', 'status'],
  ...Object.entries(STATUS_STYLES).flatMap(([status, style]) => [status, style.fill]),
  '#888888',
] as unknown as ExpressionSpecification;

const map = new MaplibreMap({
  container,
  style: {
    ...base,
    sources: {
      ...base.sources,
      [FLOOR_SITES_SOURCE]: { type: 'geojson', data: publicUrl('../data/sites.geojson') },
    },
    layers: [
      ...base.layers,
      {
        id: 'site-circles',
        type: 'circle',
        source: FLOOR_SITES_SOURCE,
        paint: {
          'circle-radius': 8,
          'circle-color': statusColour,
          'circle-stroke-color': '#1f2328',
          'circle-stroke-width': 1.5,
        },
      },
    ],
  },
  bounds: MALI_BOUNDS,
  fitBoundsOptions: { padding: framePadding(width, height) },
  renderWorldCopies: false,
  attributionControl: false,
  // As the app: no symbol fade, so a frame shows its final state.
  fadeDuration: 0,
});

const setStatuses = (statuses: readonly string[]) => {
  statuses.forEach((status, id) => {
    map.setFeatureState({ source: FLOOR_SITES_SOURCE, id }, { status });
  });
};

const times: FloorTimes = { sitesPainted: null, ready: null, idle: null };
let sourceLoads = 0;
map.on('load', () => setStatuses(initialStatuses));
map.on('render', () => {
  if (
    times.sitesPainted === null &&
    map.getSource(FLOOR_SITES_SOURCE) &&
    map.isSourceLoaded(FLOOR_SITES_SOURCE)
  )
    times.sitesPainted = performance.now();
  if (times.ready === null && map.isStyleLoaded() && map.areTilesLoaded())
    times.ready = performance.now();
});
map.once('idle', () => {
  times.idle = performance.now();
});
map.on('sourcedataloading', () => {
  sourceLoads++;
});

const repaintEveryFrame = () => {
  map.triggerRepaint();
  requestAnimationFrame(repaintEveryFrame);
};

window.floor = { map, times, sourceLoads: () => sourceLoads, setStatuses, repaintEveryFrame };
