import { describe, expect, it } from 'vitest';
import type { Dataset, IsoDate, TimelineEvent } from '../domain/types.ts';
import { eventPages, pageBase } from './eventPages.ts';

const event = (date: string, context = false) =>
  ({ id: date, date: date as IsoDate, context }) as unknown as TimelineEvent;

const dataset = {
  timeline: {
    range: { start: '2023-06-16', end: '2024-12-31' },
    events: [
      event('2013-02-12', true),
      event('2023-06-16'),
      event('2023-08-12'),
      event('2023-08-12'),
      event('2023-07-15'),
    ],
  },
  reported: { events: [event('2023-10-31'), event('2023-08-13'), event('2025-01-01')] },
} as unknown as Dataset;

describe('eventPages', () => {
  it('gives each story event day one page per language and view, in order', () => {
    expect(eventPages(dataset).map((page) => page.path)).toEqual([
      'fr/2023-06-16/',
      'en/2023-06-16/',
      'fr/2023-07-15/',
      'en/2023-07-15/',
      'fr/2023-08-12/',
      'en/2023-08-12/',
      'fr/reported/2023-08-13/',
      'en/reported/2023-08-13/',
      'fr/reported/2023-10-31/',
      'en/reported/2023-10-31/',
    ]);
    expect(eventPages(dataset).find((page) => page.path === 'fr/reported/2023-10-31/')).toEqual({
      lang: 'fr',
      day: '2023-10-31',
      view: 'reported',
      path: 'fr/reported/2023-10-31/',
    });
  });

  it('leaves out the older letters’ context and days outside the timeline', () => {
    const outside = {
      timeline: { ...dataset.timeline, events: [event('2020-06-01'), event('2025-02-01')] },
      reported: { events: [] },
    } as unknown as Dataset;
    expect(eventPages(outside)).toEqual([]);
  });
});

describe('pageBase', () => {
  it('climbs back to the build’s root from a page’s folder', () => {
    expect(pageBase('en/2023-08-12/')).toBe('../../');
    expect(pageBase('fr/reported/2023-10-31/')).toBe('../../../');
    expect(pageBase('')).toBe('');
  });
});
