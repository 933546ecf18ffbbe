import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  latestStoryEvents,
  nextEvent,
  previousEvent,
  storyEventDays,
  windowAt,
} from './timeline.ts';
import type { IsoDate, Timeline } from './types.ts';

const timeline = JSON.parse(readFileSync('public/data/timeline.json', 'utf8')) as Timeline;
const d = (s: string) => s as IsoDate;

describe('windowAt', () => {
  it.each([
    ['2023-07-14', null],
    ['2023-07-15', 'phase-1'],
    ['2023-08-31', 'phase-1'],
    ['2023-09-01', 'seq-a'],
    ['2023-11-30', 'seq-a'],
    ['2023-12-01', 'seq-b'],
    ['2023-12-14', 'seq-b'],
    // 15 Dec ends sequence b and begins sequence c: the beginning is the day's news.
    ['2023-12-15', 'seq-c'],
    ['2023-12-31', 'seq-c'],
    ['2024-01-01', 'liquidation'],
  ])('places %s in %s', (day, expected) => {
    expect(windowAt(timeline.windows, d(day))?.id ?? null).toBe(expected);
  });
});

describe('windowAt, whatever the list', () => {
  const window = (id: string, start: string, end: string) =>
    ({ ...timeline.windows[0], id, start: d(start), end: d(end) }) as Timeline['windows'][number];

  it('places a day between two windows in none', () => {
    const windows = [
      window('a', '2024-01-01', '2024-01-10'),
      window('b', '2024-01-20', '2024-01-31'),
    ];
    expect(windowAt(windows, d('2024-01-10'))?.id).toBe('a');
    expect(windowAt(windows, d('2024-01-15'))).toBeNull();
    expect(windowAt(windows, d('2024-02-01'))).toBeNull();
  });

  it('gives the shared day to the window that begins on it, in whatever order the windows come', () => {
    expect(windowAt([...timeline.windows].reverse(), d('2023-12-15'))?.id).toBe('seq-c');
  });
});

describe('stepping through events', () => {
  it('goes to the next and previous story events, skipping the older letters’ context', () => {
    expect(nextEvent(timeline.events, d('2023-08-03'))?.id).toBe('ber-handover');
    expect(previousEvent(timeline.events, d('2023-08-12'))?.id).toBe('ogossagou-handover');
    expect(previousEvent(timeline.events, d('2023-06-16'))).toBeNull();
    expect(nextEvent(timeline.events, d('2024-01-01'))).toBeNull();
  });

  it('steps by date, not by the events’ order in the file', () => {
    const reversed = [...timeline.events].reverse();
    expect(nextEvent(reversed, d('2023-08-03'))?.id).toBe('ber-handover');
    expect(previousEvent(reversed, d('2023-08-12'))?.id).toBe('ogossagou-handover');
    expect(latestStoryEvents(reversed, d('2023-08-12')).map((event) => event.id)).toEqual([
      'ber-handover',
    ]);
  });
});

describe('storyEventDays', () => {
  it('lists each story event day once, in order, as stepping with nextEvent meets them', () => {
    const stepped: IsoDate[] = [];
    for (let event = nextEvent(timeline.events, d('2000-01-01')); event; ) {
      stepped.push(event.date);
      event = nextEvent(timeline.events, event.date);
    }
    expect(storyEventDays(timeline.events)).toEqual(stepped);
    // The older letters' context (2013, 2020) is not a step of the story.
    expect(storyEventDays(timeline.events).some((day) => day < '2023-01-01')).toBe(false);
  });
});

describe('latestStoryEvents', () => {
  const ids = (day: string) => latestStoryEvents(timeline.events, d(day)).map((event) => event.id);

  it('gives the events of the latest event day on or before the day', () => {
    // The Ber handover is dated 12 August; the convoy attack the next day.
    expect(ids('2023-08-12')).toEqual(['ber-handover']);
    expect(ids('2023-08-13')).toEqual(['ber-convoy-attacked']);
    // Between events, the last one holds until the next.
    expect(ids('2023-10-20')).toEqual(['drawdown-staff-only']);
    expect(ids('2024-01-31')).toEqual(['liquidation-begins']);
  });

  it('gives nothing before the story begins, and never the older letters’ context', () => {
    expect(ids('2023-06-15')).toEqual([]);
    expect(ids('2020-12-31')).toEqual([]);
  });

  it('gives every event of a day that has several, in the timeline’s order', () => {
    const base = timeline.events.find((event) => event.id === 'ber-handover');
    if (!base) throw new Error('no ber-handover event');
    const twin = { ...base, id: 'second-that-day' };
    const events = [...timeline.events, twin];
    expect(latestStoryEvents(events, d('2023-08-12')).map((event) => event.id)).toEqual([
      'ber-handover',
      'second-that-day',
    ]);
  });
});
