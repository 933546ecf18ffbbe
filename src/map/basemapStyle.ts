/**
 * The embedded basemap's style: one GeoJSON source (public/data/basemap.geojson)
 * split into layers by its `layer` property, labels drawn with the Noto Sans files
 * shipped in the build (maplibre's `font-faces`), so no request leaves the origin.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/types.ts';
import { BASEMAP_COLOURS as C } from './palette.ts';

export const BASEMAP_SOURCE = 'basemap';
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

export interface FontFiles {
  regular: string;
  semibold: string;
}

const layerIs = (name: string): ExpressionSpecification => ['==', ['get', 'layer'], name];

/** The label text in the reader's language. */
export function nameIn(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

function upcaseNameIn(lang: Lang): ExpressionSpecification {
  return ['upcase', nameIn(lang)];
}

/** The layers that show a name and their text, so a language change touches only these. */
export const BASEMAP_LABEL_FIELDS: Record<string, (lang: Lang) => ExpressionSpecification> = {
  'country-labels': upcaseNameIn,
  'region-labels': nameIn,
  'town-labels': nameIn,
  'river-labels': nameIn,
};

function basemapLayers(lang: Lang): LayerSpecification[] {
  const source = BASEMAP_SOURCE;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': C.background } },
    {
      id: 'neighbours',
      type: 'fill',
      source,
      filter: ['all', layerIs('country'), ['!', ['get', 'mali']]],
      paint: { 'fill-color': C.neighbour },
    },
    {
      id: 'mali',
      type: 'fill',
      source,
      filter: ['all', layerIs('country'), ['get', 'mali']],
      paint: { 'fill-color': C.mali },
    },
    {
      id: 'lakes',
      type: 'fill',
      source,
      filter: layerIs('lake'),
      paint: { 'fill-color': C.lake, 'fill-outline-color': C.water },
    },
    {
      id: 'rivers',
      type: 'line',
      source,
      filter: layerIs('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': C.water,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          ['match', ['get', 'rank'], 3, 1.6, 1],
          8,
          ['match', ['get', 'rank'], 3, 3, 1.8],
        ],
      },
    },
    {
      id: 'region-borders',
      type: 'line',
      source,
      filter: layerIs('region'),
      paint: { 'line-color': C.regionBorder, 'line-width': 0.9, 'line-dasharray': [3, 2] },
    },
    {
      id: 'neighbour-borders',
      type: 'line',
      source,
      filter: ['all', layerIs('border'), ['!', ['get', 'mali']]],
      paint: { 'line-color': C.neighbourBorder, 'line-width': 0.8 },
    },
    {
      id: 'mali-border',
      type: 'line',
      source,
      filter: ['all', layerIs('border'), ['get', 'mali']],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': C.maliBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.6, 8, 2.6],
      },
    },
    {
      id: 'river-labels',
      type: 'symbol',
      source,
      filter: ['all', layerIs('river'), ['==', ['get', 'rank'], 3]],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 420,
        'text-field': nameIn(lang),
        'text-font': [FONT_REGULAR],
        'text-size': 12,
        'text-letter-spacing': 0.15,
      },
      paint: { 'text-color': '#3d6c94', 'text-halo-color': C.labelHalo, 'text-halo-width': 1.2 },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source,
      filter: layerIs('country-label'),
      layout: {
        'text-field': upcaseNameIn(lang),
        'text-font': [FONT_SEMIBOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 7, 15],
        'text-letter-spacing': 0.18,
        'text-max-width': 8,
      },
      paint: { 'text-color': C.countryLabel, 'text-halo-color': C.neighbour, 'text-halo-width': 1 },
    },
    {
      id: 'region-labels',
      type: 'symbol',
      source,
      filter: layerIs('region-label'),
      layout: {
        'text-field': nameIn(lang),
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 7, 14],
        'text-letter-spacing': 0.08,
        'text-padding': 4,
      },
      paint: {
        'text-color': C.regionLabel,
        'text-halo-color': C.labelHalo,
        'text-halo-width': 1.4,
      },
    },
    {
      id: 'towns',
      type: 'circle',
      source,
      filter: layerIs('town'),
      paint: {
        'circle-radius': ['case', ['get', 'capital'], 3.2, 2.4],
        'circle-color': C.townDot,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'town-labels',
      type: 'symbol',
      source,
      filter: layerIs('town'),
      layout: {
        'text-field': nameIn(lang),
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 7, 13],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'text-padding': 2,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': C.townLabel, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.4 },
    },
  ];
}

/**
 * The complete offline style. `data` is the basemap (loaded, or an absolute URL); the
 * font files are absolute URLs on the page's own origin (maplibre needs absolute URLs;
 * the build has a relative base).
 */
export function basemapStyle(options: {
  data: string | GeoJSON.FeatureCollection;
  fonts: FontFiles;
  lang: Lang;
}): StyleSpecification {
  return {
    version: 8,
    name: 'MINUSMA withdrawal — offline basemap',
    'font-faces': {
      [FONT_REGULAR]: options.fonts.regular,
      [FONT_SEMIBOLD]: options.fonts.semibold,
    },
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'geojson',
        data: options.data,
        attribution: 'Made with Natural Earth',
      },
    },
    layers: basemapLayers(options.lang),
  };
}
