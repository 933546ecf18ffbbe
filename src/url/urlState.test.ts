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

describe('the view parameter', () => {
  it('defaults to the plan', () => {
    expect(parseUrlState('?date=2023-11-01', context).state.view).toBe('plan');
  });
  it('reads view=reported and view=plan', () => {
    expect(parseUrlState('?view=reported', context).state.view).toBe('reported');
    expect(parseUrlState('?view=plan', context).notices).toEqual([]);
  });
  it('ignores an unknown view with a notice, showing the plan', () => {
    const { state, notices } = parseUrlState('?view=<b>truth</b>', context);
    expect(state.view).toBe('plan');
    expect(notices.map((n) => n.key)).toEqual(['url.unknownView']);
  });
  it('writes view=reported and omits the plan, the default', () => {
    const defaults = { day: '2023-06-16' as IsoDate, lang: 'en' as const };
    const state = {
      day: '2023-11-01' as IsoDate,
      site: null,
      lang: 'en' as const,
      present: false,
      embed: false,
    };
    expect(toSearchParams({ ...state, view: 'reported' }, defaults)).toBe(
      '?date=2023-11-01&view=reported',
    );
    expect(toSearchParams({ ...state, view: 'plan' }, defaults)).toBe('?date=2023-11-01');
  });
  it('on a page of the reported story, opens in it, and writes view=plan to leave it', () => {
    const onPage = { ...context, defaultView: 'reported' as const };
    expect(parseUrlState('', onPage).state.view).toBe('reported');
    expect(parseUrlState('?view=plan', onPage).state.view).toBe('plan');
    const defaults = {
      day: '2023-10-31' as IsoDate,
      lang: 'en' as const,
      view: 'reported' as const,
    };
    const state = {
      day: '2023-10-31' as IsoDate,
      site: null,
      lang: 'en' as const,
      present: false,
      embed: false,
    };
    expect(toSearchParams({ ...state, view: 'reported' }, defaults)).toBe('');
    expect(toSearchParams({ ...state, view: 'plan' }, defaults)).toBe('?view=plan');
  });
});

describe('toSearchParams', () => {
  it('omits defaults and round-trips the rest', () => {
    const defaults = { day: '2023-06-16' as IsoDate, lang: 'en' as const };
    const base = {
      site: null,
      lang: 'en' as const,
      view: 'plan' as const,
      present: false,
      embed: false,
    };
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
