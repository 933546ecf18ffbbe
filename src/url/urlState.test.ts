import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/types.ts';
import {
  embedFromUrl,
  langFromUrl,
  parseUrlState,
  presentFromUrl,
  toSearchParams,
} from './urlState.ts';

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

describe('what the URL says, word for word', () => {
  it('echoes an unknown site whole up to 40 characters, and cut with an ellipsis beyond', () => {
    const forty = 'y'.repeat(40);
    expect(parseUrlState(`?site=${forty}`, context).notices).toEqual([
      { key: 'url.unknownSite', values: { value: forty } },
    ]);
    expect(parseUrlState(`?site=${forty}z`, context).notices).toEqual([
      { key: 'url.unknownSite', values: { value: `${forty}…` } },
    ]);
  });

  it('echoes the date as written in its notices', () => {
    expect(parseUrlState('?date=2023-02-30', context).notices).toEqual([
      { key: 'url.badDate', values: { value: '2023-02-30' } },
    ]);
    expect(parseUrlState('?date=2031-01-01', context).notices).toEqual([
      { key: 'url.dateOutOfRange', values: { value: '2031-01-01' } },
    ]);
    expect(parseUrlState('?lang=de', context).notices).toEqual([
      { key: 'url.unknownLang', values: { value: 'de' } },
    ]);
    expect(parseUrlState('?view=truth', context).notices).toEqual([
      { key: 'url.unknownView', values: { value: 'truth' } },
    ]);
  });

  it('reads earliest and latest as the timeline’s ends, and a date with spaces around it', () => {
    expect(parseUrlState('?date=earliest', context)).toEqual({
      state: expect.objectContaining({ day: '2023-06-16' }),
      notices: [],
    });
    expect(parseUrlState('?date=latest', context).state.day).toBe('2024-01-31');
    expect(parseUrlState('?date=%202023-08-12%20', context).state.day).toBe('2023-08-12');
    expect(parseUrlState('?date=2023-08-12&time=2023-09-01', context).state.day).toBe('2023-08-12');
  });

  it('turns presentation and embedding on with 1, true or nothing, and off otherwise', () => {
    for (const on of ['present=1', 'present=true', 'present']) {
      expect(parseUrlState(`?${on}`, context).state.present).toBe(true);
    }
    for (const off of ['present=0', 'present=no', '']) {
      expect(parseUrlState(`?${off}`, context).state.present).toBe(false);
    }
    expect(parseUrlState('?embed=1', context).state.embed).toBe(true);
    expect(parseUrlState('?embed=false', context).state.embed).toBe(false);
    expect(embedFromUrl('?embed=true')).toBe(true);
    expect(embedFromUrl('?embed')).toBe(true);
    expect(embedFromUrl('?embed=0')).toBe(false);
    expect(embedFromUrl('')).toBe(false);
    expect(presentFromUrl('?date=2023-08-12&present=1')).toBe(true);
    expect(presentFromUrl('?present')).toBe(true);
    expect(presentFromUrl('?present=0')).toBe(false);
    expect(presentFromUrl('?embed=1')).toBe(false);
  });

  it('gives the whole state with nothing asked', () => {
    expect(parseUrlState('', context)).toEqual({
      state: {
        day: '2023-06-16',
        site: null,
        lang: null,
        view: 'plan',
        present: false,
        embed: false,
      },
      notices: [],
    });
  });

  it('reads the language alone, for the page before the data', () => {
    expect(langFromUrl('?lang=fr')).toBe('fr');
    expect(langFromUrl('?lang=en')).toBe('en');
    expect(langFromUrl('?lang=de')).toBeNull();
    expect(langFromUrl('')).toBeNull();
  });

  it('writes presentation and embedding as 1, and nothing at all for the defaults', () => {
    const defaults = { day: '2023-06-16' as IsoDate, lang: 'en' as const };
    const base = {
      day: '2023-06-16' as IsoDate,
      site: null,
      lang: null,
      view: 'plan' as const,
      present: false,
      embed: false,
    };
    expect(toSearchParams(base, defaults)).toBe('');
    expect(toSearchParams({ ...base, present: true, embed: true }, defaults)).toBe(
      '?present=1&embed=1',
    );
    expect(toSearchParams({ ...base, lang: 'en' }, defaults)).toBe('');
    expect(toSearchParams({ ...base, lang: 'fr' }, defaults)).toBe('?lang=fr');
  });
});
