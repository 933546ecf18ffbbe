import { describe, expect, it } from 'vitest';
import { addDays, clampDate, compareDays, dayIndex, fromDayIndex, parseIsoDate } from './dates.ts';
import type { IsoDate } from './types.ts';

const d = (s: string) => s as IsoDate;

describe('parseIsoDate', () => {
  it('accepts real calendar days', () => {
    expect(parseIsoDate('2023-08-12')).toBe('2023-08-12');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
  });
  it.each([
    '2023-02-30',
    '2023-13-01',
    '2023-00-10',
    '2023-2-3',
    '12/08/2023',
    '',
    '2023-08-12T00:00',
    '<script>',
    '2023-02-29',
  ])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe('day arithmetic', () => {
  it('counts whole days across months and years', () => {
    expect(dayIndex(d('1970-01-02'))).toBe(1);
    expect(addDays(d('2023-08-31'), 1)).toBe('2023-09-01');
    expect(addDays(d('2023-12-31'), 1)).toBe('2024-01-01');
    expect(addDays(d('2024-03-01'), -1)).toBe('2024-02-29');
    expect(fromDayIndex(dayIndex(d('2023-07-15')))).toBe('2023-07-15');
  });
  it('compares and clamps', () => {
    expect(compareDays(d('2023-07-15'), d('2023-08-12'))).toBeLessThan(0);
    expect(compareDays(d('2023-08-12'), d('2023-08-12'))).toBe(0);
    expect(clampDate(d('2022-01-01'), d('2023-06-16'), d('2024-01-31'))).toBe('2023-06-16');
    expect(clampDate(d('2030-01-01'), d('2023-06-16'), d('2024-01-31'))).toBe('2024-01-31');
    expect(clampDate(d('2023-09-09'), d('2023-06-16'), d('2024-01-31'))).toBe('2023-09-09');
  });
});
