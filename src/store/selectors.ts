/**
 * Named reads of the store. Derived values (statuses at the day, the current
 * window) are computed here, never stored, and memoised on their inputs so that
 * components comparing by reference do not re-render for nothing.
 */
import { siteStatusAt } from '../domain/status.ts';
import { windowAt } from '../domain/timeline.ts';
import type {
  ClosureWindow,
  Dataset,
  IsoDate,
  Site,
  SiteId,
  SiteStatus,
  TimelineEvent,
} from '../domain/types.ts';
import type { AppStore } from './appStore.ts';

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
export const selectSites = (s: AppStore): Site[] => s.dataset?.sites ?? EMPTY_SITES;
export const selectEvents = (s: AppStore): TimelineEvent[] =>
  s.dataset?.timeline.events ?? EMPTY_EVENTS;
export const selectWindows = (s: AppStore): ClosureWindow[] =>
  s.dataset?.timeline.windows ?? EMPTY_WINDOWS;

const EMPTY_SITES: Site[] = [];
const EMPTY_EVENTS: TimelineEvent[] = [];
const EMPTY_WINDOWS: ClosureWindow[] = [];

export type StatusBySite = Readonly<Record<SiteId, SiteStatus>>;

/** Every site's status on `day`, as one object. */
export function statusesAt(dataset: Dataset, day: IsoDate): StatusBySite {
  const statuses = {} as Record<SiteId, SiteStatus>;
  for (const site of dataset.sites)
    statuses[site.id] = siteStatusAt(site, day, dataset.timeline.windows);
  return statuses;
}

let lastStatuses: { dataset: Dataset; day: IsoDate; value: StatusBySite } | null = null;

/** Statuses at the current day, the same object while neither the day nor the data change. */
export function selectStatuses(s: AppStore): StatusBySite | null {
  if (!s.dataset) return null;
  if (lastStatuses && lastStatuses.dataset === s.dataset && lastStatuses.day === s.day)
    return lastStatuses.value;
  lastStatuses = { dataset: s.dataset, day: s.day, value: statusesAt(s.dataset, s.day) };
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

/** What the map shows on the current day: statuses, handovers, active flows and hubs. */
export interface DayView {
  statuses: StatusBySite;
  handoverToday: ReadonlySet<SiteId>;
  activeFlows: ReadonlySet<string>;
  hubs: ReadonlySet<SiteId>;
}

/** The day's view: a flow runs while its site is closing, and its hub is emphasised meanwhile. */
export function dayViewAt(dataset: Dataset, day: IsoDate, statuses: StatusBySite): DayView {
  const handoverToday = new Set<SiteId>(
    dataset.sites.filter((site) => site.handoverDate === day).map((site) => site.id),
  );
  const activeFlows = new Set<string>();
  const hubs = new Set<SiteId>();
  for (const flow of dataset.timeline.flows) {
    if (statuses[flow.from] !== 'closing') continue;
    activeFlows.add(flow.id);
    hubs.add(flow.to);
  }
  return { statuses, handoverToday, activeFlows, hubs };
}

let lastView: { statuses: StatusBySite; day: IsoDate; value: DayView } | null = null;

export function selectDayView(s: AppStore): DayView | null {
  const statuses = selectStatuses(s);
  if (!s.dataset || !statuses) return null;
  if (lastView && lastView.statuses === statuses && lastView.day === s.day) return lastView.value;
  lastView = { statuses, day: s.day, value: dayViewAt(s.dataset, s.day, statuses) };
  return lastView.value;
}

const NO_HUBS: ReadonlySet<SiteId> = new Set();

/** The hubs receiving people and equipment on the current day (the same set all day). */
export function selectHubs(s: AppStore): ReadonlySet<SiteId> {
  return selectDayView(s)?.hubs ?? NO_HUBS;
}
