import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/types.ts';
import { parseUrlState, toSearchParams } from './urlState.ts';

const context = {
  siteIds: ['ber', 'gao'],
  range: { start: '2023-06-16' as IsoDate, end: '2024-01-31' as IsoDate },
  defaultDay: '2023-06-16' as IsoDate,
};

describe('parseUrlState', () => {
  it('reads date, site and language', () => {
    const { state, notices } = parseUrlState('?date=2023-08-12&site=ber&lang=fr', context);
    expect(state).toMatchObject({ day: '2023-08-12', site: 'ber', lang: 'fr' });
    expect(notices).toEqual([]);
  });
  it('reads time= as Our World in Data names it', () => {
    expect(parseUrlState('?time=2023-09-01', context).state.day).toBe('2023-09-01');
  });
  it('replaces an impossible date by the default, and says so', () => {
    const { state, notices } = parseUrlState('?date=2023-02-30', context);
    expect(state.day).toBe('2023-06-16');
    expect(notices.map((n) => n.key)).toEqual(['url.badDate']);
  });
  it('moves an out-of-range date to the nearest end, and says so', () => {
    expect(parseUrlState('?date=1999-01-01', context).state.day).toBe('2023-06-16');
    const late = parseUrlState('?date=2031-01-01', context);
    expect(late.state.day).toBe('2024-01-31');
    expect(late.notices.map((n) => n.key)).toEqual(['url.dateOutOfRange']);
  });
  it('ignores unknown sites and languages with a notice, echoing at most 40 characters', () => {
    const long = 'x'.repeat(5000);
    const { state, notices } = parseUrlState(
      `?site=<script>alert(1)</script>&lang=${long}`,
      context,
    );
    expect(state.site).toBeNull();
    expect(state.lang).toBeNull();
    expect(notices.map((n) => n.key)).toEqual(['url.unknownSite', 'url.unknownLang']);
    expect(notices[1]?.values?.value?.length).toBeLessThanOrEqual(41);
  });
});

describe('toSearchParams', () => {
  it('omits defaults and round-trips the rest', () => {
    const defaults = { day: '2023-06-16' as IsoDate, lang: 'en' as const };
    const base = { site: null, lang: 'en' as const, present: false, embed: false };
    expect(toSearchParams({ ...base, day: '2023-06-16' as IsoDate }, defaults)).toBe('');
    const search = toSearchParams(
      { ...base, day: '2023-08-12' as IsoDate, site: 'ber', lang: 'fr' },
      defaults,
    );
    expect(search).toBe('?date=2023-08-12&site=ber&lang=fr');
    expect(parseUrlState(search, context).state).toMatchObject({
      day: '2023-08-12',
      site: 'ber',
      lang: 'fr',
    });
  });
});
