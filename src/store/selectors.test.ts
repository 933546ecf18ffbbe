import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from '../domain/compiledDataset.testing.ts';
import type { IsoDate } from '../domain/types.ts';
import { createAppStore } from './appStore.ts';
import {
  selectDayView,
  selectEventDays,
  selectEvents,
  selectFlows,
  selectLetters,
  selectReports,
  selectSites,
  selectStatuses,
  selectTrack,
  selectWindows,
} from './selectors.ts';

const day = (text: string) => text as IsoDate;
// One dataset for every store, as the build's pages share one: only the stores differ.
const dataset = loadCompiledDataset();
const storeOn = (text: string) => createAppStore({ dataset, day: day(text), lang: 'en' });

describe('the selectors’ memo', () => {
  it('belongs to each store: reading another store never evicts this one’s results', () => {
    const first = storeOn('2023-08-05');
    const second = storeOn('2023-10-21');
    const statuses = selectStatuses(first.getState());
    const view = selectDayView(first.getState());
    // Another store, on another day and in the other view, reads the same selectors.
    second.getState().setStory('reported');
    expect(selectStatuses(second.getState())).not.toBe(statuses);
    expect(selectDayView(second.getState())).not.toBe(view);
    // The first store's inputs have not changed: the same objects, not recomputed copies.
    expect(selectStatuses(first.getState())).toBe(statuses);
    expect(selectDayView(first.getState())).toBe(view);
  });

  it('gives two stores on the same inputs results of their own', () => {
    const first = storeOn('2023-08-05');
    const second = storeOn('2023-08-05');
    const statuses = selectStatuses(first.getState());
    expect(selectStatuses(second.getState())).toEqual(statuses);
    expect(selectStatuses(second.getState())).not.toBe(statuses);
  });

  it('returns the same reference while the inputs are unchanged, a new one when they change', () => {
    const store = storeOn('2023-08-12');
    const read = () => {
      const s = store.getState();
      return {
        statuses: selectStatuses(s),
        view: selectDayView(s),
        events: selectEvents(s),
        eventDays: selectEventDays(s),
        track: selectTrack(s),
      };
    };
    const before = read();
    // A change to something none of them reads.
    store.getState().selectSite('ber');
    store.getState().setSpeed(4);
    const after = read();
    for (const key of Object.keys(before) as (keyof typeof before)[])
      expect(after[key], key).toBe(before[key]);

    store.getState().setDay(day('2023-08-13'));
    const nextDay = read();
    expect(nextDay.statuses).not.toBe(before.statuses);
    expect(nextDay.view).not.toBe(before.view);
    // The story is the same on another day: its events and their days are not recomputed.
    expect(nextDay.events).toBe(before.events);
    expect(nextDay.eventDays).toBe(before.eventDays);
    // The slider's track is the dataset's: neither a day nor a view changes it.
    expect(nextDay.track).toBe(before.track);

    store.getState().setStory('reported');
    const reported = read();
    expect(reported.events).not.toBe(before.events);
    expect(reported.eventDays).not.toBe(before.eventDays);
    expect(reported.track).toBe(before.track);
  });

  it('returns one frozen empty list for every list there is no data for', () => {
    const store = createAppStore({ day: day('2023-08-12'), lang: 'en' });
    const s = store.getState();
    const empties = [
      selectSites(s),
      selectWindows(s),
      selectFlows(s),
      selectLetters(s),
      selectReports(s),
      selectEvents(s),
      selectEventDays(s),
    ];
    for (const empty of empties) {
      expect(empty).toEqual([]);
      expect(empty).toBe(empties[0]);
      expect(Object.isFrozen(empty)).toBe(true);
    }
  });
});
