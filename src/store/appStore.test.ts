import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../domain/schema.ts';
import type { Dataset, IsoDate } from '../domain/types.ts';
import { createAppStore } from './appStore.ts';
import { selectDayView, selectStatuses } from './selectors.ts';

function dataset(): Dataset {
  const parsed = parseDataset(
    JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')),
    JSON.parse(readFileSync('public/data/timeline.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.dataset;
}

const day = (text: string) => text as IsoDate;

describe('the app store', () => {
  it('keeps the day inside the timeline', () => {
    const store = createAppStore({ dataset: dataset(), day: day('2023-08-12'), lang: 'en' });
    store.getState().setDay(day('2030-01-01'));
    expect(store.getState().day).toBe('2024-01-31');
    store.getState().stepDays(-10_000);
    expect(store.getState().day).toBe('2023-06-16');
  });

  it('plays from the start when asked to play at the end', () => {
    const store = createAppStore({ dataset: dataset(), day: day('2024-01-31'), lang: 'en' });
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
    // Ber, Goundam and Ménaka are closing: their flows run and their hubs receive.
    expect([...(view?.activeFlows ?? [])].sort()).toEqual([
      'ber-tombouctou',
      'goundam-tombouctou',
      'menaka-gao',
    ]);
    expect([...(view?.hubs ?? [])].sort()).toEqual(['gao', 'tombouctou']);
    store.getState().setDay(day('2023-08-12'));
    expect(selectStatuses(store.getState())?.ber).toBe('closed');
    expect(selectDayView(store.getState())?.handoverToday.has('ber')).toBe(true);
  });
});
