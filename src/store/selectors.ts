/**
 * Named reads of the store. Derived values (statuses at the day, the current
 * window) are computed here, never stored, and memoised on their inputs so that
 * components comparing by reference do not re-render for nothing.
 */
import { windowAt } from '../domain/timeline.ts';
import type {
  ClosureWindow,
  Dataset,
  IsoDate,
  Letter,
  Report,
  Site,
  TimelineEvent,
  View,
} from '../domain/types.ts';
import {
  type DayView,
  dayViewAt,
  eventsOf,
  isPlannedDay,
  type StatusBySite,
  statusesAt,
} from '../domain/views.ts';
import type { AppStore } from './appStore.ts';

export type { DayView, StatusBySite };

export const selectDay = (s: AppStore) => s.day;
export const selectLang = (s: AppStore) => s.lang;
export const selectPlaying = (s: AppStore) => s.playing;
export const selectSpeed = (s: AppStore) => s.speed;
export const selectDataset = (s: AppStore) => s.dataset;
export const selectLoadProblem = (s: AppStore) => s.loadProblem;
export const selectSelectedSiteId = (s: AppStore) => s.selectedSiteId;
export const selectNotices = (s: AppStore) => s.notices;
export const selectPresenting = (s: AppStore) => s.presenting;
export const selectBlanked = (s: AppStore) => s.blanked;
export const selectView = (s: AppStore) => s.view;
export const selectSites = (s: AppStore): Site[] => s.dataset?.sites ?? EMPTY_SITES;

let lastEvents: { dataset: Dataset; view: View; value: TimelineEvent[] } | null = null;

/** The current view's story: the letters' events, or the reported ones (the same array per view). */
export function selectEvents(s: AppStore): TimelineEvent[] {
  if (!s.dataset) return EMPTY_EVENTS;
  if (lastEvents && lastEvents.dataset === s.dataset && lastEvents.view === s.view)
    return lastEvents.value;
  lastEvents = { dataset: s.dataset, view: s.view, value: eventsOf(s.dataset, s.view) };
  return lastEvents.value;
}

/** True when the plan view shows a day after the plan was written: what it shows is planned. */
export const selectShowsPlan = (s: AppStore): boolean =>
  s.view === 'plan' && s.dataset !== null && isPlannedDay(s.dataset.timeline, s.day);
export const selectWindows = (s: AppStore): ClosureWindow[] =>
  s.dataset?.timeline.windows ?? EMPTY_WINDOWS;

export const selectLetters = (s: AppStore): Letter[] =>
  s.dataset?.timeline.letters ?? EMPTY_LETTERS;
export const selectReports = (s: AppStore): Report[] =>
  s.dataset?.reported.sources ?? EMPTY_REPORTS;

const EMPTY_LETTERS: Letter[] = [];
const EMPTY_REPORTS: Report[] = [];
const EMPTY_SITES: Site[] = [];
const EMPTY_EVENTS: TimelineEvent[] = [];
const EMPTY_WINDOWS: ClosureWindow[] = [];

let lastStatuses: { dataset: Dataset; day: IsoDate; view: View; value: StatusBySite } | null = null;

/** Statuses at the current day in the current view, the same object while none of them change. */
export function selectStatuses(s: AppStore): StatusBySite | null {
  if (!s.dataset) return null;
  if (
    lastStatuses &&
    lastStatuses.dataset === s.dataset &&
    lastStatuses.day === s.day &&
    lastStatuses.view === s.view
  )
    return lastStatuses.value;
  lastStatuses = {
    dataset: s.dataset,
    day: s.day,
    view: s.view,
    value: statusesAt(s.dataset, s.day, s.view),
  };
  return lastStatuses.value;
}

/** The phase or sequence the current day falls in, if any. */
export function selectCurrentWindow(s: AppStore): ClosureWindow | null {
  return s.dataset ? windowAt(s.dataset.timeline.windows, s.day) : null;
}

let lastToday: { events: TimelineEvent[]; day: IsoDate; value: TimelineEvent[] } | null = null;

/** Events on the current day, the same array while neither the day nor the events change. */
export function selectEventsToday(s: AppStore): TimelineEvent[] {
  const events = selectEvents(s);
  if (lastToday && lastToday.events === events && lastToday.day === s.day) return lastToday.value;
  const today = events.filter((event) => event.date === s.day);
  lastToday = { events, day: s.day, value: today.length === 0 ? EMPTY_EVENTS : today };
  return lastToday.value;
}

export function selectSelectedSite(s: AppStore): Site | null {
  return s.selectedSiteId
    ? (selectSites(s).find((site) => site.id === s.selectedSiteId) ?? null)
    : null;
}

let lastView: { statuses: StatusBySite; day: IsoDate; view: View; value: DayView } | null = null;

/** What the map shows on the current day in the current view (see `dayViewAt`). */
export function selectDayView(s: AppStore): DayView | null {
  const statuses = selectStatuses(s);
  if (!s.dataset || !statuses) return null;
  if (
    lastView &&
    lastView.statuses === statuses &&
    lastView.day === s.day &&
    lastView.view === s.view
  )
    return lastView.value;
  lastView = {
    statuses,
    day: s.day,
    view: s.view,
    value: dayViewAt(s.dataset, s.day, s.view, statuses),
  };
  return lastView.value;
}
