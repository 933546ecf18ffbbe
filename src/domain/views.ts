/**
 * The two views of the same sites: the plan of the letters and what the sources
 * reported. Everything the map and the panels show on a day is derived here from
 * the dataset, the day and the view; nothing of it is stored.
 */
import { addDays, compareDays } from './dates.ts';
import { reportedStatusAt } from './reported.ts';
import { siteStatusAt } from './status.ts';
import type {
  Dataset,
  FlowBasis,
  IsoDate,
  Site,
  SiteId,
  SiteStatus,
  Story,
  Timeline,
  TimelineEvent,
  UnusualDeparture,
} from './types.ts';

export type StatusBySite = Readonly<Record<SiteId, SiteStatus>>;

/**
 * How many sites are still open on a day: every status but `closed` (closing, drawn
 * down and liquidating sites are still held). The counter, its chart and the exports
 * count with this one rule.
 */
export function openSiteCount(statuses: StatusBySite): number {
  return Object.values(statuses).filter((status) => status !== 'closed').length;
}

/** What the map shows on a day in a story: statuses, handovers, active flows and hubs. */
export interface DayView {
  day: IsoDate;
  story: Story;
  /** True in the plan view after the plan was written: what it shows was planned, not reported. */
  planned: boolean;
  statuses: StatusBySite;
  /** Sites ringed today: handed over in the plan; left or handed over in the reported view. */
  handoverToday: ReadonlySet<SiteId>;
  /**
   * Closed sites drawn apart in the reported view: left without a handover, or whose
   * handover is contested. Sites handed over are not in it.
   */
  departures: ReadonlyMap<SiteId, UnusualDeparture>;
  activeFlows: ReadonlySet<string>;
  /** The hubs receiving today, each 'stated' where a flow the letter states reaches it, else 'inferred'. */
  hubs: ReadonlyMap<SiteId, FlowBasis>;
}

/** The day of the letter that sets out the plan (18 August 2023): after it, the plan is only a plan. */
export function planDate(timeline: Timeline): IsoDate | null {
  return timeline.letters.find((letter) => letter.id === timeline.planLetter)?.date ?? null;
}

/** True when `day`, in the plan view, is after the plan was written: what it shows was planned, not reported. */
export function isPlannedDay(timeline: Timeline, day: IsoDate): boolean {
  const written = planDate(timeline);
  return written !== null && compareDays(day, written) > 0;
}

/** Every site's status on `day` in `story`. */
export function statusesAt(dataset: Dataset, day: IsoDate, story: Story): StatusBySite {
  const statuses = {} as Record<SiteId, SiteStatus>;
  const { windows } = dataset.timeline;
  for (const site of dataset.sites) {
    const fact =
      story === 'reported' ? dataset.reported.sites.find((f) => f.site === site.id) : undefined;
    statuses[site.id] = fact ? reportedStatusAt(fact, day) : siteStatusAt(site, day, windows);
  }
  return statuses;
}

/**
 * The events of a view's story. The plan's are the letters'. The reported story
 * keeps the letters' events from before the plan began to run (Mali's request, the
 * resolution, the end of operations: things that happened) and then tells only what
 * the sources reported.
 */
export function eventsOf(dataset: Dataset, story: Story): TimelineEvent[] {
  if (story === 'plan') return dataset.timeline.events;
  const begins = dataset.timeline.windows[0]?.start;
  const before = dataset.timeline.events.filter(
    (event) => begins !== undefined && compareDays(event.date, begins) < 0,
  );
  return [...before, ...dataset.reported.events].sort(
    (a, b) => compareDays(a.date, b.date) || a.id.localeCompare(b.id),
  );
}

/**
 * The day's view. In the plan, a flow runs while its site is closing (or on the days
 * the letter gives it) and its hub is emphasised meanwhile; the reported view draws
 * no planned flow, and rings the sites on the days they were reported left or handed over.
 */
export function dayViewAt(
  dataset: Dataset,
  day: IsoDate,
  story: Story,
  statuses: StatusBySite = statusesAt(dataset, day, story),
): DayView {
  const handoverToday = new Set<SiteId>();
  const departures = new Map<SiteId, UnusualDeparture>();
  const activeFlows = new Set<string>();
  const hubs = new Map<SiteId, FlowBasis>();
  const shown = { day, story, planned: story === 'plan' && isPlannedDay(dataset.timeline, day) };
  if (story === 'reported') {
    for (const fact of dataset.reported.sites) {
      // The day left and the day handed over are two facts; the ring marks either.
      if (fact.left.date === day || fact.handover.date === day) handoverToday.add(fact.site);
      const { kind } = fact.handover;
      if (kind !== 'handed-over' && statuses[fact.site] === 'closed')
        departures.set(fact.site, kind);
    }
    return { ...shown, statuses, handoverToday, departures, activeFlows, hubs };
  }
  for (const site of dataset.sites) if (site.handoverDate === day) handoverToday.add(site.id);
  for (const flow of dataset.timeline.flows) {
    const running = flow.days
      ? compareDays(day, flow.days.start) >= 0 && compareDays(day, flow.days.end) <= 0
      : statuses[flow.from] === 'closing';
    if (!running) continue;
    activeFlows.add(flow.id);
    // One stated flow is enough for the letter to say where people went; an inferred one never overrides it.
    if (hubs.get(flow.to) !== 'stated') hubs.set(flow.to, flow.basis);
  }
  return { ...shown, statuses, handoverToday, departures, activeFlows, hubs };
}

/** A site whose status differs between two days. */
export interface StatusChange {
  site: Site;
  from: SiteStatus;
  to: SiteStatus;
}

/** Sites whose status on `to` differs from their status on `from`, in `story` (the presentation's "what changed"). */
export function statusChangesBetween(
  dataset: Dataset,
  from: IsoDate,
  to: IsoDate,
  story: Story,
): StatusChange[] {
  const before = statusesAt(dataset, from, story);
  const after = statusesAt(dataset, to, story);
  return dataset.sites.flatMap((site) =>
    before[site.id] === after[site.id] ? [] : [{ site, from: before[site.id], to: after[site.id] }],
  );
}

/**
 * The number of sites not yet closed, as a step series: the range's first day, then
 * every day on which that number changes. Walks the range day by day (about 570 days,
 * 13 sites): cheap, once per dataset and view, and right whatever rule made the statuses.
 */
export function notClosedSeries(
  dataset: Dataset,
  story: Story,
): { day: IsoDate; notClosed: number }[] {
  const { start, end } = dataset.timeline.range;
  const series: { day: IsoDate; notClosed: number }[] = [];
  for (let day = start; compareDays(day, end) <= 0; day = addDays(day, 1)) {
    const notClosed = openSiteCount(statusesAt(dataset, day, story));
    if (series.at(-1)?.notClosed !== notClosed) series.push({ day, notClosed });
  }
  return series;
}
