import { describe, expect, it } from 'vitest';
import type { IsoDate, Timeline, TimelineEvent } from '../domain/types.ts';
import { eventPages } from './eventPages.ts';

const event = (date: string, context = false) =>
  ({ id: date, date: date as IsoDate, context }) as unknown as TimelineEvent;

const timeline = {
  range: { start: '2023-06-16', end: '2024-01-31' },
  events: [
    event('2013-02-12', true),
    event('2023-06-16'),
    event('2023-08-12'),
    event('2023-08-12'),
    event('2023-07-15'),
  ],
} as unknown as Timeline;

describe('eventPages', () => {
  it('gives each story event day one page per language, in order, at <lang>/<day>/', () => {
    expect(eventPages(timeline).map((page) => page.path)).toEqual([
      'en/2023-06-16/',
      'fr/2023-06-16/',
      'en/2023-07-15/',
      'fr/2023-07-15/',
      'en/2023-08-12/',
      'fr/2023-08-12/',
    ]);
  });

  it('leaves out the older letters’ context and days outside the timeline', () => {
    const outside = { ...timeline, events: [event('2020-06-01'), event('2024-02-01')] };
    expect(eventPages(outside)).toEqual([]);
  });
});
