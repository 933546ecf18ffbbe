import { describe, expect, it } from 'vitest';
import { formatMegabytes } from './formatSize.ts';

describe('formatMegabytes', () => {
  it('writes megabytes with one decimal, in each language’s way', () => {
    expect(formatMegabytes('en', 2_654_321)).toBe('2.7\u00a0MB');
    expect(formatMegabytes('fr', 2_654_321)).toBe('2,7\u00a0Mo');
  });

  it('counts a megabyte as a million bytes, as file managers on phones do', () => {
    expect(formatMegabytes('en', 1_000_000)).toBe('1.0\u00a0MB');
    expect(formatMegabytes('en', 950_000)).toBe('1.0\u00a0MB');
    expect(formatMegabytes('en', 940_000)).toBe('0.9\u00a0MB');
  });
});
