import { describe, expect, it } from 'vitest';
import { frameFor, MALI_BOUNDS } from './maliFrame.ts';
import {
  engineCamera,
  FITTED_CAMERA,
  frameFromBox,
  isFitted,
  MAX_SCALE,
  panBy,
  type ScreenBox,
  zoomAbout,
} from './svgCamera.ts';

/** Mali's box on a 1000×800 map whose box is drawn 700×667 px from (150, 66). */
const box: ScreenBox = { left: 150, top: 66, width: 700, height: 667 };

/** Where the point at fractions (fx, fy) of Mali's box is drawn, for a camera moved from `box`. */
function drawnAt(camera: typeof FITTED_CAMERA, fx: number, fy: number) {
  // The camera's centre point stays where the fitted centre is drawn (the box's middle).
  const middleX = box.left + 0.5 * box.width;
  const middleY = box.top + 0.5 * box.height;
  return {
    x: middleX + (fx - camera.centreX) * box.width * camera.scale,
    y: middleY + (fy - camera.centreY) * box.height * camera.scale,
  };
}

describe('the SVG map camera', () => {
  it('keeps the point under the pointer where it was when zooming in', () => {
    const zoomed = zoomAbout(FITTED_CAMERA, box, 2, 300, 200);
    // The point of the box under (300, 200) before the zoom:
    const fx = (300 - box.left) / box.width;
    const fy = (200 - box.top) / box.height;
    const after = drawnAt(zoomed, fx, fy);
    expect(zoomed.scale).toBe(2);
    expect(after.x).toBeCloseTo(300, 6);
    expect(after.y).toBeCloseTo(200, 6);
  });

  it('keeps the pointed point in place from a view already zoomed and moved', () => {
    const camera = { scale: 3, centreX: 0.3, centreY: 0.6 };
    // Mali's box as drawn for that camera, around the fitted box's middle.
    const drawn: ScreenBox = {
      left: 500 - 0.3 * 2100,
      top: 399.5 - 0.6 * 2001,
      width: 2100,
      height: 2001,
    };
    const zoomed = zoomAbout(camera, drawn, 1.5, 620, 250);
    const fx = (620 - drawn.left) / drawn.width;
    const fy = (250 - drawn.top) / drawn.height;
    expect(zoomed.scale).toBeCloseTo(4.5, 9);
    // Where that point is drawn after the zoom, the middle staying where it was.
    expect(500 + (fx - zoomed.centreX) * drawn.width * 1.5).toBeCloseTo(620, 6);
    expect(399.5 + (fy - zoomed.centreY) * drawn.height * 1.5).toBeCloseTo(250, 6);
  });

  it('goes no further out than Mali fitted, and no further in than its limit', () => {
    expect(zoomAbout(FITTED_CAMERA, box, 0.5, 300, 200)).toEqual(FITTED_CAMERA);
    expect(zoomAbout(FITTED_CAMERA, box, 1000, 500, 400).scale).toBe(MAX_SCALE);
  });

  it('moves with a drag, and keeps its centre on Mali', () => {
    const zoomed = { scale: 2, centreX: 0.5, centreY: 0.5 };
    const dragged = panBy(zoomed, { ...box, width: 1400, height: 1334 }, 140, 0);
    expect(dragged.centreX).toBeCloseTo(0.4, 6);
    expect(panBy(zoomed, box, 10_000, -10_000)).toMatchObject({ centreX: 0, centreY: 1 });
  });

  it('says whether the view is the fitted one', () => {
    expect(isFitted(FITTED_CAMERA)).toBe(true);
    expect(isFitted(zoomAbout(FITTED_CAMERA, box, 1.5, 300, 300))).toBe(false);
  });

  it('gives maplibre the fitted view that fitBounds gives, unzoomed', () => {
    const frame = frameFor(1000, 800);
    const [left, top] = frame.project(MALI_BOUNDS[0][0], MALI_BOUNDS[1][1]);
    const [right, bottom] = frame.project(MALI_BOUNDS[1][0], MALI_BOUNDS[0][1]);
    const camera = engineCamera(
      { left, top, width: right - left, height: bottom - top },
      1000,
      800,
    );
    expect(camera.zoom).toBeCloseTo(frame.zoom, 9);
    const [x, y] = frame.project(...camera.center);
    expect(x).toBeCloseTo(500, 6);
    expect(y).toBeCloseTo(400, 6);
  });

  it('centres maplibre on the point drawn at the map’s middle, where a panel moves Mali aside', () => {
    // Mali drawn right of a 400-px panel: the map's middle is left of Mali's.
    const drawn = frameFromBox({ left: 450, top: 40, width: 500, height: 476 });
    const camera = engineCamera({ left: 450, top: 40, width: 500, height: 476 }, 1000, 600);
    const [x, y] = drawn.project(...camera.center);
    expect(x).toBeCloseTo(500, 6);
    expect(y).toBeCloseTo(300, 6);
  });

  it('gives maplibre one zoom level more for a box drawn twice as wide', () => {
    const wide = engineCamera({ ...box, width: 1400, height: 1334 }, 1000, 800);
    expect(wide.zoom - engineCamera(box, 1000, 800).zoom).toBe(1);
  });
});
