import { describe, expect, it } from 'vitest';
import type { ClosureWindow, IsoDate } from '../domain/types.ts';
import { bandLabel, monthStarts } from './marks.ts';

const day = (text: string) => text as IsoDate;

function window(shortName: string, end: string): ClosureWindow {
  return {
    id: 'seq-b',
    name: { en: `Long name of ${shortName}`, fr: `Nom long de ${shortName}` },
    shortName: { en: shortName, fr: shortName },
    start: day('2023-12-01'),
    end: day(end),
  } as ClosureWindow;
}

/** 7 px a character, as a stand-in for the browser's text measure. */
const measure = (text: string) => text.length * 7;

describe('bandLabel', () => {
  const seqB = window('Seq. b', '2023-12-15');
  const rangeEnd = day('2024-01-31');

  it('gives the short name where it fits, with the padding', () => {
    expect(bandLabel(seqB, 'en', rangeEnd, 6 * 7 + 8, measure)).toBe('Seq. b');
  });

  it('falls back to the last word ("b"), then to nothing', () => {
    expect(bandLabel(seqB, 'en', rangeEnd, 6 * 7 + 7, measure)).toBe('b');
    expect(bandLabel(seqB, 'en', rangeEnd, 7 + 8, measure)).toBe('b');
    expect(bandLabel(seqB, 'en', rangeEnd, 7 + 7, measure)).toBe('');
  });

  it('adds an arrow to a period that goes on past the slider, when there is room', () => {
    const liquidation = window('Liquidation', '2025-06-30');
    expect(bandLabel(liquidation, 'en', rangeEnd, 300, measure)).toBe('Liquidation →');
    expect(bandLabel(liquidation, 'en', rangeEnd, 11 * 7 + 8, measure)).toBe('Liquidation');
    expect(bandLabel(seqB, 'en', rangeEnd, 300, measure)).toBe('Seq. b');
  });
});

describe('monthStarts', () => {
  it('lists the first of every month after the start, up to the end', () => {
    expect(monthStarts(day('2023-06-16'), day('2024-01-31'))).toEqual([
      '2023-07-01',
      '2023-08-01',
      '2023-09-01',
      '2023-10-01',
      '2023-11-01',
      '2023-12-01',
      '2024-01-01',
    ]);
  });

  it('includes an end that is a first of the month, and nothing when none falls inside', () => {
    expect(monthStarts(day('2023-11-15'), day('2024-01-01'))).toEqual(['2023-12-01', '2024-01-01']);
    expect(monthStarts(day('2023-12-02'), day('2023-12-31'))).toEqual([]);
  });
});
