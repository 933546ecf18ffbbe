import { describe, expect, it } from 'vitest';
import { curvedLine } from './flowCurves.ts';

describe('curvedLine', () => {
  it('starts at the closing site and ends at the hub', () => {
    const line = curvedLine([-2.5, 16.8], [-3.0, 16.8]);
    expect(line[0]).toEqual([-2.5, 16.8]);
    expect(line.at(-1)?.[0]).toBeCloseTo(-3.0, 10);
    expect(line.at(-1)?.[1]).toBeCloseTo(16.8, 10);
  });

  it('bows away from the straight line, by a share of its length', () => {
    // Due west, 1° long: the middle of the arc sits 0.09° (half of 0.18) off the straight line.
    const line = curvedLine([0, 0], [-1, 0], 0.18, 2);
    expect(line[1]?.[0]).toBeCloseTo(-0.5, 10);
    expect(Math.abs(line[1]?.[1] ?? 0)).toBeCloseTo(0.09, 10);
  });
});
