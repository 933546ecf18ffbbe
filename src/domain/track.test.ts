import { describe, expect, it } from 'vitest';
import { dayAtUnits, trackFor, trackKnees, trackLength, trackUnits } from './track.ts';
import type { IsoDate } from './types.ts';

const day = (text: string) => text as IsoDate;
const track = trackFor({ start: day('2023-06-16'), end: day('2024-12-31') });

describe('the compressed track', () => {
  it('gives every day of 2023 one unit, counted from the first day', () => {
    // 16 June → 31 December 2023 is 198 days later (14 + 31 + 31 + 30 + 31 + 30 + 31).
    expect(trackUnits(track, day('2023-06-16'))).toBe(0);
    expect(trackUnits(track, day('2023-12-31'))).toBe(198);
    expect(trackUnits(track, day('2024-01-01'))).toBe(199);
  });

  it('draws 2024 four times narrower: its 366 days take 91.5 units', () => {
    expect(trackUnits(track, day('2024-01-05'))).toBe(200);
    expect(trackLength(track)).toBe(199 + 365 / 4);
  });

  it('finds the day back from its position, on both sides of the knee', () => {
    for (const d of [
      '2023-06-16',
      '2023-08-13',
      '2023-12-31',
      '2024-01-01',
      '2024-07-22',
      '2024-11-15',
      '2024-12-31',
    ])
      expect(dayAtUnits(track, trackUnits(track, day(d)))).toBe(d);
  });

  it('clamps positions outside the track', () => {
    expect(dayAtUnits(track, -5)).toBe('2023-06-16');
    expect(dayAtUnits(track, 10_000)).toBe('2024-12-31');
  });

  it('is not compressed when the range ends in 2023', () => {
    const short = trackFor({ start: day('2023-06-16'), end: day('2023-12-31') });
    expect(short.compressedFrom).toBeNull();
    expect(trackLength(short)).toBe(198);
  });
});

describe('the track’s edges', () => {
  it('is compressed when the range ends on the first compressed day, not when it starts there', () => {
    expect(trackFor({ start: day('2023-06-16'), end: day('2024-01-01') }).compressedFrom).toBe(
      '2024-01-01',
    );
    expect(trackFor({ start: day('2024-01-01'), end: day('2024-12-31') }).compressedFrom).toBe(
      null,
    );
    expect(trackFor({ start: day('2024-02-01'), end: day('2024-12-31') }).compressedFrom).toBe(
      null,
    );
  });

  it('rounds a position to the nearest day, before and after the knee', () => {
    expect(dayAtUnits(track, 1.4)).toBe('2023-06-17');
    expect(dayAtUnits(track, 1.6)).toBe('2023-06-18');
    expect(dayAtUnits(track, 198.6)).toBe('2024-01-01');
    expect(dayAtUnits(track, 199)).toBe('2024-01-01');
    expect(dayAtUnits(track, 199.3)).toBe('2024-01-02');
    const short = trackFor({ start: day('2023-06-16'), end: day('2023-12-31') });
    expect(dayAtUnits(short, 2.6)).toBe('2023-06-19');
    expect(dayAtUnits(short, 500)).toBe('2023-12-31');
  });

  it('gives the knees of a piecewise-linear scale: start, first compressed day, end', () => {
    const knees = trackKnees(track);
    expect(knees.units).toEqual([0, 199, 199 + 365 / 4]);
    expect(knees.days.map((index) => index - (knees.days[0] ?? 0))).toEqual([0, 199, 199 + 365]);
    const short = trackFor({ start: day('2023-06-16'), end: day('2023-12-31') });
    expect(trackKnees(short).units).toEqual([0, 198]);
  });
});
