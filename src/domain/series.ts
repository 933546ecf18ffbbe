/**
 * Status over time, for the chart and for stepping: a site's status only changes
 * on a few days (its window's start, its handover, drawdown, liquidation), so the
 * whole story is a short list of change days rather than one value per day.
 */
import { addDays, compareDays } from './dates.ts';
import { closedFrom, siteStatusAt } from './status.ts';
import {
  type ClosureWindow,
  type IsoDate,
  SITE_STATUSES,
  type Site,
  type SiteStatus,
} from './types.ts';

/** A status and the first day it holds. */
export interface StatusChange {
  from: IsoDate;
  status: SiteStatus;
}

/** How many sites are in each status on one day. */
export type StatusCounts = Record<SiteStatus, number>;

/** The days on which the site's status may change, before checking which actually do. */
function candidateDays(site: Site, windows: readonly ClosureWindow[]): IsoDate[] {
  const window = windows.find((w) => w.id === site.closureWindow);
  const days = [window?.start, closedFrom(site, windows), site.drawdownFrom, site.liquidationFrom];
  return days.filter((day): day is IsoDate => Boolean(day)).sort(compareDays);
}

/** The site's status changes in order, each with its first day (the status before the first is `open`). */
export function statusChangesOf(site: Site, windows: readonly ClosureWindow[]): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const day of candidateDays(site, windows)) {
    const before = siteStatusAt(site, addDays(day, -1), windows);
    const status = siteStatusAt(site, day, windows);
    const last = changes.at(-1);
    if (status !== before && last?.from !== day) changes.push({ from: day, status });
  }
  return changes;
}

/** How many sites are in each status on `day`. */
export function statusCountsAt(
  sites: readonly Site[],
  day: IsoDate,
  windows: readonly ClosureWindow[],
): StatusCounts {
  const counts = Object.fromEntries(SITE_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const site of sites) counts[siteStatusAt(site, day, windows)] += 1;
  return counts;
}

/**
 * A step series: `start`, then every day on which any site's status changes, each
 * with the counts that hold from that day until the next entry.
 */
export function statusSeries(
  sites: readonly Site[],
  windows: readonly ClosureWindow[],
  start: IsoDate,
): { day: IsoDate; counts: StatusCounts }[] {
  const days = new Set<IsoDate>([start]);
  for (const site of sites)
    for (const change of statusChangesOf(site, windows))
      if (compareDays(change.from, start) > 0) days.add(change.from);
  return [...days]
    .sort(compareDays)
    .map((day) => ({ day, counts: statusCountsAt(sites, day, windows) }));
}
