/**
 * The scale bar's length: Web Mercator stretches distances by 1/cos(latitude), so a
 * bar is true at one latitude only (over Mali, 10° to 25° N, the scale differs by
 * about 9 %); it is measured at the latitude in the middle of the view and says so.
 */
import { MALI_BOUNDS, mercatorExtent } from './maliFrame.ts';

/** The equator's length in metres (WGS 84), Web Mercator's world width. */
const EQUATOR_M = 40_075_016.686;

/** Metres on the ground per CSS px, at latitude `lat`, for a world `worldPx` px wide. */
export function metresPerPixel(worldPx: number, lat: number): number {
  return (EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / worldPx;
}

/** The latitude drawn at Mercator y `y` (world units, 0 at the top). */
export function latitudeAt(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;
}

export interface ScaleBar {
  km: number;
  px: number;
  /** The latitude, in whole degrees north, where the bar is true. */
  trueAt: number;
}

/**
 * The longest round length (1, 2 or 5 × 10ⁿ km) whose bar is at most `maxPx` wide, for
 * Mali's bounds drawn `boxWidth`×`boxHeight` px with their top `boxTop` px above or below
 * the middle of the view (`middleY`, px, in the same coordinates as `boxTop`).
 */
export function scaleBar(
  box: { top: number; width: number; height: number },
  middleY: number,
  maxPx = 120,
): ScaleBar {
  const { x0, x1, y0, y1 } = mercatorExtent(MALI_BOUNDS);
  const worldPx = box.width / (x1 - x0);
  const y = y0 + ((middleY - box.top) / box.height) * (y1 - y0);
  const trueAt = Math.round(latitudeAt(y));
  const kmPerPx = metresPerPixel(worldPx, trueAt) / 1000;
  const most = maxPx * kmPerPx;
  const power = 10 ** Math.floor(Math.log10(most));
  const step = [5, 2, 1].find((n) => n * power <= most) ?? 1;
  const km = step * power;
  return { km, px: km / kmPerPx, trueAt };
}
