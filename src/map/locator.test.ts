import { describe, expect, it } from 'vitest';
import {
  AFRICA_BOUNDS,
  frameRect,
  LOCATOR_FRAME,
  locatorFrame,
  locatorPlacement,
  locatorWidthFor,
  viewBounds,
} from './locator.ts';
import { frameFor } from './maliFrame.ts';

// Web Mercator by hand: x = (lon + 180) / 360, y = (1 − ln(tan(π/4 + φ/2)) / π) / 2.
const merc = (lat: number) =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

describe('the locator map', () => {
  it('is as tall as Africa is in Web Mercator for its width', () => {
    const frame = locatorFrame(120);
    const [[west, south], [east, north]] = AFRICA_BOUNDS;
    const expected = (120 * (merc(south) - merc(north))) / ((east - west) / 360);
    expect(frame.height).toBeCloseTo(expected, 6);
    // Bamako (−8.0, 12.65) is in the west of the box and north of its middle.
    const [x, y] = frame.project(-8, 12.65);
    expect(x / 120).toBeCloseTo((-8 - west) / (east - west), 6);
    expect(y).toBeCloseTo((120 * (merc(12.65) - merc(north))) / ((east - west) / 360), 6);
  });

  it('reads what a map shows from its projection', () => {
    // A 800×600 map fitted to 10°W–10°E, 0–5°N without padding shows the box's width
    // whole (it is the narrower fit), and more north and south.
    const frame = frameFor(
      800,
      600,
      [
        [-10, 0],
        [10, 5],
      ],
      0,
    );
    const [[west, south], [east, north]] = viewBounds(frame, 800, 600);
    expect(west).toBeCloseTo(-10, 6);
    expect(east).toBeCloseTo(10, 6);
    // 20° of longitude in 800 px: 600 px are 15° of Mercator x, centred on the box.
    const middle = (merc(0) + merc(5)) / 2;
    const half = 15 / 360 / 2;
    expect(merc(north)).toBeCloseTo(middle - half, 8);
    expect(merc(south)).toBeCloseTo(middle + half, 8);
  });

  it('frames the view as a rectangle of the locator', () => {
    const frame = locatorFrame(120);
    const rect = frameRect(
      [
        [-12, 10],
        [4, 25],
      ],
      frame,
    );
    const [left, top] = frame.project(-12, 25);
    const [right, bottom] = frame.project(4, 10);
    expect(rect.x).toBeCloseTo(left, 6);
    expect(rect.y).toBeCloseTo(top, 6);
    expect(rect.width).toBeCloseTo(right - left, 6);
    expect(rect.height).toBeCloseTo(bottom - top, 6);
  });

  it('keeps a tiny view visible and a huge one inside the box', () => {
    const frame = locatorFrame(120);
    const tiny = frameRect(
      [
        [-3.01, 16.77],
        [-3.0, 16.78],
      ],
      frame,
      4,
    );
    expect(tiny.width).toBeCloseTo(4, 6);
    expect(tiny.height).toBeCloseTo(4, 6);
    const [x, y] = frame.project(-3.005, 16.775);
    expect(tiny.x + tiny.width / 2).toBeCloseTo(x, 6);
    expect(tiny.y + tiny.height / 2).toBeCloseTo(y, 6);
    const huge = frameRect(
      [
        [-60, -60],
        [80, 70],
      ],
      frame,
    );
    expect(huge).toEqual({ x: 0, y: 0, width: 120, height: frame.height });
  });

  it('keeps a view at the box edge at least the smallest size', () => {
    const frame = locatorFrame(120);
    const rect = frameRect(
      [
        [60, 0],
        [61, 1],
      ],
      frame,
      4,
    );
    expect(rect.x).toBeCloseTo(116, 6);
    expect(rect.width).toBeCloseTo(4, 6);
  });
});

describe('locatorWidthFor', () => {
  it('is a seventh of the map, of a 16:10 map as tall where it is wider, from 80 to 140 px', () => {
    expect(locatorWidthFor(700, 500)).toBe(100);
    expect(locatorWidthFor(1400, 500)).toBe(114);
    expect(locatorWidthFor(400, 300)).toBe(80);
    expect(locatorWidthFor(1800, 1000)).toBe(140);
  });
});

describe('locatorPlacement', () => {
  it('puts the locator 10 px from the right and 30 from the bottom, at its width for the map', () => {
    const { left, top, scale } = locatorPlacement(700, 500);
    expect(LOCATOR_FRAME.width * scale).toBeCloseTo(100);
    expect(left + LOCATOR_FRAME.width * scale).toBeCloseTo(690);
    expect(top + LOCATOR_FRAME.height * scale).toBeCloseTo(470);
  });
});
