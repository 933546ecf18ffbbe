/**
 * How the map frames Mali, in one place, so that the SVG first paint and the WebGL
 * map put every point at the same pixel: Web Mercator, bounds fitted with padding
 * and centred, as maplibre's fitBounds does (512-px world at zoom 0).
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';

export type Bounds = [[number, number], [number, number]];

/** Mali's extent with a little air: what "framed to fit Mali" means at any size. */
export const MALI_BOUNDS: Bounds = [
  [-12.4, 10.0],
  [4.4, 25.2],
];

/**
 * How far the engine lets a reader pan and zoom out (maplibre's maxBounds): wide enough
 * that it never constrains the fitted view, even on a 21:9 screen or on a phone
 * presenting with Mali framed under the panel that covers the top.
 */
export const PAN_BOUNDS: Bounds = [
  [-40, -5],
  [32, 50],
];

/**
 * The window the basemap's countries are cut to (data/basemap/SOURCES.md): the pan limit
 * and 2° more, so that no view either map can show reaches a cut.
 */
export const BASEMAP_WINDOW: Bounds = [
  [-42, -7],
  [34, 52],
];

/** Padding that keeps Mali clear of the map's controls at any size. */
export function framePadding(width: number, height: number): number {
  return Math.max(8, Math.min(48, Math.round(Math.min(width, height) * 0.05)));
}

/** Longitude to Web Mercator x, in world units (0…1). */
export const mercatorX = (lon: number) => (lon + 180) / 360;
/** Latitude to Web Mercator y, in world units (0 at the top). */
export const mercatorY = (lat: number) =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

/** `bounds` in Web Mercator world units: west to east (x0…x1), north to south (y0…y1). */
export function mercatorExtent([[west, south], [east, north]]: Bounds) {
  return { x0: mercatorX(west), x1: mercatorX(east), y0: mercatorY(north), y1: mercatorY(south) };
}

export interface Frame {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** maplibre's zoom for the same framing. */
  zoom: number;
  project: (lon: number, lat: number) => [number, number];
}

/** Scales that place lon/lat in a `width`×`height` box as fitBounds(bounds, padding) would. */
export function frameFor(
  width: number,
  height: number,
  bounds: Bounds = MALI_BOUNDS,
  padding: number = framePadding(width, height),
): Frame {
  const { x0, x1, y0, y1 } = mercatorExtent(bounds);
  const pxPerUnit = Math.min((width - 2 * padding) / (x1 - x0), (height - 2 * padding) / (y1 - y0));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const x = scaleLinear()
    .domain([cx, cx + 1])
    .range([width / 2, width / 2 + pxPerUnit]);
  const y = scaleLinear()
    .domain([cy, cy + 1])
    .range([height / 2, height / 2 + pxPerUnit]);
  return {
    x,
    y,
    zoom: Math.log2(pxPerUnit / 512),
    project: (lon, lat) => [x(mercatorX(lon)), y(mercatorY(lat))],
  };
}

/** Width, in SVG units, of the box the SVG map draws Mali's bounds into. */
export const FITTED_WIDTH = 1000;

/**
 * Mali's bounds drawn edge to edge in a box FITTED_WIDTH units wide: the SVG map's
 * drawing, which CSS then pads, scales and centres in the map's box as frameFor
 * does, so that the same markup is right at any size (the build writes it into the
 * HTML before anything can measure the page).
 */
export function fittedFrame(
  bounds: Bounds = MALI_BOUNDS,
): Frame & { width: number; height: number } {
  const [[west, south], [east, north]] = bounds;
  const width = FITTED_WIDTH;
  const height =
    (width * (mercatorY(south) - mercatorY(north))) / (mercatorX(east) - mercatorX(west));
  return { ...frameFor(width, height, bounds, 0), width, height };
}
