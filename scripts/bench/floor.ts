/**
 * The benchmark's floor: a bare maplibre page that draws what any map of these sites
 * must draw and nothing else — the same basemap (the app's style, data file and font
 * files) and the 13 sites as symbols with their names (one symbol layer: a round icon
 * coloured by a feature-state `status`, and the name beside it, placed as the app
 * places it). What the app costs beyond this is ours; this much is the engine's.
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
import { basemapStyle, FONT_SEMIBOLD } from '../../src/map/basemapStyle.ts';
import { framePadding, MALI_BOUNDS } from '../../src/map/maliFrame.ts';
import { SITE_LABEL_ANCHORS, STATUS_STYLES } from '../../src/symbols/symbols.ts';

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

/** The sites as the app gives them to maplibre: flat properties, the English name. */
interface SiteFeature {
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; name: { en: string } };
}
const sitesFile = (await (await fetch(publicUrl('../data/sites.geojson'))).json()) as {
  features: SiteFeature[];
};
const sites = {
  type: 'FeatureCollection' as const,
  features: sitesFile.features.map((feature) => ({
    type: 'Feature' as const,
    id: feature.id,
    geometry: feature.geometry,
    properties: {
      name: feature.properties.name.en,
      anchor: SITE_LABEL_ANCHORS[feature.properties.id] ?? 'left',
    },
  })),
};

/** A round symbol, drawn once, recoloured per site by maplibre (an SDF icon). */
function roundIcon(size: number): ImageData {
  const canvas = new OffscreenCanvas(size, size);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#000';
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, size / 2 - 4, 0, Math.PI * 2);
  ctx.fill();
  return ctx.getImageData(0, 0, size, size);
}

const map = new MaplibreMap({
  container,
  style: {
    ...base,
    sources: {
      ...base.sources,
      [FLOOR_SITES_SOURCE]: { type: 'geojson', data: sites },
    },
    layers: [
      ...base.layers,
      {
        id: 'sites',
        type: 'symbol',
        source: FLOOR_SITES_SOURCE,
        layout: {
          'icon-image': 'site',
          'icon-size': 0.5,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          'text-field': ['get', 'name'],
          'text-font': [FONT_SEMIBOLD],
          'text-size': 12,
          'text-anchor': ['get', 'anchor'],
          'text-radial-offset': 1.1,
          'text-allow-overlap': true,
        },
        paint: {
          'icon-color': statusColour,
          'text-color': '#111417',
          'text-halo-color': 'rgba(255, 255, 255, 0.95)',
          'text-halo-width': 1.6,
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

map.addImage('site', roundIcon(40), { sdf: true, pixelRatio: 2 });

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
