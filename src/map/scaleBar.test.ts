import { describe, expect, it } from 'vitest';
import { latitudeAt, metresPerPixel, scaleBar } from './scaleBar.ts';

describe('scale bar', () => {
  it('knows the length of a pixel on the ground', () => {
    // A 512-px world at the equator: 40 075 km / 512 px = 78.27 km a pixel
    // (the OpenStreetMap wiki's table of zoom levels gives 78 271.517 m at zoom 0).
    expect(metresPerPixel(512, 0)).toBeCloseTo(78_271.517, 2);
    // At 60° N a pixel covers half as much ground.
    expect(metresPerPixel(512, 60)).toBeCloseTo(78_271.517 / 2, 2);
  });

  it('differs by about 9 % between 10° and 25° N, as the map says', () => {
    const ratio = metresPerPixel(1, 10) / metresPerPixel(1, 25);
    expect(ratio).toBeGreaterThan(1.08);
    expect(ratio).toBeLessThan(1.1);
  });

  it('reads the latitude back from Mercator y', () => {
    expect(latitudeAt(0.5)).toBeCloseTo(0, 9);
    // 85.0511° is Web Mercator's top edge.
    expect(latitudeAt(0)).toBeCloseTo(85.0511, 3);
  });

  it('picks a round length no longer than the room it has, true in the middle of the view', () => {
    // Mali's 16.8° of longitude drawn 1000 px wide: a 360° world is 21 429 px wide,
    // so at 18° N a pixel is 40 075 km × cos 18° / 21 429 = 1.779 km.
    const box = { top: 0, width: 1000, height: 1000 };
    const bar = scaleBar(box, 500, 120);
    expect(bar.trueAt).toBeGreaterThanOrEqual(17);
    expect(bar.trueAt).toBeLessThanOrEqual(18);
    // 120 px cover 213 km: the bar shows 200 km in about 112 px.
    expect(bar.km).toBe(200);
    expect(bar.px).toBeGreaterThan(200 / 1.8);
    expect(bar.px).toBeLessThan(200 / 1.75);
    // Zoomed in four times, 120 px cover 53 km: 50 km.
    expect(scaleBar({ top: -1500, width: 4000, height: 4000 }, 500, 120).km).toBe(50);
  });
});
