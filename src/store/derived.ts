/**
 * The memo of one store's derived values (statuses, the day's view, the story's
 * event days…). Each store the factory makes holds its own, so two stores (a test's,
 * an embed's, the page the build renders) never share a cached result or evict each
 * other's: a selector returns the same object for as long as its store's inputs stay.
 */
import { shallow } from 'zustand/shallow';
import type { Track } from '../domain/track.ts';
import type { IsoDate, TimelineEvent } from '../domain/types.ts';
import type { DayView, StatusBySite } from '../domain/views.ts';

/** What the selectors derive, by name. */
export interface DerivedValues {
  events: readonly TimelineEvent[];
  eventDays: readonly IsoDate[];
  statuses: StatusBySite;
  dayView: DayView;
  track: Track;
}

type Slots = {
  [K in keyof DerivedValues]?: { inputs: readonly unknown[]; value: DerivedValues[K] };
};

export interface DerivedCache {
  /** `compute()`'s value, the same one while every input is the same (`Object.is`). */
  get<K extends keyof DerivedValues>(
    key: K,
    inputs: readonly unknown[],
    compute: () => DerivedValues[K],
  ): DerivedValues[K];
}

/** A fresh, empty memo: one per store. */
export function createDerivedCache(): DerivedCache {
  const slots: Slots = {};
  return {
    get(key, inputs, compute) {
      const slot = slots[key];
      if (slot && shallow(slot.inputs, inputs)) return slot.value;
      const value = compute();
      slots[key] = { inputs, value } as Slots[typeof key];
      return value;
    },
  };
}
