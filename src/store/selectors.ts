/**
 * Named reads of the store. Derived values (statuses at the day, the current
 * window, the story's event days) are computed here, never stored, and memoised on
 * their inputs in the store's own memo (`derived.ts`), so that components comparing
 * by reference do not re-render for nothing. A missing list is always the same
 * frozen empty one, never a new `[]`.
 */
import { storyEventDays, windowAt } from '../domain/timeline.ts';
import { type Track, trackFor } from '../domain/track.ts';
import type {
  ClosureWindow,
  Flow,
  IsoDate,
  Letter,
  Report,
  Site,
  TimelineEvent,
} from '../domain/types.ts';
import {
  type DayView,
  dayViewAt,
  eventsOf,
  type StatusBySite,
  statusesAt,
} from '../domain/views.ts';
import type { AppStore } from './state.ts';

export type { DayView, StatusBySite };

/** The one empty list every selector returns when there is nothing to list. */
export const NOTHING: readonly never[] = Object.freeze([]);

export const selectDay = (s: AppStore) => s.day;
export const selectLang = (s: AppStore) => s.lang;
export const selectPlaying = (s: AppStore) => s.playing;
export const selectSpeed = (s: AppStore) => s.speed;
export const selectDataset = (s: AppStore) => s.dataset;
export const selectSelectedSiteId = (s: AppStore) => s.selectedSiteId;
export const selectNotices = (s: AppStore) => s.notices;
export const selectPresenting = (s: AppStore) => s.presenting;
export const selectBlanked = (s: AppStore) => s.blanked;
export const selectGapSlide = (s: AppStore) => s.gapSlide;
export const selectStory = (s: AppStore) => s.story;
export const selectEmbed = (s: AppStore) => s.embed;
/** A map is on screen and ready: what a host page is told, and what the service worker waits for. */
export const selectMapReady = (s: AppStore) => s.mapDrawnBy !== null;
/** The engine has drawn and taken over: the SVG map gives way. */
export const selectEngineDrawn = (s: AppStore) => s.mapDrawnBy === 'engine';
/** A new object each time: read it with `useShownDay`, which compares its fields. */
export const selectShownDay = (s: AppStore) => ({ day: s.day, story: s.story, lang: s.lang });
export const selectSites = (s: AppStore): readonly Site[] => s.dataset?.sites ?? NOTHING;
export const selectWindows = (s: AppStore): readonly ClosureWindow[] =>
  s.dataset?.timeline.windows ?? NOTHING;
export const selectFlows = (s: AppStore): readonly Flow[] => s.dataset?.timeline.flows ?? NOTHING;
export const selectLetters = (s: AppStore): readonly Letter[] =>
  s.dataset?.timeline.letters ?? NOTHING;
export const selectReports = (s: AppStore): readonly Report[] =>
  s.dataset?.reported.sources ?? NOTHING;

/** The slider's track over the timeline's range (2024 compressed), computed once per dataset. */
export function selectTrack(s: AppStore): Track | null {
  const { dataset } = s;
  return dataset ? s.derived.get('track', [dataset], () => trackFor(dataset.timeline.range)) : null;
}

/** The current view's story: the letters' events, or the reported ones (the same array per view). */
export function selectEvents(s: AppStore): readonly TimelineEvent[] {
  const { dataset, story } = s;
  if (!dataset) return NOTHING;
  return s.derived.get('events', [dataset, story], () => eventsOf(dataset, story));
}

/** The days of the current story's events (not the older letters' context), in order: computed once per story. */
export function selectEventDays(s: AppStore): readonly IsoDate[] {
  if (!s.dataset) return NOTHING;
  const events = selectEvents(s);
  return s.derived.get('eventDays', [events], () => storyEventDays(events));
}

/** True when the plan view shows a day after the plan was written: what it shows is planned. */
export const selectShowsPlan = (s: AppStore): boolean => selectDayView(s)?.planned ?? false;

/** Statuses at the current day in the current view, the same object while none of them change. */
export function selectStatuses(s: AppStore): StatusBySite | null {
  const { dataset, day, story } = s;
  if (!dataset) return null;
  return s.derived.get('statuses', [dataset, day, story], () => statusesAt(dataset, day, story));
}

/** The phase or sequence the current day falls in, if any. */
export function selectCurrentWindow(s: AppStore): ClosureWindow | null {
  return s.dataset ? windowAt(s.dataset.timeline.windows, s.day) : null;
}

export function selectSelectedSite(s: AppStore): Site | null {
  return s.selectedSiteId
    ? (selectSites(s).find((site) => site.id === s.selectedSiteId) ?? null)
    : null;
}

/** What the map shows on the current day in the current view (see `dayViewAt`). */
export function selectDayView(s: AppStore): DayView | null {
  const statuses = selectStatuses(s);
  const { dataset, day, story } = s;
  if (!dataset || !statuses) return null;
  return s.derived.get('dayView', [statuses, day, story], () =>
    dayViewAt(dataset, day, story, statuses),
  );
}
