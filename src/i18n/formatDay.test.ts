import { describe, expect, it } from 'vitest';
import { addDays, compareDays } from '../domain/dates.ts';
import type { IsoDate } from '../domain/types.ts';
import { formatDay } from './index.ts';

/** What Node's full ICU writes for the same day: the reference the month tables follow. */
function intl(locale: string, day: IsoDate, month: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** Every day of 2023 and January 2024: each month's name, each day number. */
const days: IsoDate[] = [];
for (
  let day = '2023-01-01' as IsoDate;
  compareDays(day, '2024-01-31' as IsoDate) <= 0;
  day = addDays(day, 1)
)
  days.push(day);

describe('formatDay', () => {
  it('writes English days as Intl does for en-GB', () => {
    for (const style of ['long', 'short'] as const)
      for (const day of days) expect(formatDay('en', day, style)).toBe(intl('en-GB', day, style));
  });

  it('writes French days as Intl does for fr-FR, but the first of a month as "1er"', () => {
    for (const style of ['long', 'short'] as const)
      for (const day of days) {
        const reference = intl('fr-FR', day, style);
        const expected = day.endsWith('-01') ? reference.replace(/^1 /, '1er ') : reference;
        expect(formatDay('fr', day, style)).toBe(expected);
      }
  });

  it('writes the days the letters name as they do', () => {
    expect(formatDay('fr', '2023-07-01' as IsoDate)).toBe('1er juillet 2023');
    expect(formatDay('fr', '2023-08-12' as IsoDate)).toBe('12 août 2023');
    expect(formatDay('en', '2023-12-31' as IsoDate)).toBe('31 December 2023');
  });
});
