import { describe, expect, it } from 'vitest';
import type { ClosureWindow, IsoDate } from '../domain/types.ts';
import { bandLabel, bandLabels, monthStarts } from './marks.ts';

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

describe('bandLabels', () => {
  const phase1 = window('Phase 1', '2023-08-31');
  const seqA = window('Seq. a', '2023-11-30');
  const seqB = window('Seq. b', '2023-12-15');
  const seqC = window('Seq. c', '2023-12-31');
  const all = [phase1, seqA, seqB, seqC];
  const rangeEnd = day('2024-01-31');
  const roomy = 6 * 7 + 8;

  it('keeps every short name where all fit', () => {
    expect(bandLabels(all, 'en', rangeEnd, [200, 300, roomy, roomy], measure)).toEqual([
      'Phase 1',
      'Seq. a',
      'Seq. b',
      'Seq. c',
    ]);
  });

  it('gives the letter to the later members of a series when one of them is short of room', () => {
    expect(bandLabels(all, 'en', rangeEnd, [200, 300, roomy - 1, roomy], measure)).toEqual([
      'Phase 1',
      'Seq. a',
      'b',
      'c',
    ]);
  });

  it('leaves a band too narrow for its letter empty', () => {
    expect(bandLabels(all, 'en', rangeEnd, [200, 300, 10, roomy], measure)).toEqual([
      'Phase 1',
      'Seq. a',
      '',
      'c',
    ]);
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
