/**
 * The locator map's geometry: Africa in a small Web Mercator box, and the rectangle of
 * the part of it the main map shows now, from the main map's projection.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type Bounds, type Frame, frameFor, mercatorX, mercatorY } from './maliFrame.ts';
import { pathOf } from './svgPaths.ts';

/** Africa, from Cap Vert to Cape Guardafui and from Cap Bon to Cape Agulhas, with air. */
export const AFRICA_BOUNDS: Bounds = [
  [-18.5, -35.5],
  [52, 38],
];

/** The locator's box: `width` px wide, as tall as Africa is in Web Mercator. */
export function locatorFrame(width: number): Frame & { width: number; height: number } {
  const [[west, south], [east, north]] = AFRICA_BOUNDS;
  const height =
    (width * (mercatorY(south) - mercatorY(north))) / (mercatorX(east) - mercatorX(west));
  return { ...frameFor(width, height, AFRICA_BOUNDS, 0), width, height };
}

const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** What a map of `width`×`height` px drawn with `frame` shows: west, south, east, north. */
export function viewBounds(frame: Frame, width: number, height: number): Bounds {
  return [
    [lonOf(frame.x.invert(0)), latOf(frame.y.invert(height))],
    [lonOf(frame.x.invert(width)), latOf(frame.y.invert(0))],
  ];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * `view` as a rectangle on the locator drawn with `locator`: kept inside the locator's
 * box, and never smaller than `smallest` px a side (centred on the view), so that a
 * reader zoomed in on one town still sees where they are.
 */
export function frameRect(
  view: Bounds,
  locator: Frame & { width: number; height: number },
  smallest = 4,
): Rect {
  const [[west, south], [east, north]] = view;
  const [left, top] = locator.project(west, north);
  const [right, bottom] = locator.project(east, south);
  const grow = (low: number, high: number, limit: number) => {
    const size = Math.max(high - low, smallest);
    const middle = (low + high) / 2;
    const from = Math.max(0, middle - size / 2);
    const to = Math.min(limit, middle + size / 2);
    return [Math.min(from, limit - smallest), Math.max(to, smallest)] as const;
  };
  const [x0, x1] = grow(left, right, locator.width);
  const [y0, y1] = grow(top, bottom, locator.height);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The locator's box as drawn: 120 units wide; CSS (or an export) sets its size. */
export const LOCATOR_FRAME = locatorFrame(120);

/**
 * How wide an image of a map `width`×`height` px draws the locator, in the same px: a
 * seventh of the map's width, or of the width of a 16:10 map as tall where the map is
 * wider, between 80 and 140, as the page's sizes for it run (map.css): small enough on a
 * small map to leave the eastern sites' names clear, never a stamp on a large one.
 */
export function locatorWidthFor(width: number, height: number): number {
  return Math.round(Math.min(140, Math.max(80, Math.min(width, height * 1.6) / 7)));
}

/**
 * Where an image of a map `width`×`height` px draws the locator (drawn at LOCATOR_FRAME's
 * size, then scaled by `scale`): bottom right, 10 px from the right and 30 from the
 * bottom, as the page places it above the credits. The SVG and PNG exports share it.
 */
export function locatorPlacement(width: number, height: number) {
  const scale = locatorWidthFor(width, height) / LOCATOR_FRAME.width;
  return {
    left: width - 10 - LOCATOR_FRAME.width * scale,
    top: height - 30 - LOCATOR_FRAME.height * scale,
    scale,
  };
}

export const LOCATOR_COLOURS = {
  sea: '#d3e2ed',
  land: '#c9c3b6',
  mali: '#3b4148',
  frame: '#c8102e',
} as const;

type Props = Record<string, unknown>;

/** Africa's and Mali's outlines in the locator's box, from the basemap's `locator` layer. */
export function locatorPaths(basemap: FeatureCollection<Geometry, Props>) {
  let africa = '';
  let mali = '';
  for (const feature of basemap.features as Feature<Geometry, Props>[]) {
    if (feature.properties.layer !== 'locator') continue;
    const d = pathOf(feature.geometry, LOCATOR_FRAME, 1);
    if (feature.properties.mali) mali += d;
    else africa += d;
  }
  return { africa, mali, width: LOCATOR_FRAME.width, height: LOCATOR_FRAME.height };
}

/** The frame rectangle for a map of `width`×`height` px drawn with `frame`. */
export function locatorRect(frame: Frame, width: number, height: number): Rect {
  return frameRect(viewBounds(frame, width, height), LOCATOR_FRAME);
}
