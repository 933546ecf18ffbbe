/**
 * The layers that tell the withdrawal: redeployment flows, hub rings, the selected
 * site's ring, and the sites' animated icons with their names. Each reads its changing
 * look from feature state (set by MapController on a date change) or from the
 * per-site icon, never from a filter or a data update.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/types.ts';
import { FLOW_COLOURS, HUB_COLOUR, SELECTED_COLOUR } from '../symbols/symbols.ts';
import { FONT_SEMIBOLD } from './basemapStyle.ts';

export const SITES_SOURCE = 'sites';
export const FLOWS_SOURCE = 'flows';
/** The sites' icons with their names. */
export const SITE_SYMBOL_LAYER = 'site-symbols';
export const FLOW_MOTION_LAYER = 'flow-motion';

/** The icon image of a site, registered by MapController as `site-<id>`. */
export const siteIconName = (id: string) => `site-${id}`;

const state = (name: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false,
];

export function siteLabelField(lang: Lang): ExpressionSpecification {
  return ['get', `name_${lang}`];
}

/** Dash steps for the flows' motion: shifting the dash makes the line crawl toward the hub. */
export const FLOW_DASH_STEPS: number[][] = [
  [0, 4, 3],
  [0.5, 4, 2.5],
  [1, 4, 2],
  [1.5, 4, 1.5],
  [2, 4, 1],
  [2.5, 4, 0.5],
  [3, 4, 0],
  [0, 0.5, 3, 3.5],
  [0, 1, 3, 3],
  [0, 1.5, 3, 2.5],
  [0, 2, 3, 2],
  [0, 2.5, 3, 1.5],
  [0, 3, 3, 1],
  [0, 3.5, 3, 0.5],
];

/**
 * The sizes of the sites' symbols, labels and rings; `scale` enlarges them for a room
 * (presentation mode), where 12-px names cannot be read from the back.
 */
export function siteSizes(scale: number) {
  return {
    icon: ['interpolate', ['linear'], ['zoom'], 4, 0.9 * scale, 7, 1.25 * scale],
    text: ['interpolate', ['linear'], ['zoom'], 4, 12 * scale, 7, 16 * scale],
    hubRadius: 15 * scale,
    selectedRadius: 19 * scale,
  } satisfies Record<string, ExpressionSpecification | number>;
}

export const HUB_RING_LAYER = 'hub-rings';
export const SELECTED_RING_LAYER = 'selected-ring';

export function siteLayers(lang: Lang): LayerSpecification[] {
  const sizes = siteSizes(1);
  return [
    {
      id: 'flows',
      type: 'line',
      source: FLOWS_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': [
          'match',
          ['get', 'basis'],
          'stated',
          FLOW_COLOURS.stated,
          FLOW_COLOURS.inferred,
        ],
        'line-width': ['match', ['get', 'basis'], 'stated', 3, 2],
        'line-opacity': ['case', state('active'), 0.9, 0],
        'line-dasharray': [
          'match',
          ['get', 'basis'],
          'stated',
          ['literal', [1, 0]],
          ['literal', [2, 1.5]],
        ],
      },
    },
    {
      id: FLOW_MOTION_LAYER,
      type: 'line',
      source: FLOWS_SOURCE,
      layout: { 'line-cap': 'butt' },
      paint: {
        'line-color': '#ffffff',
        'line-width': 1.5,
        'line-opacity': ['case', state('active'), 0.9, 0],
        'line-dasharray': FLOW_DASH_STEPS[0],
      },
    },
    {
      id: HUB_RING_LAYER,
      type: 'circle',
      source: SITES_SOURCE,
      paint: {
        'circle-radius': sizes.hubRadius,
        'circle-color': 'rgba(0, 158, 115, 0.12)',
        'circle-stroke-color': HUB_COLOUR,
        'circle-stroke-width': 3,
        'circle-opacity': ['case', state('hub'), 1, 0],
        'circle-stroke-opacity': ['case', state('hub'), 1, 0],
      },
    },
    {
      id: SELECTED_RING_LAYER,
      type: 'circle',
      source: SITES_SOURCE,
      paint: {
        'circle-radius': sizes.selectedRadius,
        'circle-color': 'rgba(0, 0, 0, 0)',
        'circle-stroke-color': SELECTED_COLOUR,
        'circle-stroke-width': 3,
        'circle-stroke-opacity': ['case', state('selected'), 1, 0],
      },
    },
    // Each site's icon and its name in one symbol layer: one placement pass and one
    // draw fewer per frame than two layers, and the name is part of the click target.
    {
      id: SITE_SYMBOL_LAYER,
      type: 'symbol',
      source: SITES_SOURCE,
      layout: {
        'icon-image': ['concat', 'site-', ['get', 'id']],
        'icon-size': sizes.icon,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': siteLabelField(lang),
        'text-font': [FONT_SEMIBOLD],
        'text-size': sizes.text,
        'text-anchor': ['coalesce', ['get', 'anchor'], 'left'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto',
        // Every site keeps its name; basemap labels give way to it.
        'text-allow-overlap': true,
        'text-padding': 1,
      },
      paint: {
        'text-color': ['match', ['feature-state', 'status'], 'closed', '#4d4d4d', '#111417'],
        'text-halo-color': 'rgba(255, 255, 255, 0.95)',
        'text-halo-width': 1.6,
      },
    },
  ];
}
