/**
 * A site's status in the reported view ("as it happened"): `closed` from the day
 * the sources say the Mission left it or handed it over; before that `liquidation`
 * from the reported start of the liquidation (Gao, Bamako); `closing` from the
 * reported start of its withdrawal, or else from its planned window's start when
 * that came before the day it was left; `open` before.
 */
import { compareDays } from './dates.ts';
import type { ClosureWindow, IsoDate, ReportedSite, Site, SiteStatus } from './types.ts';

/** The first day the site counts as closing in the reported view, or null if it never does. */
export function reportedClosingFrom(
  site: Pick<Site, 'closureWindow'>,
  fact: ReportedSite,
  windows: readonly ClosureWindow[],
): IsoDate | null {
  if (fact.withdrawalStart) return fact.withdrawalStart.date;
  const window = windows.find((w) => w.id === site.closureWindow);
  return window && compareDays(window.start, fact.left.date) < 0 ? window.start : null;
}

/** The site's status on `day`, as the sources report it. */
export function reportedStatusAt(
  site: Pick<Site, 'closureWindow'>,
  fact: ReportedSite,
  day: IsoDate,
  windows: readonly ClosureWindow[],
): SiteStatus {
  if (compareDays(day, fact.left.date) >= 0) return 'closed';
  if (fact.liquidationFrom && compareDays(day, fact.liquidationFrom.date) >= 0)
    return 'liquidation';
  const closingFrom = reportedClosingFrom(site, fact, windows);
  return closingFrom && compareDays(day, closingFrom) >= 0 ? 'closing' : 'open';
}
