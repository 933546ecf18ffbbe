import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fittedFrame, frameFor, framePadding, MALI_BOUNDS, mercatorY } from './maliFrame.ts';

describe('frameFor', () => {
  it('fits Mali inside the padded box and centres it', () => {
    const frame = frameFor(1000, 800);
    const [[west, south], [east, north]] = MALI_BOUNDS;
    const [left, bottom] = frame.project(west, south);
    const [right, top] = frame.project(east, north);
    // Padding at 800 px high is 40 px; the tighter dimension touches it.
    expect(Math.min(left, top)).toBeGreaterThanOrEqual(39.99);
    expect(Math.max(right - 1000, bottom - 800)).toBeLessThanOrEqual(-39.99);
    expect((left + right) / 2).toBeCloseTo(500, 6);
    expect((top + bottom) / 2).toBeCloseTo(400, 6);
  });

  it('follows Web Mercator: a degree of latitude is longer further north', () => {
    expect(mercatorY(0)).toBeCloseTo(0.5, 10);
    const frame = frameFor(1000, 800);
    const southDegree = frame.project(0, 10)[1] - frame.project(0, 11)[1];
    const northDegree = frame.project(0, 24)[1] - frame.project(0, 25)[1];
    expect(northDegree).toBeGreaterThan(southDegree);
  });
});

describe('fittedFrame', () => {
  it('draws Mali edge to edge in the box the stylesheet fits into the map', () => {
    const frame = fittedFrame();
    const [[west, south], [east, north]] = MALI_BOUNDS;
    expect(frame.project(west, north)[0]).toBeCloseTo(0, 6);
    expect(frame.project(west, north)[1]).toBeCloseTo(0, 6);
    expect(frame.project(east, south)[0]).toBeCloseTo(frame.width, 6);
    expect(frame.project(east, south)[1]).toBeCloseTo(frame.height, 6);
    const css = readFileSync(new URL('./map.css', import.meta.url), 'utf8');
    const aspect = Number(/--mali-aspect:\s*([\d.]+)/.exec(css)?.[1]);
    expect(aspect).toBeCloseTo(frame.width / frame.height, 4);
  });

  it('puts a site where frameFor puts it, once scaled and padded like the stylesheet does', () => {
    const [width, height] = [375, 367];
    const padding = framePadding(width, height);
    const fitted = fittedFrame();
    const scale = Math.min(
      (width - 2 * padding) / fitted.width,
      (height - 2 * padding) / fitted.height,
    );
    const [fx, fy] = fitted.project(-3.0, 16.27);
    const [x, y] = frameFor(width, height).project(-3.0, 16.27);
    expect((width - fitted.width * scale) / 2 + fx * scale).toBeCloseTo(x, 6);
    expect((height - fitted.height * scale) / 2 + fy * scale).toBeCloseTo(y, 6);
  });
});
