import { describe, expect, it } from 'vitest';
import { loadCompiledDataset } from '../domain/compiledDataset.testing.ts';
import type { IsoDate } from '../domain/types.ts';
import { createAppStore } from './appStore.ts';
import { selectDayView, selectStatuses } from './selectors.ts';

const dataset = loadCompiledDataset;

const day = (text: string) => text as IsoDate;

describe('the app store', () => {
  it('keeps the day inside the timeline', () => {
    const store = createAppStore({ dataset: dataset(), day: day('2023-08-12'), lang: 'en' });
    store.getState().setDay(day('2030-01-01'));
    expect(store.getState().day).toBe('2024-12-31');
    store.getState().stepDays(-10_000);
    expect(store.getState().day).toBe('2023-06-16');
  });

  it('plays from the start when asked to play at the end', () => {
    const store = createAppStore({ dataset: dataset(), day: day('2024-12-31'), lang: 'en' });
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    expect(store.getState().day).toBe('2023-06-16');
  });

  it('steps to the next and previous events', () => {
    const store = createAppStore({ dataset: dataset(), day: day('2023-08-04'), lang: 'en' });
    store.getState().goToNextEvent();
    expect(store.getState().day).toBe('2023-08-12');
    store.getState().goToPreviousEvent();
    store.getState().goToPreviousEvent();
    expect(store.getState().day).toBe('2023-08-02');
  });

  it('derives statuses and the day’s view without storing them, the same objects while the day stays', () => {
    const store = createAppStore({ dataset: dataset(), day: day('2023-08-05'), lang: 'en' });
    const first = selectStatuses(store.getState());
    expect(first?.ber).toBe('closing');
    expect(selectStatuses(store.getState())).toBe(first);
    const view = selectDayView(store.getState());
    // Goundam and Ménaka are closing: their flows run and their hubs receive. Ber's convoy
    // is drawn only on its day, 13 August, as the letter gives it.
    expect([...(view?.activeFlows ?? [])].sort()).toEqual(['goundam-tombouctou', 'menaka-gao']);
    expect([...(view?.hubs.keys() ?? [])].sort()).toEqual(['gao', 'tombouctou']);
    store.getState().setDay(day('2023-08-12'));
    expect(selectStatuses(store.getState())?.ber).toBe('closed');
    expect(selectDayView(store.getState())?.handoverToday.has('ber')).toBe(true);
  });

  it('tells the reported story in the reported view: Ber closed on the 13th, not the 12th', () => {
    const store = createAppStore({ dataset: dataset(), day: day('2023-08-12'), lang: 'en' });
    store.getState().setStory('reported');
    // No source dates the start of Ber's withdrawal: open, not "closing" from the plan's window.
    expect(selectStatuses(store.getState())?.ber).toBe('open');
    store.getState().setDay(day('2023-08-13'));
    expect(selectStatuses(store.getState())?.ber).toBe('closed');
    expect(selectDayView(store.getState())?.handoverToday.has('ber')).toBe(true);
    store.getState().setStory('plan');
    expect(selectDayView(store.getState())?.handoverToday.has('ber')).toBe(false);
  });

  it('steps through the reported story’s events in the reported view', () => {
    const store = createAppStore({ dataset: dataset(), day: day('2023-10-20'), lang: 'en' });
    store.getState().setStory('reported');
    store.getState().goToNextEvent();
    // Tessalit and Douentza were left on 21 October (MINUSMA; allAfrica, 23 October).
    expect(store.getState().day).toBe('2023-10-21');
  });
});
