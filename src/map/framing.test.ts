import { describe, expect, it } from 'vitest';
import { frameFor, MALI_BOUNDS, mercatorY } from './framing.ts';

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
