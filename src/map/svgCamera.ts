/**
 * Where the SVG map looks, and the same view in maplibre's words. The SVG map draws
 * Mali's bounds in a box that CSS fits into the map (maliFrame.ts); zooming enlarges that
 * box and panning moves it, so the reader's gesture is answered at once, before the
 * engine has arrived. When it arrives, it starts at the centre and zoom computed here
 * from the box as drawn: the takeover does not move the map.
 */
import { scaleLinear } from 'd3-scale';
import {
  type Bounds,
  type Frame,
  MALI_BOUNDS,
  mercatorExtent,
  mercatorX,
  mercatorY,
} from './maliFrame.ts';

/** The view: how much larger than the fitted Mali, and which point of its box is in the middle. */
export interface SvgCamera {
  /** 1 is Mali fitted to the map. */
  scale: number;
  /** The point of Mali's box at the centre of the map's free area, as fractions of the box. */
  centreX: number;
  centreY: number;
}

export const FITTED_CAMERA: SvgCamera = { scale: 1, centreX: 0.5, centreY: 0.5 };

/** No further out than Mali fitted, no further in than maplibre's highest zoom allows. */
export const MAX_SCALE = 64;

/** A rectangle on screen, in CSS px. */
export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Whether `camera` is the fitted view (the reset button's business). */
export function isFitted(camera: SvgCamera): boolean {
  return (
    Math.abs(camera.scale - 1) < 1e-6 &&
    Math.abs(camera.centreX - 0.5) < 1e-6 &&
    Math.abs(camera.centreY - 0.5) < 1e-6
  );
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Keeps a camera inside its limits: between fitted and MAX_SCALE, its centre on Mali's box. */
export function clampCamera(camera: SvgCamera): SvgCamera {
  return {
    scale: clamp(camera.scale, 1, MAX_SCALE),
    centreX: clamp(camera.centreX, 0, 1),
    centreY: clamp(camera.centreY, 0, 1),
  };
}

/**
 * The camera after zooming by `factor` about the screen point (`x`, `y`): that point of
 * the map stays under the pointer. `box` is Mali's box as drawn now.
 */
export function zoomAbout(
  camera: SvgCamera,
  box: ScreenBox,
  factor: number,
  x: number,
  y: number,
): SvgCamera {
  const scale = clamp(camera.scale * factor, 1, MAX_SCALE);
  const applied = scale / camera.scale;
  // The free area's centre, on screen: where the camera's centre point is drawn.
  const middleX = box.left + camera.centreX * box.width;
  const middleY = box.top + camera.centreY * box.height;
  const left = x - (x - box.left) * applied;
  const top = y - (y - box.top) * applied;
  return clampCamera({
    scale,
    centreX: (middleX - left) / (box.width * applied),
    centreY: (middleY - top) / (box.height * applied),
  });
}

/** The camera after the map is dragged by (`dx`, `dy`) CSS px. */
export function panBy(camera: SvgCamera, box: ScreenBox, dx: number, dy: number): SvgCamera {
  return clampCamera({
    ...camera,
    centreX: camera.centreX - dx / box.width,
    centreY: camera.centreY - dy / box.height,
  });
}

/** maplibre's view: its centre (longitude, latitude) and zoom. */
export interface EngineCamera {
  center: [number, number];
  zoom: number;
}

/**
 * The maplibre view that puts every point where the SVG map draws it: `box` is Mali's
 * box as drawn, relative to a `mapWidth`×`mapHeight` map (CSS px). The centre is the
 * point drawn at the map's middle (not the camera's point, which is drawn at the middle
 * of the free area: the two differ where a panel covers a side), the zoom follows from
 * the box's width (maplibre's world is 512 px at zoom 0).
 */
export function engineCamera(
  box: ScreenBox,
  mapWidth: number,
  mapHeight: number,
  bounds: Bounds = MALI_BOUNDS,
): EngineCamera {
  const { x0, x1, y0, y1 } = mercatorExtent(bounds);
  const x = x0 + ((mapWidth / 2 - box.left) / box.width) * (x1 - x0);
  const y = y0 + ((mapHeight / 2 - box.top) / box.height) * (y1 - y0);
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return { center: [lon, lat], zoom: Math.log2(box.width / (x1 - x0) / 512) };
}

/**
 * The projection that draws Mali's bounds in `box` (CSS px, relative to the map), as the
 * map shows it now, scaled by `pixelRatio`: what the exports draw the current view with.
 */
export function frameFromBox(box: ScreenBox, pixelRatio = 1, bounds: Bounds = MALI_BOUNDS): Frame {
  const { x0, x1, y0, y1 } = mercatorExtent(bounds);
  const x = scaleLinear()
    .domain([x0, x1])
    .range([box.left * pixelRatio, (box.left + box.width) * pixelRatio]);
  const y = scaleLinear()
    .domain([y0, y1])
    .range([box.top * pixelRatio, (box.top + box.height) * pixelRatio]);
  return {
    x,
    y,
    zoom: Math.log2((box.width * pixelRatio) / (x1 - x0) / 512),
    project: (lon, lat) => [x(mercatorX(lon)), y(mercatorY(lat))],
  };
}
