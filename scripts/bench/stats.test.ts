import { describe, expect, it } from 'vitest';
import { framesPerSecond, intervals, median, meets, percentile, ratio } from './stats.ts';

describe('percentile and median', () => {
  it('interpolates between closest ranks, whatever the input order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 0)).toBe(10);
    expect(percentile([10, 20, 30, 40, 50], 100)).toBe(50);
    expect(percentile([10, 20, 30, 40, 50], 25)).toBe(20);
    expect(percentile([0, 10], 95)).toBeCloseTo(9.5);
  });

  it('p95 of 1…200 is near the top, not the maximum', () => {
    const values = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBeCloseTo(190.05);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('is NaN for no samples and rejects a percentile outside 0–100', () => {
    expect(median([])).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('ratio', () => {
  it('divides, and is NaN when a side is missing or the floor is zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
  });
});

describe('framesPerSecond and intervals', () => {
  it('counts frames between the first and the last timestamp', () => {
    const stamps = Array.from({ length: 61 }, (_, i) => 1000 + (i * 1000) / 60);
    expect(framesPerSecond(stamps)).toBeCloseTo(60);
    expect(intervals([0, 16, 50])).toEqual([16, 34]);
  });

  it('is NaN with fewer than two frames', () => {
    expect(framesPerSecond([])).toBeNaN();
    expect(framesPerSecond([5])).toBeNaN();
  });
});

describe('meets', () => {
  it('compares in either direction and never passes NaN', () => {
    expect(meets(1.1, 'at-most', 1.1)).toBe(true);
    expect(meets(1.2, 'at-most', 1.1)).toBe(false);
    expect(meets(0.9, 'at-least', 0.9)).toBe(true);
    expect(meets(Number.NaN, 'at-least', 0)).toBe(false);
  });
});
